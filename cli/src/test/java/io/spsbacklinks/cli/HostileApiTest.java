package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against a server that fails or misbehaves: what was paid for is printed, the failure is
 * named with a resume command in the CLI's own options, and nothing is sent for a bad option.
 */
class HostileApiTest {
  private static final String KEY = "trust-test-key-0123";

  @StartStop final MockWebServer server = new MockWebServer();

  @TempDir Path dir;

  private Cli.Result run(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--endpoint", endpoint(), "--api-key", KEY, "--max-attempts", "1"));
    all.addAll(List.of(args));
    return Cli.plain().run(all.toArray(String[]::new));
  }

  /** The server by address; the tests that need another host name use "localhost". */
  private String endpoint() {
    return "http://127.0.0.1:" + server.getPort() + "/v1/";
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static String metrics(List<String> targets) {
    return targets.stream()
        .map(
            t ->
                "{\"target\": \""
                    + t
                    + "\", \"backlinks\": 1, "
                    + "\"refdomains\": 1, \"subnets\": 1, \"ips\": 1, \"nofollow_backlinks\": 0, "
                    + "\"dofollow_backlinks\": 1, \"edu_backlinks\": 0, \"gov_backlinks\": 0}")
        .collect(Collectors.joining(",", "{\"metrics\": [", "]}"));
  }

  private static List<String> targets(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "site" + i + ".example").toList();
  }

  @Test
  void metricsPrintsFinishedBatchesAndNamesTheFailedOneToResumeAt() throws IOException {
    List<String> targets = targets(250);
    Path file = Files.write(dir.resolve("targets.txt"), targets);
    server.enqueue(json(200, metrics(targets.subList(0, 100))));
    server.enqueue(json(200, metrics(targets.subList(100, 200))));
    server.enqueue(json(402, "{\"error\": {\"code\": 402, \"message\": \"Not enough units.\"}}"));

    Cli.Result failed = run("metrics", "--target-file", file.toString(), "--format", "jsonl");

    assertThat(failed.exit()).as(failed.toString()).isEqualTo(3);
    assertThat(failed.lines()).hasSize(200);
    assertThat(failed.err())
        .contains(
            "Stopped at batch 3 of 3", "targets 201..250", "site201.example", "--skip-batches 2");

    server.enqueue(json(200, metrics(targets.subList(200, 250))));
    Cli.Result resumed =
        run(
            "metrics",
            "--target-file",
            file.toString(),
            "--skip-batches",
            "2",
            "--format",
            "jsonl");
    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    assertThat(resumed.lines()).hasSize(50);
    assertThat(server.getRequestCount()).isEqualTo(4); // batches 1 and 2 were not asked again
  }

  @Test
  void aBadTargetInALaterBatchIsRefusedBeforeTheFirstBatchIsSent() throws IOException {
    List<String> targets = new ArrayList<>(targets(150));
    targets.add("bad target");
    Path file = Files.write(dir.resolve("targets.txt"), targets);

    Cli.Result result = run("metrics", "--target-file", file.toString());

    assertThat(result.exit()).as(result.toString()).isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void pollTimeoutsThatCannotWaitAreRefusedBeforeTheExportStarts() {
    for (String timeout : List.of("-5s", "0s")) {
      Cli.Result result = run("download-all", "-t", "example.com", "--poll-timeout", timeout);
      assertThat(result.exit()).as(result.toString()).isEqualTo(2);
      assertThat(result.err()).contains("--poll-timeout");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void negativeDeadlinesAreRefusedBeforeAnyRequest() {
    Cli.Result call = run("--call-timeout", "-1s", "metrics", "-t", "example.com");
    Cli.Result download = run("download-all", "-t", "example.com", "--download-timeout", "-5m");

    assertThat(call.exit()).as(call.toString()).isEqualTo(2);
    assertThat(call.err()).contains("--call-timeout").contains("allowed");
    assertThat(download.exit()).as(download.toString()).isEqualTo(2);
    assertThat(download.err()).contains("--download-timeout").contains("allowed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBodyThatDripsIsCutOffAtTheCallTimeout() {
    // One byte every 200 ms: the whole answer would take over a minute.
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(metrics(List.of("example.com")))
            .throttleBody(1, 200, TimeUnit.MILLISECONDS)
            .build());

    Cli.Result result = run("--call-timeout", "1s", "metrics", "-t", "example.com");

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmptyStartCursorIsRefused() {
    Cli.Result result = run("raw-backlinks", "-t", "example.com", "--start-cursor", "");

    assertThat(result.exit()).as(result.toString()).isEqualTo(2);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aDownloadLocationOnAnotherHostIsTheApisAnswerAndAnotherHostCanBeAllowed() throws Exception {
    // localhost and 127.0.0.1 are both this machine: another host by name, never another network.
    String file = "http://localhost:" + server.getPort() + "/export/c/x.csv.gz";
    server.setDispatcher(exportServer(file, csv("https://a.example/1", "https://a.example/2")));

    Cli.Result refused = run("download-all", "--task-id", "T1");
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(3);
    assertThat(refused.err())
        .contains("the API answered", "localhost", "--allow-download-host", "--task-id T1");

    Cli.Result allowed =
        run(
            "download-all",
            "--task-id",
            "T1",
            "--allow-download-host",
            "localhost",
            "--format",
            "jsonl");
    assertThat(allowed.exit()).as(allowed.toString()).isZero();
    assertThat(allowed.lines()).hasSize(2);
  }

  @Test
  void anExportResumeSkipsRecordsNotLines() throws Exception {
    String file = "http://127.0.0.1:" + server.getPort() + "/export/c/x.csv.gz";
    server.setDispatcher(
        exportServer(
            file, csv("https://a.example/1", "https://a.example/2", "https://a.example/3")));

    Cli.Result resumed =
        run("download-all", "--task-id", "T1", "--skip-rows", "1", "--format", "jsonl");

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    assertThat(resumed.lines()).hasSize(2);
    assertThat(resumed.out())
        .contains("https://a.example/2", "https://a.example/3")
        .doesNotContain("https://a.example/1");
  }

  @Test
  void aClosedStdoutEndsTheWalkQuietly() {
    server.enqueue(json(200, backlinks(5_000, "c2")));
    server.enqueue(json(200, "{\"backlinks\": []}"));

    Cli.Result result =
        Cli.plain()
            .tapStdout(
                new OutputStream() {
                  private int bytes;

                  @Override
                  public void write(int b) throws IOException {
                    if (++bytes > 1000) {
                      throw new IOException("Broken pipe"); // `| head -c 1000`
                    }
                  }
                })
            .run(
                "--endpoint",
                endpoint(),
                "--api-key",
                KEY,
                "raw-backlinks",
                "-t",
                "example.com",
                "--format",
                "jsonl");

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1); // the next page was never paid for
  }

  @Test
  void terminalControlBytesFromTheApiNeverReachTheTerminal() {
    server.enqueue(
        json(
            403,
            "{\"error\": {\"code\": 403, "
                + "\"message\": \"Forbidden \\u001b]0;pwned\\u0007\\u001b[2J\"}}"));

    Cli.Result result = run("subscription");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("Forbidden")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
  }

  @Test
  void anExpiredCursorSaysToStartAgainWithoutIt() {
    server.enqueue(
        json(
            400, "{\"error\": {\"code\": 400, " + "\"message\": \"Parameter next is invalid.\"}}"));

    Cli.Result result = run("raw-backlinks", "-t", "example.com", "--start-cursor", "old");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("expired", "without --start-cursor")
        .doesNotContain("--start-cursor old");
  }

  private static String backlinks(int rows, String next) {
    StringBuilder page = new StringBuilder("{\"backlinks\": [");
    for (int i = 0; i < rows; i++) {
      page.append(i == 0 ? "" : ",")
          .append("{\"url_from\": \"https://a.example/")
          .append(i)
          .append("\", \"inlink_rank\": 1}");
    }
    return page.append("]")
        .append(next == null ? "" : ", \"next\": \"" + next + "\"")
        .append("}")
        .toString();
  }

  @Test
  void moreRowsThanTheLimitIsAMalformedAnswerAfterTheRowsAskedFor() {
    server.enqueue(json(200, backlinks(10_000, null)));

    Cli.Result result = run("backlinks", "-t", "example.com", "--limit", "5", "--format", "jsonl");

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.lines()).hasSize(5);
    assertThat(result.err()).contains("malformed response", "more rows than the 5 asked for");
  }

  @Test
  void aHugeXmlTextNodeIsAMalformedAnswerNotAnOutOfMemoryError() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/xml")
            .body(
                "<response><subscription_info><status>"
                    + "a".repeat(20_000_001)
                    + "</status></subscription_info></response>")
            .build());

    Cli.Result result = run("--output", "xml", "subscription");

    assertThat(result.exit()).as(result.err()).isEqualTo(3);
    assertThat(result.err()).contains("malformed response");
  }

  @Test
  void anEndlessRunOfEmptyPagesStopsWithACursorToTryAgainFrom() {
    server.setDispatcher(
        new Dispatcher() {
          private int page;

          @Override
          public MockResponse dispatch(RecordedRequest request) {
            page++;
            return json(200, page > 100 ? backlinks(0, null) : backlinks(0, "c" + page));
          }
        });

    Cli.Result result = run("raw-backlinks", "-t", "example.com");

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains("empty pages in a row", "--start-cursor c20");
    assertThat(server.getRequestCount()).isEqualTo(20);
  }

  @Test
  void anEndpointWithAQueryStringIsRefused() {
    Cli.Result result =
        Cli.plain()
            .run("--endpoint", endpoint() + "?apikey=other", "--api-key", KEY, "subscription");

    assertThat(result.exit()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains("--endpoint").doesNotContain("other");
    assertThat(server.getRequestCount()).isZero();
  }

  /** The export's status (complete at {@code file}) and the file itself. */
  private static Dispatcher exportServer(String file, byte[] gzip) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().startsWith("/export/")) {
          return new MockResponse.Builder().body(new Buffer().write(gzip)).build();
        }
        return json(
            200,
            "{\"task_status\": \"complete\", \"task_id\": \"T1\", "
                + "\"download_file\": \""
                + file
                + "\"}");
      }
    };
  }

  /** An export file with these url_from cells; every title holds a line break, as titles can. */
  private static byte[] csv(String... urls) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "url_from,url_to,title,anchor,alt,nofollow,image,"
                + "image_source,inlink_rank,domain_inlink_rank,first_seen,last_visited\r\n");
    for (String url : urls) {
      csv.append(url)
          .append(
              ",https://t.example/,\"two\nlines\",a,,false,false,,1,1,"
                  + "2024-01-01,2024-01-02\r\n");
    }
    Buffer bytes = new Buffer();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes.outputStream())) {
      gzip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.readByteArray();
  }
}
