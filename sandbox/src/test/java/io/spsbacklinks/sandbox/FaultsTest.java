package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: error rates, Retry-After, slow answers, dropped connections, reproducible
 * sequences.
 */
class FaultsTest {
  @Test
  void certainFaultsAnswerTheDocumentedErrors() {
    try (Sandbox sandbox =
        Sandbox.builder().faults(Faults.builder().error500(1.0).build()).build().start()) {
      TestApi api = new TestApi(sandbox);
      ErrorsTest.assertError(
          api.get("get-metrics", "target", "example.com"),
          500,
          "Unexpected error. Please try again later.");
      sandbox.faults(Faults.builder().error503(1.0).build());
      ErrorsTest.assertError(
          api.get("get-metrics", "target", "example.com"),
          503,
          "System is busy. Please try again later.");
      sandbox.faults(Faults.builder().error429(1.0, 7).build());
      TestApi.Response limited = api.get("get-metrics", "target", "example.com");
      ErrorsTest.assertError(limited, 429, "Call rate limit reached.");
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
      // Faults cost nothing.
      assertThat(sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY)).isEqualTo(Sandbox.DEMO_UNITS);
      sandbox.faults(Faults.none());
      assertThat(api.get("get-metrics", "target", "example.com").status()).isEqualTo(200);
    }
  }

  @Test
  void ratesAreReproducibleForASeed() {
    Faults faults = Faults.builder().error500(0.3).error503(0.3).seed(42).build();
    List<Integer> first = statuses(faults);
    assertThat(first).contains(200, 500, 503);
    assertThat(statuses(faults)).isEqualTo(first);
    assertThat(statuses(faults.toBuilder().seed(43).build())).isNotEqualTo(first);
  }

  private static List<Integer> statuses(Faults faults) {
    try (Sandbox sandbox = Sandbox.builder().faults(faults).build().start()) {
      TestApi api = new TestApi(sandbox);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(api.get("get-subscription-info").status());
      }
      return statuses;
    }
  }

  @Test
  void droppedConnectionCutsTheBody() {
    try (Sandbox sandbox =
        Sandbox.builder().faults(Faults.builder().dropConnection(1.0).build()).build().start()) {
      TestApi api = new TestApi(sandbox);
      assertThatThrownBy(
              () ->
                  api.http.send(
                      HttpRequest.newBuilder(
                              api.uri(
                                  "get-raw-backlinks",
                                  true,
                                  "target",
                                  "example.org",
                                  "mode",
                                  "domain"))
                          .GET()
                          .build(),
                      HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
      assertThat(sandbox.requestLog()).last().asString().contains("-> dropped");
    }
  }

  @Test
  void slowResponsesTripClientTimeouts() {
    Faults slow = Faults.builder().slow(1.0, Duration.ofSeconds(3)).build();
    try (Sandbox sandbox = Sandbox.builder().faults(slow).build().start()) {
      TestApi api = new TestApi(sandbox);
      HttpRequest request =
          HttpRequest.newBuilder(api.uri("get-subscription-info", true))
              .timeout(Duration.ofMillis(200))
              .GET()
              .build();
      assertThatThrownBy(() -> api.http.send(request, HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(HttpTimeoutException.class);
    }
  }

  @Test
  void invalidRatesAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Faults.builder().error500(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error500Rate");
    assertThatThrownBy(() -> Faults.builder().error500(0.6).error503(0.6).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not exceed 1.0");
  }

  @Test
  void requestLogRedactsTheKey() {
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      TestApi api = new TestApi(sandbox);
      api.get("get-metrics", "target", "example.com");
      api.send(
          HttpRequest.newBuilder(
                  URI.create(
                      sandbox.endpoint() + "get-subscription-info?apiKey=" + Sandbox.DEMO_API_KEY))
              .GET()
              .build());
      assertThat(sandbox.requestCount()).isEqualTo(2);
      assertThat(sandbox.requestLog())
          .hasSize(2)
          .noneMatch(line -> line.contains(Sandbox.DEMO_API_KEY));
      assertThat(sandbox.requestLog().get(0))
          .contains("GET /backlinks/v1.0/get-metrics?apikey=***&target=example.com -> 200");
      assertThat(sandbox.requestLog().get(1)).contains("apiKey=***");
    }
  }
}
