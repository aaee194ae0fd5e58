package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error of the document's table, with its message, status and body shape. */
class ErrorsTest {
  private static Sandbox sandbox;
  private static TestApi api;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().build().start();
    sandbox
        .keys()
        .add("inactive-key", KeyState.INACTIVE, 100)
        .add("expired-key", KeyState.EXPIRED, 100)
        .add("disabled-key", KeyState.DISABLED, 100)
        .add("broke-key", KeyState.INSUFFICIENT_FUNDS, 0)
        .add("small-key", KeyState.ACTIVE, 40);
    api = new TestApi(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static void assertError(TestApi.Response response, int status, String message) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonNode body = response.json();
    assertThat(body.fieldNames()).toIterable().containsExactly("error");
    assertThat(body.get("error").get("code").asInt()).isEqualTo(status);
    assertThat(body.get("error").get("message").asText()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource({
    "get-metrics, target",
    "get-inlink-rank, target",
    "get-backlinks, target",
    "get-refdomains, target",
    "download-all-backlinks, target",
    "get-raw-backlinks, target",
    "get-new-lost-backlinks, target",
    "get-new-lost-refdomains, target",
    "download-all-backlinks-status, task_id"
  })
  void missingMandatoryParameter(String command, String parameter) {
    assertError(api.get(command), 400, "Parameter " + parameter + " is missing.");
    assertError(api.get(command, parameter, ""), 400, "Parameter " + parameter + " is missing.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "get-metrics|mode|page",
        "get-metrics|target|not a domain",
        "get-metrics|target|ftp://example.com/",
        "get-backlinks|limit|0",
        "get-backlinks|limit|10001",
        "get-backlinks|limit|ten",
        "get-backlinks|limit|1.5",
        "get-backlinks|order_by|title",
        "get-backlinks|per_domain|0",
        "get-backlinks|per_domain|101",
        "get-refdomains|limit|10001",
        "get-refdomains|order_by|backlinks",
        "get-raw-backlinks|limit|100001",
        "get-raw-backlinks|next|not-a-cursor",
        "get-new-lost-backlinks|new_lost_type|old",
        "get-new-lost-backlinks|date_from|2026-13-01",
        "get-new-lost-backlinks|date_to|28.11.2026",
        "get-new-lost-backlinks|link_type|canonical",
        "get-new-lost-backlinks|anchor_type|video",
        "get-new-lost-backlinks|dofollow|maybe",
        "get-new-lost-backlinks|order_by|date_found",
        "get-new-lost-backlinks|limit|10001",
        "get-new-lost-backlinks|url_from|not a url",
        "get-new-lost-refdomains|order_by|inlink_rank",
        "get-new-lost-refdomains|limit|0",
        "get-new-lost-refdomains|new_lost_type|both"
      })
  void invalidParameter(String command, String parameter, String value) {
    List<String> params = new ArrayList<>(List.of("target", "example.com"));
    if (parameter.equals("target")) {
      params.clear();
    }
    params.add(parameter);
    params.add(value);
    assertError(
        api.get(command, params.toArray(String[]::new)),
        400,
        "Parameter " + parameter + " is invalid.");
  }

  @Test
  void dateFromAfterDateToIsInvalid() {
    assertError(
        api.get(
            "get-new-lost-backlinks",
            "target",
            "example.com",
            "date_from",
            "2026-11-28",
            "date_to",
            "2026-11-01"),
        400,
        "Parameter date_from is invalid.");
  }

  @Test
  void singleTargetCommandsRejectArraysAndRepeatedTargets() {
    assertError(
        api.post("get-backlinks", "{\"target\": [\"a.com\", \"b.com\"]}"),
        400,
        "Parameter target is invalid.");
    assertError(
        api.get("get-refdomains", "target", "a.com", "target", "b.com"),
        400,
        "Parameter target is invalid.");
  }

  @Test
  void batchOfMoreThan100TargetsIsInvalid() {
    StringBuilder json = new StringBuilder("{\"target\": [");
    List<String> params = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      json.append(i == 0 ? "" : ",").append("\"site").append(i).append(".com\"");
      params.add("target");
      params.add("site" + i + ".com");
    }
    assertError(api.post("get-metrics", json + "]}"), 400, "Parameter target is invalid.");
    assertError(
        api.get("get-inlink-rank", params.toArray(String[]::new)),
        400,
        "Parameter target is invalid.");
    assertThat(api.get("get-metrics", params.subList(0, 200).toArray(String[]::new)).status())
        .isEqualTo(200);
  }

  @Test
  void postBodyMustBeJsonObjectAndOnlyTheBodyCounts() {
    assertError(api.post("get-metrics", "target=example.com"), 400, "Parameters are invalid.");
    assertError(api.post("get-metrics", "[\"example.com\"]"), 400, "Parameters are invalid.");
    assertError(
        api.post("get-backlinks", "{\"target\": \"example.com\", \"limit\": \"lots\"}"),
        400,
        "Parameter limit is invalid.");
    // A POST's target in the query string is not read: the body is where it belongs.
    assertError(
        api.post("get-backlinks", "{}", "target", "example.com"),
        400,
        "Parameter target is missing.");
  }

  @Test
  void nextOnAFirstRequestIsAnError() {
    assertError(
        api.get("get-raw-backlinks", "target", "example.com", "next", ""),
        400,
        "Parameter next is invalid.");
  }

  @Test
  void apiKeyOnlyFromTheQueryString() {
    TestApi keyless = new TestApi(sandbox.endpoint(), "");
    assertError(
        keyless.send(
            HttpRequest.newBuilder(keyless.uri("get-metrics", false, "target", "example.com"))
                .GET()
                .build()),
        400,
        "Parameter apikey is missing.");
    assertError(
        keyless.send(
            HttpRequest.newBuilder(keyless.uri("get-backlinks", false))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"target\": \"example.com\", \"apikey\": \"sandbox-demo-key\"}"))
                .build()),
        400,
        "Parameter apikey is missing.");
  }

  @Test
  void keyStates() {
    String unauthorized =
        "Authentication failed. Please make sure your API key is valid and active."
            + " To get an API key, please contact us at api@seopowersuite.com";
    assertError(
        api.withKey("no-such-key").get("get-metrics", "target", "example.com"), 401, unauthorized);
    assertError(
        api.withKey("inactive-key").get("get-metrics", "target", "example.com"), 401, unauthorized);
    assertError(
        api.withKey("expired-key").get("get-metrics", "target", "example.com"), 401, unauthorized);
    assertError(
        api.withKey("disabled-key").get("get-metrics", "target", "example.com"),
        403,
        "Authentication failed. Please ensure you have a valid, enabled API key."
            + " To get an API key, please contact us at api@seopowersuite.com.");
    String funds =
        "Insufficient funds, API key is temporarily disabled. Please make a payment to enable you"
            + " API key, or contact us at api@seopowersuite.com.";
    assertError(api.withKey("broke-key").get("get-metrics", "target", "example.com"), 402, funds);
    // 40 units pay for one get-metrics target (30) but not for a second one.
    assertThat(api.withKey("small-key").get("get-metrics", "target", "example.com").status())
        .isEqualTo(200);
    assertError(api.withKey("small-key").get("get-metrics", "target", "example.com"), 402, funds);
    assertThat(sandbox.keys().unitsLeft("small-key")).isEqualTo(10);
    // get-subscription-info answers for every known key, reporting its state.
    assertThat(
            ConformanceTest.ok(api.withKey("expired-key").get("get-subscription-info"))
                .get("subscription_info")
                .get("status")
                .asText())
        .isEqualTo("expired");
    assertThat(
            ConformanceTest.ok(api.withKey("broke-key").get("get-subscription-info"))
                .get("subscription_info")
                .get("status")
                .asText())
        .isEqualTo("disabled");
    assertError(api.withKey("no-such-key").get("get-subscription-info"), 401, unauthorized);
  }

  @ParameterizedTest
  @ValueSource(strings = {"get-metric", "", "get-metrics/", "GET-METRICS", "../export/c/x.csv.gz"})
  void unknownPathIs404(String command) {
    assertError(
        api.get(command, "target", "example.com"),
        404,
        "The requested resource could not be found.");
  }

  @Test
  void unknownRootPathAndUnknownExportAre404() {
    TestApi.Response root =
        api.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/")).GET().build());
    assertError(root, 404, "The requested resource could not be found.");
    TestApi.Response export =
        api.send(
            HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/export/c/example.com-1.csv.gz"))
                .GET()
                .build());
    assertError(export, 404, "The requested resource could not be found.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "get-raw-backlinks",
        "get-subscription-info",
        "download-all-backlinks",
        "download-all-backlinks-status"
      })
  void getOnlyCommandsAnswerPostWith405(String command) {
    TestApi.Response response = api.post(command, "{\"target\": \"example.com\"}");
    assertError(response, 405, "Method Not Allowed.");
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void otherMethodsAre405() {
    TestApi.Response delete =
        api.send(
            HttpRequest.newBuilder(api.uri("get-metrics", true, "target", "example.com"))
                .DELETE()
                .build());
    assertError(delete, 405, "Method Not Allowed.");
    assertThat(delete.headers().firstValue("Allow")).hasValue("GET, POST");
  }

  @Test
  void unsupportedOutputIs406() {
    assertError(
        api.get("get-metrics", "target", "example.com", "output", "csv"),
        406,
        "Unsupported output format. Supported output formats are \"json\" (default) and \"xml\".");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "google.com",
        "https://www.google.com/search",
        "twitter.com",
        "mobile.twitter.com"
      })
  void hugeSitesAre244(String target) {
    String message =
        "Results for huge websites like google.com or twitter.com are unavailable via API so far.";
    assertError(api.get("get-metrics", "target", target), 244, message);
    assertError(api.get("get-raw-backlinks", "target", target, "mode", "domain"), 244, message);
    assertError(api.get("download-all-backlinks", "target", target), 244, message);
  }

  @Test
  void rateLimitAnswers429WithRetryAfterOnTheSandboxClock() {
    Instant start = Instant.parse("2026-11-28T10:00:00Z");
    MutableClock clock = new MutableClock(start);
    try (Sandbox limited = Sandbox.builder().clock(clock).rateLimitPerSecond(2).build().start()) {
      TestApi limitedApi = new TestApi(limited);
      assertThat(limitedApi.get("get-subscription-info").status()).isEqualTo(200);
      assertThat(limitedApi.get("get-subscription-info").status()).isEqualTo(200);
      TestApi.Response limitedResponse = limitedApi.get("get-subscription-info");
      assertError(limitedResponse, 429, "Call rate limit reached.");
      assertThat(limitedResponse.headers().firstValue("Retry-After")).hasValue("1");
      // Another key has its own budget.
      limited.keys().add("other", KeyState.ACTIVE, 10);
      assertThat(limitedApi.withKey("other").get("get-subscription-info").status()).isEqualTo(200);
      clock.set(start.plusSeconds(1));
      assertThat(limitedApi.get("get-subscription-info").status()).isEqualTo(200);
    }
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
