package io.spsbacklinks.nifi.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts one NiFi per test class and stops it after the class, also when a test or the start fails.
 * A failed test prints the tail of NiFi's logs/nifi-app.log. Configured by the failsafe plugin:
 * {@code nifi.e2e.home} (the laid-out runtime), {@code nifi.e2e.conf} (our configuration files),
 * {@code nifi.e2e.startupTimeout} (ISO-8601 duration, default 4 minutes: NiFi on 2 busy cores is
 * slow).
 */
final class NiFiExtension implements BeforeAllCallback, AfterAllCallback, TestWatcher {

  private static final int LOG_TAIL_LINES = 150;

  private NiFiProcess process;
  private NiFiApi api;

  NiFiApi api() {
    if (api == null) {
      throw new IllegalStateException("NiFi is not running");
    }
    return api;
  }

  NiFiProcess process() {
    return process;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path home = Path.of(System.getProperty("nifi.e2e.home", "target/nifi")).toAbsolutePath();
    Path conf = Path.of(System.getProperty("nifi.e2e.conf", "src/test/nifi-conf")).toAbsolutePath();
    Duration startupTimeout = Duration.parse(System.getProperty("nifi.e2e.startupTimeout", "PT4M"));
    long started = System.nanoTime();
    process = NiFiProcess.start(home, conf, startupTimeout);
    System.out.printf(
        "NiFi answered at %s after %d s%n",
        process.apiBase(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
    api = new NiFiApi(process.apiBase());
  }

  /**
   * Restarts NiFi keeping its flow, queues, state and repositories; see {@link
   * NiFiProcess#restart}.
   */
  void restart() throws IOException, InterruptedException {
    Duration startupTimeout = Duration.parse(System.getProperty("nifi.e2e.startupTimeout", "PT4M"));
    process = process.restart(startupTimeout);
    api = new NiFiApi(process.apiBase());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (process != null) {
      process.close();
      process = null;
      api = null;
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (process != null) {
      System.out.println(
          "NiFi logs after the failure of "
              + context.getDisplayName()
              + ":\n"
              + process.logTail(LOG_TAIL_LINES));
    }
  }
}
