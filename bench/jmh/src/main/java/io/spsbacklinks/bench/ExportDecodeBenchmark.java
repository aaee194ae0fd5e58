package io.spsbacklinks.bench;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Backlink;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2: a 1,000,000-backlink export file (.csv.gz as the sandbox serves it, on disk) to
 * typed rows; wall time per file. The goal is core time &lt;= 1.5x decompression alone. The core
 * inflates on a second thread while it parses; {@code -p rows=300} measures a file smaller than one
 * read-ahead buffer, which is read without that thread.
 *
 * <p>{@code coreTypedRows} reads it with the core client's export reader ({@code openExport}, the
 * file streamed in by {@link CannedHttp}). The peers only decompress: {@code peerGzipInputStream}
 * drains a {@link GZIPInputStream} with the same 64 KiB buffers, {@code peerGzipCli} runs {@code
 * gzip -dc FILE > /dev/null}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 2, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class ExportDecodeBenchmark {
  private static final int BUFFER = 64 * 1024;

  /** Backlinks in the export file. */
  @Param({"1000000"})
  public int rows;

  private Path file;
  private BacklinksClient client;

  @Setup
  public void setUp() {
    file = Fixtures.exportFile(rows);
    client = CannedHttp.serving(this::open, "application/gzip").client();
    long read = typedRows(null);
    if (read != rows) {
      throw new IllegalStateException("the fixture export holds " + read + " rows, not " + rows);
    }
  }

  private InputStream open() {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public long coreTypedRows(Blackhole blackhole) {
    return typedRows(blackhole);
  }

  private long typedRows(Blackhole blackhole) {
    try (RowStream<Backlink> backlinks = client.openExport("/export/c/bench.csv.gz")) {
      while (backlinks.hasNext()) {
        Backlink row = backlinks.next();
        if (blackhole != null) {
          blackhole.consume(row);
        }
      }
      return backlinks.rowsRead();
    }
  }

  @Benchmark
  public long peerGzipInputStream() throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(open(), BUFFER), BUFFER)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
      }
    }
    return total;
  }

  @Benchmark
  public int peerGzipCli() throws IOException, InterruptedException {
    Process gzip =
        new ProcessBuilder("gzip", "-dc", file.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int exit = gzip.waitFor();
    if (exit != 0) {
      throw new IOException("gzip -dc exited with " + exit);
    }
    return exit;
  }
}
