package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.TestSupport.FakeTime;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.TaskStatus;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** download-all-backlinks: start, poll, and stream the .csv.gz by header name. */
class ExportTest {
  static final String HEADER =
      "url_from,url_to,title,anchor,alt,nofollow,image,"
          + "image_source,inlink_rank,domain_inlink_rank,first_seen,last_visited\n";

  @StartStop final MockWebServer server = new MockWebServer();

  @StartStop final MockWebServer cdn = new MockWebServer();

  private final FakeTime time = new FakeTime();
  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client = TestSupport.clientFor(server, time).retryPolicy(RetryPolicy.none()).build();
  }

  private static String task(String status, String downloadFile) {
    return "{\"task_status\": \""
        + status
        + "\", \"task_id\": \"T1\""
        + (downloadFile == null ? "" : ", \"download_file\": \"" + downloadFile + "\"")
        + "}";
  }

  static Buffer gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Buffer().write(bytes.toByteArray());
  }

  static MockResponse file(Buffer body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/gzip")
        .body(body)
        .build();
  }

  private List<Backlink> readExport(String downloadFile) {
    try (RowStream<Backlink> rows = client.openExport(downloadFile)) {
      return rows.stream().collect(Collectors.toList());
    }
  }

  @Test
  void awaitPollsWithBackoffUntilComplete() {
    String location = server.url("/export/c/site.csv.gz").toString();
    server.enqueue(ok(task("queued_for_processing", null)));
    server.enqueue(ok(task("processing", null)));
    server.enqueue(ok(task("complete", location)));

    ExportTask task = client.awaitExport("T1", PollPolicy.defaults());

    assertThat(task.downloadFile()).isEqualTo(location);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    RecordedRequest poll = take(server);
    assertThat(poll.getUrl().encodedPath()).endsWith("/download-all-backlinks-status");
    assertThat(poll.getUrl().queryParameter("task_id")).isEqualTo("T1");
  }

  @Test
  void unknownStatusesKeepPolling() {
    server.enqueue(ok(task("paused", null)));
    server.enqueue(ok(task("complete", "/export/c/x.csv.gz")));

    assertThat(client.awaitExport("T1", PollPolicy.defaults()).taskStatus())
        .isEqualTo(TaskStatus.COMPLETE);
  }

  @Test
  void rejectedTaskFails() {
    server.enqueue(ok(task("rejected", null)));

    ExportTaskException e =
        catchThrowableOfType(
            ExportTaskException.class, () -> client.awaitExport("T1", PollPolicy.defaults()));

    assertThat(e.status()).isEqualTo(TaskStatus.REJECTED);
    assertThat(e.taskId()).isEqualTo("T1");
  }

  @Test
  void unknownOrDeletedTaskFails() {
    server.enqueue(ok(task("task id is unknown or deleted", null)));

    ExportTaskException e =
        catchThrowableOfType(
            ExportTaskException.class, () -> client.awaitExport("T1", PollPolicy.defaults()));

    assertThat(e.status()).isEqualTo(TaskStatus.UNKNOWN_OR_DELETED);
    assertThat(e.status().isKnown()).isTrue();
  }

  @Test
  void awaitGivesUpAtTheTimeout() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok(task("processing", null)));
    }
    PollPolicy policy =
        PollPolicy.builder()
            .initialDelay(Duration.ofSeconds(2))
            .multiplier(2)
            .maxDelay(Duration.ofMinutes(1))
            .timeout(Duration.ofSeconds(5))
            .build();

    ExportTaskException e =
        catchThrowableOfType(ExportTaskException.class, () -> client.awaitExport("T1", policy));

    assertThat(e.status()).isEqualTo(TaskStatus.PROCESSING);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2)); // 2 + 4 > 5
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void completeWithoutDownloadFileIsMalformed() {
    server.enqueue(ok(task("complete", null)));

    assertThatThrownBy(() -> client.awaitExport("T1", PollPolicy.defaults()))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void rejectedStartIsReturnedForTheCallerToSee() {
    server.enqueue(ok("{\"task_status\": \"rejected\"}"));

    ExportTask task = client.downloadAllBacklinks("a.com", Mode.HOST);

    assertThat(task.taskStatus()).isEqualTo(TaskStatus.REJECTED);
    assertThat(task.taskId()).isNull();
    assertThat(take(server).getUrl().queryParameter("mode")).isEqualTo("host");
  }

  @Test
  void decodesTrickyRowsByHeaderName() {
    String csv =
        "\uFEFF"
            + "last_visited,inlink_rank,url_to,title,url_from,anchor,alt,nofollow,"
            + "image,image_source,domain_inlink_rank,first_seen,crawler_note\n"
            + "2019-10-18,21,https://t.com/,\"Tools, tips, and \"\"tricks\"\"\","
            + "https://a.com/1,\"multi\nline\r\nanchor\",,true,false,,68,2016-10-26,extra\n"
            + "2020-01-02,-1,https://t.com/x,Привет мир 👋 日本語,https://b.com/ü,é,,false,true,"
            + "https://b.com/i.png,,2020-01-01,\n";
    server.enqueue(file(gzip(csv)));

    List<Backlink> rows = readExport(server.url("/export/c/site.csv.gz").toString());

    assertThat(rows)
        .containsExactly(
            new Backlink(
                "https://a.com/1",
                "https://t.com/",
                "Tools, tips, and \"tricks\"",
                "multi\nline\r\nanchor",
                null,
                true,
                false,
                null,
                InlinkRank.of(21),
                InlinkRank.of(68),
                LocalDate.of(2016, 10, 26),
                LocalDate.of(2019, 10, 18)),
            new Backlink(
                "https://b.com/ü",
                "https://t.com/x",
                "Привет мир 👋 日本語",
                "é",
                null,
                false,
                true,
                "https://b.com/i.png",
                InlinkRank.UNKNOWN,
                InlinkRank.UNKNOWN,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 1, 2)));
  }

  @Test
  void emptyCellsAreNullOnlyForTheNullableAltAndImageSource() {
    server.enqueue(file(gzip(HEADER + "https://a.com/,,,,,false,false,,,,,\n")));

    assertThat(readExport(server.url("/export/c/site.csv.gz").toString()))
        .containsExactly(
            new Backlink(
                "https://a.com/",
                "",
                "",
                "",
                null,
                false,
                false,
                null,
                InlinkRank.UNKNOWN,
                InlinkRank.UNKNOWN,
                null,
                null));
  }

  @Test
  void anExportDecodesToTheSameBacklinksAsRawPaging() {
    Sandbox sandbox = Sandbox.builder().port(0).exportDelay(Duration.ZERO).build().start();
    try (sandbox) {
      BacklinksClient real =
          BacklinksClient.builder()
              .endpoint(sandbox.endpoint())
              .apiKey(Sandbox.DEMO_API_KEY)
              .retryPolicy(RetryPolicy.none())
              .sleeper(sandbox::advance)
              .build(); // polls move the sandbox clock, never wait
      List<Backlink> raw;
      try (RawBacklinksWalk walk =
          real.rawBacklinks(RawBacklinksQuery.builder("example.com").limit(500).build())) {
        raw = walk.stream().collect(Collectors.toList());
      }
      ExportTask task =
          real.awaitExport(
              real.downloadAllBacklinks("example.com", Mode.HOST).taskId(), PollPolicy.defaults());
      List<Backlink> exported;
      try (RowStream<Backlink> rows = real.openExport(task.downloadFile())) {
        exported = rows.stream().collect(Collectors.toList());
      }

      assertThat(raw)
          .anyMatch(b -> b.alt() == null)
          .anyMatch(b -> b.imageSource() == null)
          .anyMatch(b -> b.imageSource() != null);
      assertThat(exported).isEqualTo(raw);
    }
  }

  @Test
  void downloadCarriesNoApiKey() {
    server.enqueue(file(gzip(HEADER)));

    readExport(server.url("/export/c/site.csv.gz").toString());

    RecordedRequest request = take(server);
    assertThat(request.getUrl().toString())
        .doesNotContain(TestSupport.KEY)
        .doesNotContainIgnoringCase("apikey");
    assertThat(request.getHeaders().toString()).doesNotContain(TestSupport.KEY);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/export/c/site.csv.gz");
  }

  @Test
  void relativeDownloadFileIsResolvedAgainstTheEndpoint() {
    server.enqueue(file(gzip(HEADER + "https://a.com/,,,,,,,,,,,\n")));

    assertThat(readExport("/export/c/site.csv.gz")).hasSize(1);
    assertThat(take(server).getUrl().encodedPath()).isEqualTo("/export/c/site.csv.gz");
  }

  @Test
  void alreadyDecodedAndPlainCsvAreReadToo() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Encoding", "gzip")
            .body(gzip(HEADER + "https://a.com/,,,,,,,,,,,\n"))
            .build());
    server.enqueue(new MockResponse.Builder().body(HEADER + "https://b.com/,,,,,,,,,,,\n").build());

    assertThat(readExport("/export/c/a.csv.gz"))
        .extracting(Backlink::urlFrom)
        .containsExactly("https://a.com/");
    assertThat(readExport("/export/c/b.csv"))
        .extracting(Backlink::urlFrom)
        .containsExactly("https://b.com/");
  }

  @Test
  void otherHostsAreRefusedBeforeAnyRequest() {
    String elsewhere = cdn.url("/export/c/site.csv.gz").toString(); // same host, other port

    assertThatThrownBy(() -> client.openExport("https://evil.example/x.csv.gz"))
        .isInstanceOf(InvalidParameterException.class)
        .satisfies(
            e ->
                assertThat(((InvalidParameterException) e).parameter()).isEqualTo("download_file"));
    assertThatThrownBy(() -> client.openExport(elsewhere))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(server.getRequestCount() + cdn.getRequestCount()).isZero();
  }

  @Test
  void allowedHostIsAccepted() {
    cdn.enqueue(file(gzip(HEADER + "https://a.com/,,,,,,,,,,,\n")));
    client = TestSupport.clientFor(server, time).allowDownloadHost(cdn.getHostName()).build();

    assertThat(readExport(cdn.url("/export/c/site.csv.gz").toString())).hasSize(1);
    assertThat(take(cdn).getUrl().toString()).doesNotContain(TestSupport.KEY);
  }

  @Test
  void redirectsAreCheckedToo() {
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", cdn.url("/stolen.csv.gz").toString())
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", "/export/c/moved.csv.gz")
            .build());
    server.enqueue(file(gzip(HEADER + "https://a.com/,,,,,,,,,,,\n")));

    assertThatThrownBy(() -> client.openExport("/export/c/site.csv.gz"))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(cdn.getRequestCount()).isZero();
    assertThat(readExport("/export/c/site.csv.gz")).hasSize(1);
  }

  @Test
  void aFileThatIsNotTheBacklinkCsvIsMalformedNotEmpty() {
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/html")
            .body("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n")
            .build());
    server.enqueue(file(gzip("refdomain,backlinks,dofollow_backlinks\nexample.com,3,1\n")));
    server.enqueue(file(gzip("")));

    assertThatThrownBy(() -> readExport("/export/c/a.csv.gz"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("not the backlink CSV")
        .hasMessageContaining("<!DOCTYPE html>");
    assertThatThrownBy(() -> readExport("/export/c/b.csv.gz"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("url_from");
    assertThatThrownBy(() -> readExport("/export/c/c.csv.gz"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void cellsAreReadAcrossBufferBoundariesAndQuotesAtAnyPlace() {
    String title = "\"quoted\" " + "x".repeat(70_000) + ", \"\"";
    String csv =
        HEADER
            + "https://a.com/,https://t.com/,\""
            + title.replace("\"", "\"\"")
            + "\",\"\",,1,0,,7,-1,2020-02-29,2021-12-31\r\n\r\n"
            + "https://b.com/,,,,,,,,,,,";
    server.enqueue(file(gzip(csv)));

    assertThat(readExport("/export/c/site.csv.gz"))
        .containsExactly(
            new Backlink(
                "https://a.com/",
                "https://t.com/",
                title,
                "",
                null,
                true,
                false,
                null,
                InlinkRank.of(7),
                InlinkRank.UNKNOWN,
                LocalDate.of(2020, 2, 29),
                LocalDate.of(2021, 12, 31)),
            new Backlink(
                "https://b.com/",
                "",
                "",
                "",
                null,
                false,
                false,
                null,
                InlinkRank.UNKNOWN,
                InlinkRank.UNKNOWN,
                null,
                null));
  }

  @Test
  void aCellThatIsNotADateIsMalformed() {
    server.enqueue(file(gzip(HEADER + "https://a.com/,,,,,,,,,,2021-02-30,\n")));

    assertThatThrownBy(() -> readExport("/export/c/site.csv.gz"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("first_seen")
        .hasMessageContaining("2021-02-30");
  }

  @Test
  void corruptFilesAreMalformed() throws IOException {
    Buffer truncated = gzip(HEADER + "https://a.com/,,,,,,,,,,,\n".repeat(100));
    Buffer corrupt =
        new Buffer().write(truncated.readByteArray(truncated.size() / 2)).write(new byte[64]);
    server.enqueue(file(corrupt));
    server.enqueue(file(gzip(HEADER + "https://a.com/,,,,,,,,,,,,too,many\n")));

    assertThatThrownBy(() -> readExport("/export/c/a.csv.gz"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("gzip");
    try (RowStream<Backlink> rows = client.openExport("/export/c/b.csv.gz")) {
      assertThatThrownBy(rows::next)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("download-file");
    }
  }

  @Test
  void exportMissingItsFileIsAnError() {
    server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

    assertThatThrownBy(() -> client.openExport("/export/c/gone.csv.gz"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void wholeFlowFromStartToRows() {
    server.enqueue(ok(TestSupport.sample("download-all-backlinks.json")));
    server.enqueue(ok(task("complete", "/export/c/seopowersuite.com-1572280448369.csv.gz")));
    server.enqueue(
        file(
            gzip(
                HEADER
                    + "https://a.com/,https://t.com/,T,A,,false,false,,1,2,"
                    + "2020-01-01,2020-01-02\n")));

    ExportTask started = client.downloadAllBacklinks("http://seopowersuite.com", Mode.DOMAIN);
    ExportTask done = client.awaitExport(started.taskId(), PollPolicy.defaults());
    List<Backlink> rows = readExport(done.downloadFile());

    assertThat(rows).singleElement().extracting(Backlink::title).isEqualTo("T");
    assertThat(time.sleeps).isEmpty();
  }

  /** Distinct rows, so that the file is a few hundred KB inflated and compresses unevenly. */
  private static String rows(int from, int to) {
    StringBuilder csv = new StringBuilder();
    for (int i = from; i < to; i++) {
      csv.append("https://a.com/")
          .append(i)
          .append(",https://t.com/,Title ")
          .append(i * 7919 % 100_003)
          .append(",,,false,false,,1,2,2020-01-01,2020-01-02\n");
    }
    return csv.toString();
  }

  @Test
  void aTextThatRepeatsInItsColumnIsOneStringSharedByTheRows() {
    server.enqueue(
        file(
            gzip(
                HEADER
                    + "https://a.com/1,https://t.com/,T,Rank Tracker,,false,false,,1,2,,\n"
                    + "https://a.com/2,https://t.com/,T,Привет,,false,false,,1,2,,\n"
                    + "https://a.com/3,https://t.com/,T,Rank Tracker,,false,false,,1,2,,\n")));

    List<Backlink> rows = readExport("/export/c/site.csv.gz");

    assertThat(rows)
        .extracting(Backlink::anchor)
        .containsExactly("Rank Tracker", "Привет", "Rank Tracker");
    assertThat(rows.get(2).anchor()).isSameAs(rows.get(0).anchor());
    assertThat(rows.get(2).urlTo()).isSameAs(rows.get(0).urlTo());
  }

  @Test
  void aTruncatedGzipFailsCleanlyWhereverItEnds() {
    byte[] whole = gzip(HEADER + rows(0, 8000)).readByteArray();
    List<String> urls = IntStream.range(0, 8000).mapToObj(i -> "https://a.com/" + i).toList();

    for (int cut = 0; cut < whole.length; cut += cut < 64 ? 7 : whole.length / 40) {
      server.enqueue(file(new Buffer().write(whole, 0, cut)));
      List<String> read = new ArrayList<>();
      Throwable thrown =
          catchThrowable(
              () -> {
                try (RowStream<Backlink> rows = client.openExport("/export/c/site.csv.gz")) {
                  rows.forEachRemaining(row -> read.add(row.urlFrom()));
                }
              });

      assertThat(thrown)
          .as("cut at %d of %d bytes", cut, whole.length)
          .isInstanceOfAny(
              MalformedResponseException.class,
              StreamResumeException.class,
              BacklinksIoException.class); // cut inside the gzip header, as before
      assertThat(read).isEqualTo(urls.subList(0, read.size()));
      assertThat(ReadAheadInputStreamTest.readers()).isEmpty();
    }
  }

  @Test
  void closingMidFileStopsTheReaderBlockedOnAStalledServer() throws Exception {
    // A server that sends part of a long file, then nothing: the read-ahead thread waits in a
    // socket read, which only cancelling the call ends.
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(sent, true)) {
      gzip.write((HEADER + rows(0, 4000)).getBytes(StandardCharsets.UTF_8));
      gzip.flush();
      CountDownLatch disconnected = new CountDownLatch(1);
      try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        Thread serving =
            new Thread(() -> serveThenStall(listener, sent.toByteArray(), disconnected));
        serving.setDaemon(true);
        serving.start();
        BacklinksClient stalled =
            TestSupport.clientFor(server, time)
                .endpoint(
                    HttpUrl.get("http://127.0.0.1:" + listener.getLocalPort() + "/backlinks/v1.0/"))
                .retryPolicy(RetryPolicy.none())
                .build();

        try (RowStream<Backlink> rows = stalled.openExport("/export/c/site.csv.gz")) {
          for (int i = 0; i < 2000; i++) { // inside the first buffer the thread read
            assertThat(rows.next().urlFrom()).isEqualTo("https://a.com/" + i);
          }
          assertThat(ReadAheadInputStreamTest.readers()).hasSize(1);
        }

        assertThat(ReadAheadInputStreamTest.readers()).isEmpty();
        assertThat(disconnected.await(10, TimeUnit.SECONDS)).isTrue();
        serving.join();
      }
    }
  }

  /** Answers one request with a 200 much longer than {@code prefix}, sends the prefix, waits. */
  private static void serveThenStall(
      ServerSocket listener, byte[] prefix, CountDownLatch disconnected) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      for (int matched = 0; matched < 4; ) {
        int b = in.read();
        matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
      }
      OutputStream out = socket.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/gzip\r\nContent-Length: "
                  + 100 * prefix.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(prefix);
      out.flush();
      while (in.read() >= 0) {
        // until the client drops the connection
      }
    } catch (IOException dropped) {
      // the client reset it: dropped as well
    } finally {
      disconnected.countDown();
    }
  }
}
