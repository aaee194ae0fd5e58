package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files: keys, a staged history of lost links, explicit backlinks, and the deployed site.
 */
class ScenarioTest {
  static final String SCENARIO =
      "{\n"
          + "  \"today\": \"2026-11-28\",\n"
          + "  \"keys\": [ {\"key\": \"gate-key\", \"state\": \"active\", \"units\": 5000},\n"
          + "            {\"key\": \"off-key\", \"state\": \"disabled\"} ],\n"
          + "  \"targets\": {\n"
          + "    \"example.com\": {\n"
          + "      \"synthetic_backlinks\": 100,\n"
          + "      \"backlinks\": [ {\"url_from\": \"https://partner.org/review\", \"url_to\": \"/pricing\",\n"
          + "                       \"anchor\": \"pricing, \\\"fair\\\"\", \"first_seen\": \"2025-01-01\"} ],\n"
          + "      \"events\": [\n"
          + "        {\"date\": \"2026-11-20\", \"type\": \"lost\", \"count\": 40, \"url_to\": \"https://www.example.com/pricing\",\n"
          + "         \"refdomains\": [\"news.site-a.com\", \"blog.site-b.org\"], \"reason_lost\": \"page_not_found\"},\n"
          + "        {\"date\": \"2026-11-25\", \"type\": \"new\", \"count\": 3, \"url_to\": \"/docs\"} ]\n"
          + "    },\n"
          + "    \"huge-brand.com\": {\"huge\": true}\n"
          + "  },\n"
          + "  \"site\": { \"broken_paths\": {\"/pricing\": 404}, \"redirects\": {\"/old\": \"/new\"},\n"
          + "            \"redirect_loops\": [\"/loop\"], \"slow_paths\": {\"/slow\": \"10ms\"} }\n"
          + "}\n";

  @Test
  void stagedLossShowsInNewLostAndMetrics(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scenario.json");
    Files.writeString(file, SCENARIO);
    try (Sandbox sandbox = Sandbox.builder().scenario(file).build().start()) {
      TestApi gate = new TestApi(sandbox.endpoint(), "gate-key");
      assertThat(sandbox.today()).isEqualTo(LocalDate.of(2026, 11, 28));
      JsonNode lost =
          ConformanceTest.ok(
                  gate.get(
                      "get-new-lost-backlinks",
                      "target",
                      "example.com",
                      "mode",
                      "domain",
                      "new_lost_type",
                      "lost",
                      "date_from",
                      "2026-11-20",
                      "date_to",
                      "2026-11-20"))
              .get("new_lost_backlinks");
      assertThat(lost).hasSize(40);
      for (JsonNode link : lost) {
        assertThat(link.get("reason_lost").asText()).isEqualTo("page_not_found");
        assertThat(link.get("url_to").asText()).isEqualTo("https://www.example.com/pricing");
        assertThat(link.get("url_from").asText())
            .matches("https://(news\\.site-a\\.com|blog\\.site-b\\.org)/.*");
      }
      JsonNode lostDomains =
          ConformanceTest.ok(
                  gate.get(
                      "get-new-lost-refdomains",
                      "target",
                      "example.com",
                      "mode",
                      "domain",
                      "new_lost_type",
                      "lost",
                      "date_from",
                      "2026-11-20",
                      "date_to",
                      "2026-11-20"))
              .get("new_lost_refdomains");
      assertThat(lostDomains)
          .extracting(d -> d.get("refdomain").asText())
          .containsExactlyInAnyOrder("news.site-a.com", "blog.site-b.org");
      assertThat(lostDomains).allSatisfy(d -> assertThat(d.get("backlinks").asInt()).isEqualTo(20));

      String page = "https://www.example.com/pricing";
      long after = sandbox.index().count(page, "url");
      sandbox.setToday(LocalDate.of(2026, 11, 19));
      assertThat(sandbox.index().count(page, "url")).isEqualTo(after + 40);
      sandbox.setToday(LocalDate.of(2026, 11, 28));

      // 100 synthetic + 1 explicit + 3 new from the scenario are live today.
      assertThat(sandbox.index().count("example.com", "domain")).isEqualTo(104);
      assertThat(sandbox.index().backlinks("https://example.com/pricing", "url"))
          .anySatisfy(b -> assertThat(b.anchor()).isEqualTo("pricing, \"fair\""));
      assertThat(sandbox.index().count("https://example.com/docs", "url")).isEqualTo(3);

      assertThat(sandbox.keys().unitsLeft("gate-key")).isEqualTo(5000 - 40 - 2);
      ErrorsTest.assertError(
          new TestApi(sandbox.endpoint(), "off-key").get("get-metrics", "target", "a.com"),
          403,
          "Authentication failed. Please ensure you have a valid, enabled API key."
              + " To get an API key, please contact us at api@seopowersuite.com.");
      assertThat(gate.get("get-metrics", "target", "huge-brand.com").status()).isEqualTo(244);
    }
  }

  @Test
  void deployedSiteFromTheSameScenario() throws Exception {
    try (DeployedSite site = DeployedSite.builder().fromScenario(SCENARIO).build().start()) {
      HttpClient http = HttpClient.newHttpClient();
      assertThat(status(http, site.baseUrl() + "/pricing")).isEqualTo(404);
      assertThat(status(http, site.baseUrl() + "/old")).isEqualTo(301);
      assertThat(status(http, site.baseUrl() + "/loop")).isEqualTo(302);
      assertThat(status(http, site.baseUrl() + "/slow")).isEqualTo(200);
      assertThat(status(http, site.baseUrl() + "/anything")).isEqualTo(200);
    }
  }

  private static int status(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  void badScenariosFailNamingTheField() {
    assertThatThrownBy(
            () ->
                Sandbox.builder()
                    .scenario(
                        "{\"targets\": {\"example.com\": {\"events\": "
                            + "[{\"date\": \"2026-11-20\", \"type\": \"gone\"}]}}}")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type must be new or lost");
    assertThatThrownBy(() -> Sandbox.builder().scenario("{\"target\": {}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field \"target\"");
    assertThatThrownBy(
            () ->
                Sandbox.builder()
                    .scenario("{\"keys\": [{\"key\": \"k\", \"state\": \"sleepy\"}]}")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys[].state");
    assertThatThrownBy(() -> Sandbox.builder().scenario("not json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
  }
}
