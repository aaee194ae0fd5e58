package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What outlives one sandbox process, and what its log and its start failures say. */
class RestartTest {
  private static final String TARGET = "example.com";

  @Test
  void aCursorStaysValidAcrossARestartOfTheSameSandbox() {
    String cursor;
    JsonNode secondPage;
    try (Sandbox first = Sandbox.builder().build().start()) {
      TestApi api = new TestApi(first);
      cursor =
          api.get("get-raw-backlinks", "target", TARGET, "limit", "5").json().get("next").asText();
      secondPage =
          api.get("get-raw-backlinks", "target", TARGET, "limit", "5", "next", cursor).json();
    }
    try (Sandbox restarted = Sandbox.builder().build().start()) {
      TestApi.Response again =
          new TestApi(restarted)
              .get("get-raw-backlinks", "target", TARGET, "limit", "5", "next", cursor);

      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().get("backlinks")).isEqualTo(secondPage.get("backlinks"));
    }
  }

  @Test
  void theRequestLogHidesTheKeyHoweverItsNameIsEncoded() {
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      TestApi api = new TestApi(sandbox.endpoint(), "unused");
      for (String name : List.of("apikey", "api%6Bey", "%61%70%69%6B%65%79", "APIKEY")) {
        api.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        sandbox.endpoint()
                            + "get-subscription-info?"
                            + name
                            + "="
                            + Sandbox.DEMO_API_KEY))
                .GET()
                .build());
      }

      assertThat(sandbox.requestLog())
          .hasSize(4)
          .allSatisfy(
              line -> assertThat(line).doesNotContain(Sandbox.DEMO_API_KEY).contains("=***"));
    }
  }

  @Test
  void aPortInUseSuggestsPortZero() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Sandbox sandbox = Sandbox.builder().port(taken.getLocalPort()).build();

      assertThatThrownBy(sandbox::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("--port 0");
    }
  }
}
