package io.spsbacklinks.cli;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksQuery;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Any number of targets for the batched commands: repeated {@code --target} and/or a file. */
final class TargetList {
  // picocli can only show -t as optional (it may be replaced by --target-file): the synopsis says
  // that one of them is required.
  static final String SYNOPSIS_START = "backlinks ";
  static final String SYNOPSIS_END =
      " (-t=TARGET... | --target-file=FILE) [--skip-batches=N] " + "[OPTIONS]";

  @Option(
      names = {"-t", "--target"},
      paramLabel = "TARGET",
      order = 1,
      description = "A target; repeat for more. Sent in batches of up to 100 per request.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--target-file",
      paramLabel = "FILE",
      order = 2,
      description =
          "Read more targets from FILE, one per line (- for stdin; blank lines and "
              + "lines starting with # are skipped).")
  String targetFile;

  @Option(
      names = "--skip-batches",
      paramLabel = "N",
      order = 3,
      defaultValue = "0",
      description =
          "Skip the first N batches of 100 targets, which an earlier run already "
              + "printed (its error message names the batch to resume at); 0 or more.")
  int skipBatches;

  /**
   * The targets in batches of up to {@value BacklinksClient#MAX_BATCH}, in the order given, without
   * the {@code --skip-batches} ones; fails with a usage error when there is none.
   */
  List<List<String>> batches() {
    if (skipBatches < 0) {
      throw new UsageException(
          "Invalid --skip-batches: '" + skipBatches + "'; allowed: 0 or more.");
    }
    List<String> all = all();
    // Every target is checked before the first batch is sent (and billed): a query checks its
    // target the way the client does.
    all.forEach(target -> BacklinksQuery.builder(target).build());
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BacklinksClient.MAX_BATCH) {
      batches.add(all.subList(from, Math.min(all.size(), from + BacklinksClient.MAX_BATCH)));
    }
    if (skipBatches >= batches.size()) {
      throw new UsageException(
          "Invalid --skip-batches: '"
              + skipBatches
              + "'; allowed: 0.."
              + (batches.size() - 1)
              + " (the targets make "
              + batches.size()
              + " batch(es)).");
    }
    return batches;
  }

  /** Every target, in the order given; fails with a usage error when there is none. */
  private List<String> all() {
    List<String> all = new ArrayList<>(targets);
    if (targetFile != null) {
      try (BufferedReader reader = open(targetFile)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String target = line.strip();
          if (!target.isEmpty() && !target.startsWith("#")) {
            all.add(target);
          }
        }
      } catch (NoSuchFileException e) {
        throw new UsageException("--target-file: no such file: " + targetFile);
      } catch (IOException e) {
        throw new UncheckedIOException("--target-file " + targetFile + ": " + Errors.reason(e), e);
      }
    }
    if (all.isEmpty()) {
      throw new UsageException(
          "Missing --target (or --target-file): at least one target is required.");
    }
    return all;
  }

  private static BufferedReader open(String file) throws IOException {
    if (file.equals("-")) {
      // Not closed with the reader below it: stdin belongs to the process.
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) {
        @Override
        public void close() {}
      };
    }
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }
}
