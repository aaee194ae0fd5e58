package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.KEY;
import static io.spsbacklinks.core.TestSupport.json;
import static io.spsbacklinks.core.TestSupport.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The API key never shows: not in messages, causes, toString, or log lines. */
class RedactionTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private static String everything(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text)); // messages of causes and suppressed ones too
    return text.toString();
  }

  private BacklinksClient client(OkHttpClient http) {
    BacklinksClient.Builder builder =
        TestSupport.clientFor(server, new TestSupport.FakeTime())
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build());
    return (http == null ? builder : builder.okHttpClient(http)).build();
  }

  @Test
  void redactsTheDocumentsSampleUrlsInBothSpellings() {
    List<String> urls =
        TestSupport.sample("sample-requests.txt")
            .lines()
            .filter(line -> line.toLowerCase().contains("apikey="))
            .toList();

    assertThat(urls)
        .anyMatch(u -> u.contains("apiKey=XXX"))
        .anyMatch(u -> u.contains("apikey=XXX"));
    for (String url : urls) {
      String redacted = Redaction.redact(url);
      assertThat(redacted).doesNotContain("XXX").containsIgnoringCase("apikey=***");
      assertThat(redacted.replaceAll("(?i)(apikey=)\\*\\*\\*", "$1XXX")).isEqualTo(url);
    }
  }

  @Test
  void redactsJsonAndEncodedForms() {
    assertThat(Redaction.redact("{\"apikey\": \"abc\", \"x\": 1}"))
        .isEqualTo("{\"apikey\": \"***\", \"x\": 1}");
    // Inside an encoded URL the value's end is ambiguous: redact to the end rather than leak.
    assertThat(Redaction.redact("next?url=a%3Fapikey%3Dabc%26b"))
        .isEqualTo("next?url=a%3Fapikey%3D***");
    assertThat(Redaction.redact("plain text")).isEqualTo("plain text");
    assertThat(Redaction.redact("token K-1 here", "K-1")).isEqualTo("token *** here");
    assertThat(Redaction.redact(null)).isNull();
  }

  @Test
  void aShortKeyIsMaskedOnlyAsTheApikeyValueOrAWholeToken() {
    String message = "get-metrics: HTTP 500 for 42 targets at https://h/x?apikey=42&output=json";

    assertThat(Redaction.redact(message, "42"))
        .isEqualTo("get-metrics: HTTP 500 for *** targets at https://h/x?apikey=***&output=json");
    assertThat(Redaction.redact("rank 1420, 421 rows", "42")).isEqualTo("rank 1420, 421 rows");
    assertThat(Redaction.redact("key a%2Fb leaked", "a/b")).isEqualTo("key *** leaked");
  }

  @Test
  void toStringHidesTheKey() {
    String text = client(null).toString();

    assertThat(text).doesNotContain(KEY).contains("apikey=***");
  }

  @Test
  void apiMessagesEchoingTheKeyAreRedacted() {
    server.enqueue(
        json(
            401,
            "{\"error\": {\"code\": 401, \"message\": \"Key "
                + KEY
                + " is not valid (apikey="
                + KEY
                + ")\"}}"));
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body(
                "<html><title>GET /backlinks/v1.0/get-metrics?apikey="
                    + KEY
                    + " not found</title>"
                    + "</html>")
            .build());

    Throwable unauthorized = catchThrowable(() -> client(null).getSubscriptionInfo());
    Throwable notFound = catchThrowable(() -> client(null).getSubscriptionInfo());

    assertThat(unauthorized).isInstanceOf(UnauthorizedException.class);
    assertThat(everything(unauthorized)).doesNotContain(KEY).contains("***");
    assertThat(((BacklinksApiException) unauthorized).apiMessage()).doesNotContain(KEY);
    assertThat(everything(notFound)).doesNotContain(KEY).contains("apikey=***");
  }

  @Test
  void ioFailuresShowingTheUrlAreRedacted() {
    OkHttpClient leaky =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw new IOException(
                      "cannot reach " + chain.request().url(),
                      new IOException("inner " + chain.request().url()));
                })
            .build();

    Throwable e = catchThrowable(() -> client(leaky).getSubscriptionInfo());

    assertThat(e).isInstanceOf(BacklinksIoException.class);
    assertThat(((BacklinksException) e).attempts()).isEqualTo(2);
    assertThat(everything(e)).doesNotContain(KEY).contains("apikey=***");
  }

  @Test
  void malformedBodiesEchoingTheKeyAreRedacted() {
    server.enqueue(ok(KEY));
    server.enqueue(ok("{\"backlinks\": [" + KEY + "]}"));

    Throwable first = catchThrowable(() -> client(null).getSubscriptionInfo());
    Throwable second =
        catchThrowable(() -> client(null).getBacklinks(BacklinksQuery.builder("x").build()).next());

    assertThat(first).isInstanceOf(MalformedResponseException.class);
    assertThat(second).isInstanceOf(MalformedResponseException.class);
    assertThat(everything(first) + everything(second)).doesNotContain(KEY);
  }

  @Test
  void loggingInterceptorRedactsEveryLine() {
    List<String> lines = new ArrayList<>();
    server.enqueue(ok(TestSupport.sample("get-subscription-info.json")));
    OkHttpClient logged =
        new OkHttpClient.Builder()
            .addInterceptor(new RedactingLoggingInterceptor(lines::add))
            .build();

    client(logged).getSubscriptionInfo();
    server.close();
    catchThrowable(() -> client(logged).getSubscriptionInfo());

    assertThat(lines)
        .isNotEmpty()
        .noneMatch(line -> line.contains(KEY))
        .anyMatch(line -> line.startsWith("--> GET ") && line.contains("apikey=***"))
        .anyMatch(line -> line.startsWith("<-- 200 "))
        .anyMatch(line -> line.startsWith("<-- FAILED "));
  }

  @Test
  void invalidParameterNeverEchoesTheKey() {
    Throwable e = catchThrowable(() -> BacklinksClient.builder().apiKey("  ").build());

    assertThat(e).isInstanceOf(InvalidParameterException.class).hasMessageContaining("apikey");
    assertThat(((InvalidParameterException) e).value()).isNull();
  }
}
