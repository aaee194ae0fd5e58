package io.spsbacklinks.core;

import static io.spsbacklinks.core.ExportTest.file;
import static io.spsbacklinks.core.RawPagingTest.CURSOR_1;
import static io.spsbacklinks.core.RawPagingTest.CURSOR_2;
import static io.spsbacklinks.core.RawPagingTest.urls;
import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.TestSupport.FakeTime;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Mode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Bodies that break off mid-way: a raw-backlinks walk and an export request the same page or file
 * again, skip what was delivered, and deliver every row exactly once; or fail saying where to
 * resume.
 */
class ResumeTest {
  private static final RawBacklinksQuery QUERY =
      RawBacklinksQuery.builder("seopowersuite.com").mode(Mode.DOMAIN).build();

  @StartStop final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private BacklinksClient client(int maxAttempts) {
    return TestSupport.clientFor(server, time)
        .retryPolicy(RetryPolicy.builder().jitter(0).maxAttempts(maxAttempts).build())
        .build();
  }

  private static List<String> range(String prefix, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> prefix + i).collect(Collectors.toList());
  }

  private static String page(String next, List<String> urls) {
    return RawPagingTest.page(next, urls.toArray(String[]::new));
  }

  /** A complete response whose document stops inside the row of {@code url}. */
  private static MockResponse cutAt(String body, String url) {
    return ok(body.substring(0, body.indexOf(url) + 2));
  }

  /** The full body, but the server drops the connection while sending it. */
  private static MockResponse dropped(String body) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body(body)
        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  @Test
  void walkRequestsABrokenPageAgainWithTheSameCursorAndDeliversEachRowOnce() {
    String page2 = page(CURSOR_2, range("p2-", 0, 500));
    server.enqueue(ok(page(CURSOR_1, range("p1-", 0, 3))));
    server.enqueue(dropped(page2));
    server.enqueue(cutAt(page2, "p2-321"));
    server.enqueue(ok(page2));
    server.enqueue(ok(page(null, range("p3-", 0, 2))));

    List<String> expected = new ArrayList<>(range("p1-", 0, 3));
    expected.addAll(range("p2-", 0, 500));
    expected.addAll(range("p3-", 0, 2));
    try (RawBacklinksWalk walk = client(4).rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactlyElementsOf(expected);
      assertThat(walk.pagesRead()).isEqualTo(3);
    }

    assertThat(take(server).getUrl().queryParameterNames()).doesNotContain("next");
    for (int i = 0; i < 3; i++) {
      assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_1);
    }
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_2);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void firstPageIsRequestedAgainWithoutACursor() {
    String page1 = page(null, range("u", 0, 10));
    server.enqueue(cutAt(page1, "u7"));
    server.enqueue(ok(page1));

    try (RawBacklinksWalk walk = client(2).rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactlyElementsOf(range("u", 0, 10));
    }
    assertThat(take(server).getUrl().queryParameterNames()).doesNotContain("next");
    assertThat(take(server).getUrl().queryParameterNames()).doesNotContain("next");
  }

  @Test
  void bodyCutAfterTheLastRowIsReadAgainForItsCursor() {
    String page1 = page(CURSOR_1, range("u", 0, 4));
    server.enqueue(ok(page1.substring(0, page1.indexOf("\"next\""))));
    server.enqueue(ok(page1));
    server.enqueue(ok(page(null, List.of("v"))));

    try (RawBacklinksWalk walk = client(2).rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactly("u0", "u1", "u2", "u3", "v");
    }
  }

  @Test
  void xmlPageCutInsideAnElementIsRequestedAgain() {
    String rows =
        range("u", 0, 6).stream()
            .map(u -> "<item><url_from>" + u + "</url_from><inlink_rank>-1</inlink_rank></item>")
            .collect(Collectors.joining());
    String page1 =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><backlinks>"
            + rows
            + "</backlinks></response>";
    server.enqueue(TestSupport.xml(200, page1.substring(0, page1.indexOf("u4") + 1)));
    server.enqueue(TestSupport.xml(200, page1));
    BacklinksClient client = TestSupport.clientFor(server, time).output(OutputFormat.XML).build();

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactlyElementsOf(range("u", 0, 6));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void interruptedWhileWaitingEndsTheWalkWithTheCursor() {
    String page1 = page(null, range("u", 0, 5));
    server.enqueue(cutAt(page1, "u3"));
    BacklinksClient client =
        TestSupport.clientFor(server, time)
            .sleeper(
                duration -> {
                  throw new InterruptedException();
                })
            .build();

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      StreamResumeException e =
          catchThrowableOfType(StreamResumeException.class, () -> walk.forEachRemaining(b -> {}));
      assertThat(e)
          .hasMessageContaining("interrupted")
          .hasCauseInstanceOf(java.io.InterruptedIOException.class);
      assertThat(e.rowsToSkip()).isEqualTo(3);
      assertThat(Thread.interrupted()).isTrue(); // the flag is kept (and cleared here)
    }
  }

  @Test
  void aPageRequestedAgainCountsOnceTowardsMaxPages() {
    String page1 = page(CURSOR_1, range("u", 0, 5));
    server.enqueue(cutAt(page1, "u3"));
    server.enqueue(ok(page1));

    List<String> seen = new ArrayList<>();
    try (RawBacklinksWalk walk = client(2).rawBacklinks(QUERY, null, 1)) {
      while (walk.hasNext()) {
        do {
          seen.add(walk.next().urlFrom());
        } while (walk.hasNextOnPage()); // the break is mended inside the page
      }
      assertThat(walk.pagesRead()).isEqualTo(1);
      assertThat(walk.currentCursor()).hasValue(CURSOR_1);
    }
    assertThat(seen).containsExactlyElementsOf(range("u", 0, 5));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void exhaustedWalkFailsWithTheCursorAndRowsToSkip() {
    String page2 = page(CURSOR_2, range("p2-", 0, 10));
    server.enqueue(ok(page(CURSOR_1, List.of("p1"))));
    server.enqueue(cutAt(page2, "p2-4"));
    server.enqueue(cutAt(page2, "p2-6"));
    server.enqueue(cutAt(page2, "p2-6"));

    List<String> seen = new ArrayList<>();
    StreamResumeException e;
    try (RawBacklinksWalk walk = client(3).rawBacklinks(QUERY)) {
      e =
          catchThrowableOfType(
              StreamResumeException.class, () -> walk.forEachRemaining(b -> seen.add(b.urlFrom())));
      assertThat(walk.currentCursor()).hasValue(CURSOR_1);
    }

    assertThat(seen).containsExactly("p1", "p2-0", "p2-1", "p2-2", "p2-3", "p2-4", "p2-5");
    assertThat(e.resumeCursor()).hasValue(CURSOR_1);
    assertThat(e.rowsToSkip()).isEqualTo(6);
    assertThat(e.downloadFile()).isEmpty();
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getSuppressed()).hasSize(2);
    assertThat(e)
        .isInstanceOf(BacklinksIoException.class)
        .hasCauseInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("get-raw-backlinks (target seopowersuite.com): page 2")
        .hasMessageContaining("rawBacklinks(query, \"" + CURSOR_1 + "\")")
        .hasMessageContaining("skip its first 6 row(s)")
        .hasMessageNotContaining(TestSupport.KEY);
    assertThat(e.command()).isEqualTo("get-raw-backlinks");
    assertThat(time.sleeps).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void resumingFromTheExceptionDeliversTheRest() {
    String page1 = page(CURSOR_1, range("u", 0, 5));
    server.enqueue(cutAt(page1, "u3"));
    server.enqueue(ok(page1));
    server.enqueue(ok(page(null, List.of("v"))));

    StreamResumeException e;
    List<String> seen = new ArrayList<>();
    try (RawBacklinksWalk walk = client(1).rawBacklinks(QUERY)) {
      e =
          catchThrowableOfType(
              StreamResumeException.class, () -> walk.forEachRemaining(b -> seen.add(b.urlFrom())));
    }
    assertThat(e.resumeCursor()).isEmpty(); // the first page: start without a cursor
    assertThat(e).hasMessageContaining("rawBacklinks(query, null)");
    assertThat(time.sleeps).isEmpty();

    try (RawBacklinksWalk resumed = client(1).rawBacklinks(QUERY, e.resumeCursor().orElse(null))) {
      resumed.stream().skip(e.rowsToSkip()).forEach(b -> seen.add(b.urlFrom()));
    }
    assertThat(seen).containsExactly("u0", "u1", "u2", "u3", "u4", "v");
  }

  @Test
  void pageThatChangedBetweenRequestsFailsInsteadOfMixingRows() {
    server.enqueue(cutAt(page(null, range("u", 0, 5)), "u3"));
    server.enqueue(ok(page(null, range("w", 0, 5))));

    try (RawBacklinksWalk walk = client(2).rawBacklinks(QUERY)) {
      assertThat(walk.next().urlFrom()).isEqualTo("u0");
      StreamResumeException e =
          catchThrowableOfType(StreamResumeException.class, () -> walk.forEachRemaining(b -> {}));
      assertThat(e).hasMessageContaining("changed");
      assertThat(e.rowsToSkip()).isEqualTo(3);
    }
  }

  @Test
  void completeButInvalidPageIsNotRequestedAgain() {
    server.enqueue(ok("{\"backlinks\": [{\"url_from\": \"u0\"}, 42], \"next\": \"c\"}"));

    try (RawBacklinksWalk walk = client(4).rawBacklinks(QUERY)) {
      assertThat(walk.next().urlFrom()).isEqualTo("u0");
      MalformedResponseException e =
          catchThrowableOfType(MalformedResponseException.class, walk::next);
      assertThat(e)
          .isNotInstanceOf(StreamResumeException.class)
          .hasMessageContaining("expected an object");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void deadlineEndsTheRetriesToo() {
    String page1 = page(null, range("u", 0, 5));
    server.enqueue(cutAt(page1, "u3"));
    BacklinksClient client =
        TestSupport.clientFor(server, time)
            .retryPolicy(
                RetryPolicy.builder().jitter(0).totalDeadline(Duration.ofMillis(100)).build())
            .build();

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      StreamResumeException e =
          catchThrowableOfType(StreamResumeException.class, () -> walk.forEachRemaining(b -> {}));
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(time.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void requestAgainThatFailsEndsTheWalkWithTheCursor() {
    String page2 = page(null, range("u", 0, 5));
    server.enqueue(ok(page(CURSOR_1, List.of("p1"))));
    server.enqueue(cutAt(page2, "u2"));
    server.enqueue(
        TestSupport.json(
            402, "{\"error\": {\"code\": 402, \"message\": " + "\"Insufficient funds.\"}}"));

    try (RawBacklinksWalk walk = client(4).rawBacklinks(QUERY)) {
      StreamResumeException e =
          catchThrowableOfType(StreamResumeException.class, () -> walk.forEachRemaining(b -> {}));
      assertThat(e).hasCauseInstanceOf(InsufficientFundsException.class);
      assertThat(e.resumeCursor()).hasValue(CURSOR_1);
      assertThat(e.rowsToSkip()).isEqualTo(2);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // exports

  private static Buffer csv(int rows) {
    StringBuilder text = new StringBuilder(ExportTest.HEADER);
    for (int i = 0; i < rows; i++) {
      text.append("https://a.com/").append(i).append(",https://t.com/,,,,false,false,,1,2,,\n");
    }
    return ExportTest.gzip(text.toString());
  }

  private static List<String> exportUrls(int rows) {
    return range("https://a.com/", 0, rows);
  }

  @Test
  void exportIsDownloadedAgainAfterATruncatedGzipAndADroppedConnection() {
    Buffer whole = csv(5000);
    Buffer truncated = whole.clone();
    Buffer half = new Buffer();
    truncated.read(half, whole.size() / 2);
    server.enqueue(file(half));
    server.enqueue(
        new MockResponse.Builder()
            .body(whole.clone())
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(file(whole));

    List<String> urls;
    try (RowStream<Backlink> rows = client(3).openExport("/export/c/site.csv.gz")) {
      urls = urls(rows);
    }

    assertThat(urls).containsExactlyElementsOf(exportUrls(5000));
    assertThat(server.getRequestCount()).isEqualTo(3);
    // one budget for both breaks: they happened mid-body, not while opening the response
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    for (int i = 0; i < 3; i++) {
      assertThat(take(server).getUrl().encodedPath()).isEqualTo("/export/c/site.csv.gz");
    }
  }

  @Test
  void exhaustedExportFailsNamingTheDownloadLocation() {
    Buffer whole = csv(3000);
    Buffer half = new Buffer();
    whole.clone().read(half, whole.size() / 2);
    server.enqueue(file(half.clone()));
    server.enqueue(file(half));
    String location = server.url("/export/c/site.csv.gz").toString();

    List<String> seen = new ArrayList<>();
    StreamResumeException e;
    try (RowStream<Backlink> rows = client(2).openExport(location)) {
      e =
          catchThrowableOfType(
              StreamResumeException.class, () -> rows.forEachRemaining(b -> seen.add(b.urlFrom())));
    }

    assertThat(seen).isNotEmpty().containsExactlyElementsOf(exportUrls(seen.size()));
    assertThat(e.rowsToSkip()).isEqualTo(seen.size());
    assertThat(e.downloadFile()).hasValue(location);
    assertThat(e.resumeCursor()).isEmpty();
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e)
        .hasMessageContaining(location)
        .hasMessageContaining("gzip")
        .hasMessageContaining("skip its first " + seen.size() + " row(s)")
        .hasMessageNotContaining(TestSupport.KEY)
        .hasMessageNotContaining("apikey");
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
  }
}
