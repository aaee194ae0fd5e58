package io.spsbacklinks.cli;

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
  @Option(names = {"-t", "--target"}, paramLabel = "TARGET", order = 1,
      description = "A target; repeat for more. Sent in batches of up to 100 per request.")
  List<String> targets = new ArrayList<>();

  @Option(names = "--target-file", paramLabel = "FILE", order = 2,
      description = "Read more targets from FILE, one per line (- for stdin; blank lines and "
          + "lines starting with # are skipped).")
  String targetFile;

  /** Every target, in the order given; fails with a usage error when there is none. */
  List<String> all() {
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
      throw new UsageException("Missing --target (or --target-file): at least one target is required.");
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
