package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.json;
import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Refdomain;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The document's error table, error bodies in every shape, and unusable 200 bodies. */
class ErrorHandlingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client =
        TestSupport.clientFor(server, new TestSupport.FakeTime())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  private static String errorJson(int code, String message) {
    return "{\"error\": {\"code\": " + code + ", \"message\": \"" + message + "\"}}";
  }

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of(400, "Parameter target is missing.", BadRequestException.class),
        Arguments.of(
            401,
            "Authentication failed. Please make sure your API key is valid and " + "active.",
            UnauthorizedException.class),
        Arguments.of(
            402,
            "Insufficient funds, API key is temporarily disabled.",
            InsufficientFundsException.class),
        Arguments.of(
            403,
            "Authentication failed. Please ensure you have a valid, enabled API " + "key.",
            ForbiddenException.class),
        Arguments.of(404, "The requested resource could not be found.", NotFoundException.class),
        Arguments.of(405, "Method Not Allowed.", MethodNotAllowedException.class),
        Arguments.of(
            406,
            "Unsupported output format. Supported output formats are json " + "(default) and xml.",
            NotAcceptableException.class),
        Arguments.of(429, "Call rate limit reached.", RateLimitException.class),
        Arguments.of(
            500, "Unexpected error. Please try again later.", InternalServerException.class),
        Arguments.of(
            503, "System is busy. Please try again later.", ServiceUnavailableException.class),
        Arguments.of(
            244,
            "Results for huge websites like google.com or twitter.com are "
                + "unavailable via API so far.",
            TargetTooLargeException.class),
        Arguments.of(502, "Bad gateway", ServerException.class),
        Arguments.of(504, "Gateway timeout", ServerException.class),
        Arguments.of(418, "I'm a teapot", UnexpectedStatusException.class),
        Arguments.of(302, "Moved", UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("documentedErrors")
  void statusMapsToItsException(
      int status, String message, Class<? extends BacklinksApiException> type) {
    server.enqueue(json(status, errorJson(status, message)));

    BacklinksApiException e =
        catchThrowableOfType(
            BacklinksApiException.class,
            () -> client.getBacklinks(BacklinksQuery.builder("google.com").build()));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.command()).isEqualTo("get-backlinks");
    assertThat(e.target()).isEqualTo("google.com");
    assertThat(e.apiMessage()).isEqualTo(message);
    assertThat(e.getMessage()).contains("get-backlinks", "google.com", "HTTP " + status, message);
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void status244IsNeverASuccess() {
    server.enqueue(json(244, "{\"backlinks\": []}"));

    assertThatThrownBy(() -> client.getMetrics(List.of("google.com"), null))
        .isInstanceOf(TargetTooLargeException.class)
        .satisfies(e -> assertThat(((TargetTooLargeException) e).isRetryable()).isFalse());
  }

  @Test
  void badRequestNamesTheParameter() {
    server.enqueue(json(400, errorJson(400, "Parameter limit is invalid.")));
    server.enqueue(json(400, errorJson(400, "Parameters are invalid.")));

    BadRequestException invalid =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.getBacklinks(BacklinksQuery.builder("a.com").build()));
    BadRequestException unnamed =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.getBacklinks(BacklinksQuery.builder("a.com").build()));

    assertThat(invalid.parameter()).isEqualTo("limit");
    assertThat(unnamed.parameter()).isNull();
    assertThat(BadRequestException.parameterOf("Parameter YYY is missing.")).isEqualTo("YYY");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "7")
            .body(errorJson(429, "Call rate limit reached."))
            .build());

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> client.getSubscriptionInfo());

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void messageIsReadFromAnXmlErrorBody() {
    server.enqueue(
        xml(
            401,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><error>"
                + "<code>401</code><message>Authentication failed.</message></error></response>"));

    assertThatThrownBy(() -> client.getSubscriptionInfo())
        .isInstanceOf(UnauthorizedException.class)
        .extracting(e -> ((BacklinksApiException) e).apiMessage())
        .isEqualTo("Authentication failed.");
  }

  @Test
  void messageIsReadFromPlainTextAndHtmlBodies() {
    server.enqueue(new MockResponse.Builder().code(503).body("System is busy.\n").build());
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(
                "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body>"
                    + "</html>")
            .build());
    server.enqueue(new MockResponse.Builder().code(500).build());

    assertThat(apiMessageOf()).isEqualTo("System is busy.");
    assertThat(apiMessageOf()).isEqualTo("502 Bad Gateway");
    assertThat(apiMessageOf()).isNull();
  }

  private String apiMessageOf() {
    return catchThrowableOfType(BacklinksApiException.class, () -> client.getSubscriptionInfo())
        .apiMessage();
  }

  @Test
  void errorDocumentInsideA200IsAnError() {
    server.enqueue(ok(errorJson(402, "Insufficient funds, API key is temporarily disabled.")));

    assertThatThrownBy(() -> client.getRefdomains(RefdomainsQuery.builder("a.com").build()))
        .isInstanceOf(InsufficientFundsException.class);
  }

  @Test
  void htmlPageWithStatus200IsMalformed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<!DOCTYPE html><html><body>Maintenance</body></html>")
            .build());

    assertThatThrownBy(() -> client.getMetrics(List.of("a.com"), null))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("get-metrics")
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void truncatedJsonBeforeTheListIsMalformed() {
    server.enqueue(ok("{\"took\": 1, \"back"));

    assertThatThrownBy(() -> client.getBacklinks(BacklinksQuery.builder("a.com").build()))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void truncatedJsonInsideTheListFailsWhileIterating() {
    server.enqueue(
        ok(
            "{\"refdomains\": [{\"refdomain\": \"a.com\", \"backlinks\": 1, "
                + "\"dofollow_backlinks\": 1}, {\"refdomain\": \"b.c"));

    try (RowStream<Refdomain> rows = client.getRefdomains(RefdomainsQuery.builder("x").build())) {
      assertThat(rows.next().refdomain()).isEqualTo("a.com");
      assertThatThrownBy(rows::hasNext)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("get-refdomains");
      assertThat(rows.hasNext()).isFalse();
    }
  }

  @Test
  void documentEndingAfterTheListWithoutClosingIsMalformed() {
    server.enqueue(ok("{\"backlinks\": []"));

    try (RowStream<Backlink> rows = client.getBacklinks(BacklinksQuery.builder("x").build())) {
      assertThatThrownBy(rows::hasNext).isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void missingListIsMalformed() {
    server.enqueue(ok("{\"results\": []}"));

    assertThatThrownBy(() -> client.getBacklinks(BacklinksQuery.builder("a.com").build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("no 'backlinks' member");
  }

  @Test
  void nullListIsEmpty() {
    server.enqueue(ok("{\"backlinks\": null}"));

    try (RowStream<Backlink> rows = client.getBacklinks(BacklinksQuery.builder("a.com").build())) {
      assertThat(rows.hasNext()).isFalse();
    }
  }

  @Test
  void wrongValueTypesAreMalformed() {
    server.enqueue(ok("{\"metrics\": [{\"target\": \"a.com\", \"backlinks\": \"many\"}]}"));
    server.enqueue(ok("{\"backlinks\": [{\"url_from\": \"u\", \"first_seen\": \"18.10.2019\"}]}"));
    server.enqueue(ok("{\"backlinks\": [{\"url_from\": \"u\", \"nofollow\": \"maybe\"}]}"));

    assertThatThrownBy(() -> client.getMetrics(List.of("a.com"), null))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'backlinks' is not a whole number");
    try (RowStream<Backlink> rows = client.getBacklinks(BacklinksQuery.builder("a").build())) {
      assertThatThrownBy(rows::next)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("first_seen");
    }
    try (RowStream<Backlink> rows = client.getBacklinks(BacklinksQuery.builder("a").build())) {
      assertThatThrownBy(rows::next)
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("nofollow");
    }
  }

  @Test
  void batchWithTooFewResultsIsMalformed() {
    server.enqueue(ok(TestSupport.sample("get-metrics-get.json")));

    assertThatThrownBy(() -> client.getMetrics(List.of("a.com", "b.com"), null))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("expected 2 result(s)");
  }
}
