package io.spsbacklinks.bench;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.PollPolicy;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Benchmark inputs, produced by the sandbox (so they are what the API sends) and cached in {@link
 * #dataDir()}: a get-raw-backlinks page and an export file of {@code big-<N>.example}.
 */
public final class Fixtures {
  /** System property naming the cache directory. */
  public static final String DATA_DIR_PROPERTY = "bench.data";

  private Fixtures() {}

  /** {@code -Dbench.data=...}, else {@code <tmp>/sps-backlinks-bench}. */
  public static Path dataDir() {
    String dir = System.getProperty(DATA_DIR_PROPERTY);
    return dir != null
        ? Path.of(dir)
        : Path.of(System.getProperty("java.io.tmpdir"), "sps-backlinks-bench");
  }

  /** The synthetic target holding exactly {@code rows} backlinks. */
  public static String bigTarget(int rows) {
    return "big-" + rows + ".example";
  }

  /** The JSON body of get-raw-backlinks for {@link #bigTarget}, one page of all {@code rows}. */
  public static byte[] rawPage(int rows) {
    Path file = dataDir().resolve("raw-page-" + rows + ".json");
    if (!Files.exists(file)) {
      try (Sandbox sandbox = Sandbox.builder().build().start()) {
        String url =
            sandbox.endpoint()
                + "get-raw-backlinks?apikey="
                + Sandbox.DEMO_API_KEY
                + "&target="
                + bigTarget(rows)
                + "&mode=domain&limit="
                + rows
                + "&output=json";
        download(url, file);
      }
    }
    return read(file);
  }

  /** A .csv.gz export of {@link #bigTarget} as the sandbox serves it. */
  public static Path exportFile(int rows) {
    Path file = dataDir().resolve("export-" + rows + ".csv.gz");
    if (!Files.exists(file)) {
      try (Sandbox sandbox = Sandbox.builder().exportDelay(Duration.ZERO).build().start()) {
        BacklinksClient client =
            BacklinksClient.builder()
                .apiKey(Sandbox.DEMO_API_KEY)
                .endpoint(sandbox.endpoint())
                .build();
        ExportTask task = client.downloadAllBacklinks(bigTarget(rows), Mode.DOMAIN);
        ExportTask done = client.awaitExport(task.taskId(), PollPolicy.defaults());
        download(sandbox.baseUrl() + URI.create(done.downloadFile()).getRawPath(), file);
      }
    }
    return file;
  }

  private static void download(String url, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".part");
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      try (InputStream in = connection.getInputStream()) {
        if (connection.getResponseCode() != 200) {
          throw new IOException("fixture download answered " + connection.getResponseCode());
        }
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        connection.disconnect();
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot produce fixture " + file, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
