package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.sample;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get-raw-backlinks: cursor paging, page by page and as one lazy walk. */
class RawPagingTest {
  static final String CURSOR_1 = "a/b+c=d==";
  static final String CURSOR_2 = "x+/y/z==";
  private static final RawBacklinksQuery QUERY =
      RawBacklinksQuery.builder("seopowersuite.com").mode(Mode.DOMAIN).limit(2).build();

  @StartStop final MockWebServer server = new MockWebServer();

  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client = TestSupport.clientFor(server, new TestSupport.FakeTime()).build();
  }

  static String page(String next, String... urls) {
    String rows =
        java.util.Arrays.stream(urls)
            .map(u -> "{\"url_from\": \"" + u + "\", \"inlink_rank\": -1}")
            .collect(Collectors.joining(","));
    return "{\"backlinks\": ["
        + rows
        + "]"
        + (next == null ? "" : ", \"next\": \"" + next + "\"")
        + "}";
  }

  static List<String> urls(RowStream<Backlink> rows) {
    return rows.stream().map(Backlink::urlFrom).collect(Collectors.toList());
  }

  @Test
  void walksThreePagesSendingEachCursorEncoded() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));
    server.enqueue(ok(page(CURSOR_2, "u3", "u4")));
    server.enqueue(ok(page(null, "u5")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactly("u1", "u2", "u3", "u4", "u5");
      assertThat(walk.pagesRead()).isEqualTo(3);
      assertThat(walk.rowsRead()).isEqualTo(5);
      assertThat(walk.lastCursor()).isEmpty();
      assertThat(walk.currentCursor()).isEmpty();
    }

    RecordedRequest first = take(server);
    assertThat(first.getUrl().queryParameterNames()).doesNotContain("next");
    assertThat(first.getUrl().encodedQuery())
        .isEqualTo(
            "apikey="
                + TestSupport.KEY
                + "&target=seopowersuite.com&mode=domain&limit=2"
                + "&output=json");
    RecordedRequest second = take(server);
    assertThat(second.getUrl().encodedQuery()).endsWith("&next=a%2Fb%2Bc%3Dd%3D%3D&output=json");
    assertThat(second.getUrl().queryParameter("next")).isEqualTo(CURSOR_1);
    RecordedRequest third = take(server);
    assertThat(third.getUrl().encodedQuery()).contains("&next=x%2B%2Fy%2Fz%3D%3D&");
    assertThat(third.getUrl().queryParameter("next")).isEqualTo(CURSOR_2);
  }

  @Test
  void walksTheDocumentsOwnThreeSamplePages() {
    server.enqueue(ok(sample("get-raw-backlinks-page1.json")));
    server.enqueue(ok(sample("get-raw-backlinks-page2.json")));
    server.enqueue(ok(sample("get-raw-backlinks-page3.json")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(urls(walk))
          .hasSize(5)
          .last()
          .isEqualTo("https://www.evemilano.com/corsi/salotto-seo/");
    }

    take(server);
    String sampleCursor =
        TestSupport.sampleRequest(
                "https://api.seopowersuite.com/backlinks/v1.0/"
                    + "get-raw-backlinks?apiKey=XXX&target=seopowersuite.com&mode=domain&limit=2&output=json"
                    + "&next=")
            .queryParameter("next");
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(sampleCursor);
    assertThat(take(server).getUrl().queryParameter("next")).startsWith("a8RMaGJNHWemdJkYq");
  }

  @Test
  void walkIsLazy() {
    server.enqueue(ok(page(CURSOR_1, "u1")));
    server.enqueue(ok(page(null, "u2")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(walk.next().urlFrom()).isEqualTo("u1");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void emptyNextEndsTheWalk() {
    server.enqueue(ok(page("", "u1")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(urls(walk)).containsExactly("u1");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void nextBeforeTheListIsFoundToo() {
    server.enqueue(ok("{\"next\": \"" + CURSOR_1 + "\", \"backlinks\": [{\"url_from\": \"u\"}]}"));

    try (RawPage page = client.getRawBacklinksPage(QUERY, null)) {
      assertThat(page.nextCursor()).hasValue(CURSOR_1);
      assertThat(page.isLast()).isFalse();
    }
  }

  @Test
  void repeatedCursorIsALoop() {
    server.enqueue(ok(page(CURSOR_1, "u1")));
    server.enqueue(ok(page(CURSOR_2, "u2")));
    server.enqueue(ok(page(CURSOR_1, "u3")));

    List<String> seen = new ArrayList<>();
    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThatThrownBy(() -> walk.forEachRemaining(b -> seen.add(b.urlFrom())))
          .isInstanceOf(CursorLoopException.class)
          .satisfies(e -> assertThat(((CursorLoopException) e).cursor()).isEqualTo(CURSOR_1));
    }
    assertThat(seen).containsExactly("u1", "u2", "u3");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cursorEqualToTheStartCursorIsALoop() {
    server.enqueue(ok(page(CURSOR_1, "u1")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY, CURSOR_1)) {
      assertThatThrownBy(() -> walk.forEachRemaining(b -> {}))
          .isInstanceOf(CursorLoopException.class);
    }
  }

  @Test
  void resumesFromASavedCursor() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));
    server.enqueue(ok(page(CURSOR_2, "u3", "u4")));

    String saved;
    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(walk.currentCursor()).isEmpty(); // nothing read yet: start over
      walk.next();
      walk.next();
      assertThat(walk.hasNext()).isTrue(); // fetches page 2
      assertThat(walk.currentCursor()).hasValue(CURSOR_1);
      walk.next();
      saved = walk.currentCursor().orElseThrow(); // mid page 2: resume re-reads page 2
      assertThat(walk.lastCursor()).hasValue(CURSOR_1);
    }
    take(server);
    take(server);

    server.enqueue(ok(page(CURSOR_2, "u3", "u4")));
    server.enqueue(ok(page(null, "u5")));
    try (RawBacklinksWalk resumed = client.rawBacklinks(QUERY, saved)) {
      assertThat(urls(resumed)).containsExactly("u3", "u4", "u5");
    }
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_1);
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_2);
  }

  @Test
  void maxPagesEndsTheWalkWithoutRequestingTheNextPage() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));
    server.enqueue(ok(page(CURSOR_2, "u3", "u4")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY, null, 2)) {
      assertThat(urls(walk)).containsExactly("u1", "u2", "u3", "u4");
      assertThat(walk.pagesRead()).isEqualTo(2);
      assertThat(walk.currentCursor()).hasValue(CURSOR_2); // where to continue
      assertThat(walk.lastCursor()).hasValue(CURSOR_2);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    take(server);
    take(server);

    server.enqueue(ok(page(null, "u5")));
    try (RawBacklinksWalk rest = client.rawBacklinks(QUERY, CURSOR_2, 2)) {
      assertThat(urls(rest)).containsExactly("u5");
      assertThat(rest.currentCursor()).isEmpty(); // the last page: nothing to continue with
    }
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_2);
  }

  @Test
  void maxPagesCountsEmptyPagesToo() {
    server.enqueue(ok(page(CURSOR_1)));
    server.enqueue(ok(page(CURSOR_2, "u1")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY, null, 2)) {
      assertThat(urls(walk)).containsExactly("u1");
      assertThat(walk.currentCursor()).hasValue(CURSOR_2);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void maxPagesBelowOneIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.rawBacklinks(QUERY, null, 0))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("max_pages");
              assertThat(e.allowed()).isEqualTo("1 or more");
            });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void pageEndsAreSeenBeforeTheNextPageIsRequested() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));
    server.enqueue(ok(page(null, "u3")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY)) {
      assertThat(walk.hasNextOnPage()).isFalse(); // no page yet, and none requested
      assertThat(server.getRequestCount()).isZero();

      assertThat(walk.hasNext()).isTrue();
      assertThat(walk.hasNextOnPage()).isTrue(); // the row hasNext() looked at
      assertThat(walk.next().urlFrom()).isEqualTo("u1");
      assertThat(walk.hasNextOnPage()).isTrue();
      assertThat(walk.next().urlFrom()).isEqualTo("u2");
      assertThat(walk.currentCursor()).isEmpty(); // still on the first page
      assertThat(walk.hasNextOnPage()).isFalse();
      assertThat(walk.currentCursor()).hasValue(CURSOR_1); // past it, not yet requested
      assertThat(server.getRequestCount()).isEqualTo(1);

      assertThat(walk.hasNext()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(walk.next().urlFrom()).isEqualTo("u3");
      assertThat(walk.hasNextOnPage()).isFalse();
      assertThat(walk.currentCursor()).isEmpty();
      assertThat(walk.hasNext()).isFalse();
      assertThat(walk.pagesRead()).isEqualTo(2);
    }
  }

  @Test
  void aRepeatedCursorFailsAtThePageEnd() {
    server.enqueue(ok(page(CURSOR_1, "u1")));

    try (RawBacklinksWalk walk = client.rawBacklinks(QUERY, CURSOR_1)) {
      walk.next();
      assertThatThrownBy(walk::hasNextOnPage).isInstanceOf(CursorLoopException.class);
      assertThat(walk.hasNext()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void pageApiGivesEachPagesCursor() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));
    server.enqueue(ok(page(null, "u3")));

    try (RawPage first = client.getRawBacklinksPage(QUERY, null)) {
      assertThat(first.pageIndex()).isZero();
      assertThat(urls(first)).containsExactly("u1", "u2");
      assertThat(first.nextCursor()).hasValue(CURSOR_1);
    }
    try (RawPage last = client.getRawBacklinksPage(QUERY, CURSOR_1)) {
      assertThat(last.isLast()).isTrue();
      assertThat(last.rowsRead()).isZero(); // asking for the cursor skipped the row
    }
    take(server);
    assertThat(take(server).getUrl().queryParameter("next")).isEqualTo(CURSOR_1);
  }

  @Test
  void emptyCursorMeansFirstPage() {
    server.enqueue(ok(page(null)));

    client.getRawBacklinksPage(QUERY, "").close();

    assertThat(take(server).getUrl().queryParameterNames()).doesNotContain("next");
  }

  @Test
  void cursorOfAClosedPageIsUnknown() {
    server.enqueue(ok(page(CURSOR_1, "u1", "u2")));

    RawPage page = client.getRawBacklinksPage(QUERY, null);
    page.next();
    page.close();

    assertThatThrownBy(page::nextCursor).isInstanceOf(IllegalStateException.class);
    assertThat(page.hasNext()).isFalse();
  }
}
