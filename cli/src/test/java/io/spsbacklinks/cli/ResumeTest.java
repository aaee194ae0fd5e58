package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** raw-backlinks --start-cursor and download-all --task-id: stopping and going on loses nothing. */
class ResumeTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().exportDelay(Duration.ofMinutes(3)).build();

  private static final Pattern CURSOR = Pattern.compile("--start-cursor (\\S+)");

  @AfterEach
  void noFaults() {
    SANDBOX.sandbox().faults(Faults.none());
  }

  @Test
  void maxPagesStopsAndPrintsTheCursorThatContinuesWhereItStopped() {
    Sandbox sandbox = SANDBOX.sandbox();
    Cli cli = Cli.against(sandbox);

    Cli.Result first =
        cli.api(
            sandbox,
            "raw-backlinks",
            "-t",
            "example.com",
            "--limit",
            "40",
            "--max-pages",
            "2",
            "--format",
            "csv");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.lines()).hasSize(1 + 80);
    String cursor = cursor(first.err());

    Cli.Result rest =
        cli.api(
            sandbox,
            "raw-backlinks",
            "-t",
            "example.com",
            "--limit",
            "40",
            "--start-cursor",
            cursor,
            "--format",
            "csv");
    assertThat(rest.exit()).as(rest.toString()).isZero();
    assertThat(rest.err()).isEmpty();

    List<String> all = new ArrayList<>(first.lines().subList(1, first.lines().size()));
    all.addAll(rest.lines().subList(1, rest.lines().size()));
    assertThat(all.stream().map(line -> line.substring(0, line.indexOf(','))).toList())
        .isEqualTo(
            sandbox
                .index()
                .backlinks("example.com", "host")
                .map(SandboxBacklink::urlFrom)
                .toList());
  }

  @Test
  void aFailureMidWayPrintsTheCursorOfThePageThatFailedAndResumingCompletesTheSet() {
    Sandbox sandbox = SANDBOX.sandbox();
    // Once the first page reached stdout, every later request fails: the run dies on page 2.
    AtomicInteger written = new AtomicInteger();
    OutputStream breaker =
        new OutputStream() {
          @Override
          public void write(int b) {
            if (written.incrementAndGet() == 1) {
              sandbox.faults(Faults.builder().error503(1.0).build());
            }
          }
        };
    Cli.Result failed =
        Cli.against(sandbox)
            .tapStdout(breaker)
            .api(
                sandbox,
                "raw-backlinks",
                "-t",
                "example.com",
                "--limit",
                "30",
                "--format",
                "jsonl");

    assertThat(failed.exit()).as(failed.toString()).isEqualTo(3);
    assertThat(failed.err()).contains("503");
    assertThat(failed.lines()).hasSize(30);
    String cursor = cursor(failed.err());

    sandbox.faults(Faults.none());
    Cli.Result resumed =
        Cli.against(sandbox)
            .api(
                sandbox,
                "raw-backlinks",
                "-t",
                "example.com",
                "--limit",
                "30",
                "--next",
                cursor,
                "--format",
                "jsonl");

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    List<String> urls = new ArrayList<>();
    failed.lines().forEach(line -> urls.add(urlFrom(line)));
    resumed.lines().forEach(line -> urls.add(urlFrom(line)));
    assertThat(urls)
        .isEqualTo(
            sandbox
                .index()
                .backlinks("example.com", "host")
                .map(SandboxBacklink::urlFrom)
                .toList());
  }

  @Test
  void aPageThatKeepsBreakingOffPrintsItsCursorAndTheRowsToSkip() throws IOException {
    Sandbox sandbox = SANDBOX.sandbox();
    HttpServer proxy = cuttingProxy(sandbox);
    proxy.start();
    Cli.Result failed;
    try {
      String endpoint = "http://127.0.0.1:" + proxy.getAddress().getPort() + "/backlinks/v1.0/";
      failed =
          Cli.against(sandbox)
              .run(
                  "--endpoint",
                  endpoint,
                  "--api-key",
                  Sandbox.DEMO_API_KEY,
                  "raw-backlinks",
                  "-t",
                  "example.com",
                  "--limit",
                  "30",
                  "--format",
                  "jsonl");
    } finally {
      proxy.stop(0);
    }

    assertThat(failed.exit()).as(failed.toString()).isEqualTo(3);
    assertThat(failed.lines()).hasSize(30 + 5); // page 1, and page 2 up to the break, once each
    Matcher hint = Pattern.compile("--start-cursor (\\S+) --skip-rows 5 ").matcher(failed.err());
    assertThat(hint.find()).as(failed.err()).isTrue();
    assertThat(failed.err()).doesNotContain("rawBacklinks(");

    Cli.Result resumed =
        Cli.against(sandbox)
            .api(
                sandbox,
                "raw-backlinks",
                "-t",
                "example.com",
                "--limit",
                "30",
                "--start-cursor",
                hint.group(1),
                "--skip-rows",
                "5",
                "--format",
                "jsonl");
    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    List<String> urls = new ArrayList<>();
    failed.lines().forEach(line -> urls.add(urlFrom(line)));
    resumed.lines().forEach(line -> urls.add(urlFrom(line)));
    assertThat(urls)
        .isEqualTo(
            sandbox
                .index()
                .backlinks("example.com", "host")
                .map(SandboxBacklink::urlFrom)
                .toList());
  }

  /**
   * A loopback proxy to {@code sandbox} that ends every get-raw-backlinks page after the first
   * inside its sixth row: a complete response whose document stops early, each time.
   */
  private static HttpServer cuttingProxy(Sandbox sandbox) throws IOException {
    HttpServer proxy =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HttpClient http = HttpClient.newHttpClient();
    proxy.createContext(
        "/",
        exchange -> {
          try {
            URI uri = exchange.getRequestURI();
            HttpResponse<String> upstream =
                http.send(
                    HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + uri)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = upstream.body();
            if (uri.getPath().endsWith("/get-raw-backlinks")
                && uri.getRawQuery().contains("next=")) {
              int row = -1;
              for (int i = 0; i < 6; i++) {
                row = body.indexOf("\"url_from\"", row + 1);
              }
              body = body.substring(0, row + 5);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(upstream.statusCode(), bytes.length);
            exchange.getResponseBody().write(bytes);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });
    return proxy;
  }

  @Test
  void anInvalidStartCursorIsAnApiErrorThatSaysToStartAgain() {
    Cli.Result result =
        Cli.against(SANDBOX.sandbox())
            .api(
                SANDBOX.sandbox(),
                "raw-backlinks",
                "-t",
                "example.com",
                "--start-cursor",
                "not-a-cursor");
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("next", "expired", "without --start-cursor")
        .doesNotContain("--start-cursor not-a-cursor");
  }

  @Test
  void downloadAllPollsUntilTheExportIsReadyWithoutWaitingForReal() {
    Sandbox sandbox = SANDBOX.sandbox();
    List<Duration> waits = new ArrayList<>();
    Cli cli =
        Cli.against(sandbox)
            .sleeper(
                wait -> {
                  waits.add(wait);
                  sandbox.advance(
                      wait); // the sandbox's clock moves instead of this thread sleeping
                });

    Cli.Result result =
        cli.api(
            sandbox, "download-all", "-t", "example.com", "--mode", "domain", "--format", "jsonl");

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(waits).isNotEmpty();
    assertThat(result.lines().stream().map(ResumeTest::urlFrom).toList())
        .isEqualTo(
            sandbox
                .index()
                .backlinks("example.com", "domain")
                .map(SandboxBacklink::urlFrom)
                .toList());
  }

  @Test
  void aPollTimeoutKeepsTheTaskIdToResumeWith() {
    Sandbox sandbox = SANDBOX.sandbox();
    Cli.Result result =
        Cli.against(sandbox)
            .api(sandbox, "download-all", "-t", "example.com", "--poll-timeout", "1s");
    assertThat(result.exit()).isEqualTo(3);
    Matcher id = Pattern.compile("--task-id (\\S+)").matcher(result.err());
    assertThat(id.find()).as(result.err()).isTrue();
    assertThat(result.err()).contains("To resume: backlinks download-all --task-id " + id.group(1));
  }

  private static String cursor(String err) {
    Matcher m = CURSOR.matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return m.group(1);
  }

  private static String urlFrom(String jsonLine) {
    try {
      return Cli.JSON.readTree(jsonLine).get("url_from").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
