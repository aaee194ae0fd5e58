package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cursor pagination: a big target walked page by page, cursor validity and expiry. */
class PaginationTest {
  private static Sandbox sandbox;
  private static TestApi api;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().build().start();
    api = new TestApi(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void walksABigTargetSeeingEachBacklinkOnceAndEqualToTheIndex() throws Exception {
    String target = "big-250000.example";
    assertThat(sandbox.index().count(target, "domain")).isEqualTo(250_000);
    assertThat(sandbox.index().count(target, "host")).isEqualTo(250_000);
    long unitsBefore = sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY);
    Iterator<SandboxBacklink> truth = sandbox.index().backlinks(target, "domain").iterator();
    Set<String> seen = new HashSet<>();
    String next = null;
    int pages = 0;
    do {
      String[] params =
          next == null
              ? new String[] {"target", target, "mode", "domain", "limit", "100000"}
              : new String[] {"target", target, "mode", "domain", "limit", "100000", "next", next};
      HttpResponse<InputStream> response =
          api.http.send(
              HttpRequest.newBuilder(api.uri("get-raw-backlinks", true, params)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      // Streamed, not sized up front.
      assertThat(response.headers().firstValue("Content-Length")).isEmpty();
      next = readPage(response.body(), truth, seen, pages == 2 ? 50_000 : 100_000);
      pages++;
    } while (next != null);
    assertThat(pages).isEqualTo(3);
    assertThat(truth.hasNext()).isFalse();
    assertThat(seen).hasSize(250_000);
    assertThat(unitsBefore - sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY)).isEqualTo(250_000);
  }

  /** Compares one page with the index as it streams; returns its next cursor or null. */
  private static String readPage(
      InputStream body, Iterator<SandboxBacklink> truth, Set<String> seen, int expectedRows)
      throws IOException {
    String next = null;
    int rows = 0;
    try (JsonParser parser = TestApi.STRICT_JSON.createParser(body)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if (field.equals("backlinks")) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode row = TestApi.STRICT_JSON.readTree(parser);
            assertThat(seen.add(row.get("url_from").asText())).as("seen once").isTrue();
            assertSame(row, truth.next());
            rows++;
          }
        } else {
          assertThat(field).isEqualTo("next");
          next = parser.getText();
        }
      }
    }
    assertThat(rows).isEqualTo(expectedRows);
    return next;
  }

  static void assertSame(JsonNode row, SandboxBacklink expected) {
    assertThat(row.get("url_from").asText()).isEqualTo(expected.urlFrom());
    assertThat(row.get("url_to").asText()).isEqualTo(expected.urlTo());
    assertThat(row.get("title").asText()).isEqualTo(expected.title());
    assertThat(row.get("anchor").asText()).isEqualTo(expected.anchor());
    assertThat(row.get("nofollow").asBoolean()).isEqualTo(expected.nofollow());
    assertThat(row.get("image").asBoolean()).isEqualTo(expected.image());
    assertThat(row.get("image_source").isNull() ? null : row.get("image_source").asText())
        .isEqualTo(expected.imageSource());
    assertThat(row.get("inlink_rank").asInt()).isEqualTo(expected.inlinkRank());
    assertThat(row.get("domain_inlink_rank").asInt()).isEqualTo(expected.domainInlinkRank());
    assertThat(row.get("first_seen").asText()).isEqualTo(expected.firstSeen().toString());
    assertThat(row.get("last_visited").asText()).isEqualTo(expected.lastVisited().toString());
  }

  @Test
  void smallWalkMatchesTheIndexAcrossModes() {
    for (String mode : new String[] {"domain", "host", "url"}) {
      String target =
          mode.equals("url") ? "https://www.seopowersuite.com/" : "www.seopowersuite.com";
      Iterator<SandboxBacklink> truth = sandbox.index().backlinks(target, mode).iterator();
      String next = null;
      long rows = 0;
      do {
        JsonNode page =
            ConformanceTest.ok(
                next == null
                    ? api.get("get-raw-backlinks", "target", target, "mode", mode, "limit", "7")
                    : api.get(
                        "get-raw-backlinks",
                        "target",
                        target,
                        "mode",
                        mode,
                        "limit",
                        "7",
                        "next",
                        next));
        for (JsonNode row : page.get("backlinks")) {
          assertSame(row, truth.next());
          rows++;
        }
        next = page.has("next") ? page.get("next").asText() : null;
      } while (next != null);
      assertThat(truth.hasNext()).isFalse();
      assertThat(rows).isEqualTo(sandbox.index().count(target, mode)).isPositive();
    }
  }

  @Test
  void lastPageHasNoNextAndAnEmptyTargetHasNoRows() {
    long count = sandbox.index().count("example.org", "domain");
    JsonNode all =
        ConformanceTest.ok(
            api.get(
                "get-raw-backlinks",
                "target",
                "example.org",
                "mode",
                "domain",
                "limit",
                Long.toString(count)));
    assertThat(all.get("backlinks")).hasSize((int) count);
    assertThat(all.has("next")).isFalse();
    JsonNode empty = ConformanceTest.ok(api.get("get-raw-backlinks", "target", "empty.example"));
    assertThat(empty.get("backlinks")).isEmpty();
    assertThat(empty.has("next")).isFalse();
  }

  @Test
  void cursorsAreOpaqueBoundToTheirTargetAndExpireAfter24Hours() {
    try (Sandbox timed = Sandbox.builder().build().start()) {
      TestApi timedApi = new TestApi(timed);
      String next =
          ConformanceTest.ok(
                  timedApi.get("get-raw-backlinks", "target", "example.org", "limit", "3"))
              .get("next")
              .asText();
      assertThat(next).endsWith("=").matches("[A-Za-z0-9+/=]+");
      // The same cursor can be used again: it points at the same place.
      JsonNode once =
          ConformanceTest.ok(
              timedApi.get(
                  "get-raw-backlinks", "target", "example.org", "limit", "3", "next", next));
      JsonNode twice =
          ConformanceTest.ok(
              timedApi.get(
                  "get-raw-backlinks", "target", "example.org", "limit", "3", "next", next));
      assertThat(twice.get("backlinks")).isEqualTo(once.get("backlinks"));
      // Not valid for another target or mode, nor tampered with, nor sent unencoded ('+' becomes '
      // ').
      String invalid = "Parameter next is invalid.";
      ErrorsTest.assertError(
          timedApi.get("get-raw-backlinks", "target", "example.net", "limit", "3", "next", next),
          400,
          invalid);
      ErrorsTest.assertError(
          timedApi.get(
              "get-raw-backlinks", "target", "example.org", "mode", "domain", "next", next),
          400,
          invalid);
      char flipped = next.charAt(10) == 'A' ? 'B' : 'A';
      ErrorsTest.assertError(
          timedApi.get(
              "get-raw-backlinks",
              "target",
              "example.org",
              "next",
              next.substring(0, 10) + flipped + next.substring(11)),
          400,
          invalid);
      // Another sandbox over the same index reads it too (see RestartTest).
      assertThat(
              api.get("get-raw-backlinks", "target", "example.org", "limit", "3", "next", next)
                  .status())
          .isEqualTo(200);

      timed.advance(Duration.ofHours(23));
      assertThat(
              timedApi
                  .get("get-raw-backlinks", "target", "example.org", "limit", "3", "next", next)
                  .status())
          .isEqualTo(200);
      timed.advance(Duration.ofHours(2));
      ErrorsTest.assertError(
          timedApi.get("get-raw-backlinks", "target", "example.org", "limit", "3", "next", next),
          400,
          invalid);
    }
  }

  @Test
  void aWalkReadsTheDayItStartedOnEvenWhenTheClockMoves() {
    try (Sandbox timed = Sandbox.builder().build().start()) {
      TestApi timedApi = new TestApi(timed);
      String target = "seopowersuite.com";
      long total = timed.index().count(target, "domain");
      JsonNode first =
          ConformanceTest.ok(
              timedApi.get("get-raw-backlinks", "target", target, "mode", "domain", "limit", "10"));
      timed.setToday(LocalDate.of(2026, 11, 26)); // recent links were not live yet on that day
      assertThat(timed.index().count(target, "domain")).isLessThan(total);
      JsonNode rest =
          ConformanceTest.ok(
              timedApi.get(
                  "get-raw-backlinks",
                  "target",
                  target,
                  "mode",
                  "domain",
                  "limit",
                  "100000",
                  "next",
                  first.get("next").asText()));
      assertThat(first.get("backlinks").size() + rest.get("backlinks").size())
          .isEqualTo((int) total);
    }
  }
}
