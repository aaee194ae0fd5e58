package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint tells the same story: metrics, lists, refdomains and new/lost events agree. */
class ConsistencyTest {
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

  private static JsonNode metrics(String target, String mode) {
    return ConformanceTest.ok(api.get("get-metrics", "target", target, "mode", mode))
        .get("metrics")
        .get(0);
  }

  private static List<JsonNode> backlinks(String target, String mode, String... extra) {
    List<String> params =
        new ArrayList<>(List.of("target", target, "mode", mode, "limit", "10000"));
    params.addAll(List.of(extra));
    List<JsonNode> rows = new ArrayList<>();
    ConformanceTest.ok(api.get("get-backlinks", params.toArray(String[]::new)))
        .get("backlinks")
        .forEach(rows::add);
    return rows;
  }

  private static String host(String url) {
    return URI.create(url).getHost();
  }

  @ParameterizedTest
  @CsvSource({
    "seopowersuite.com, domain",
    "seopowersuite.com, host",
    "www.seopowersuite.com, host",
    "https://www.seopowersuite.com/, url",
    "example.org, domain",
    "link-assistant.com, domain",
    "empty.example, domain"
  })
  void metricsEqualWhatTheListsContain(String target, String mode) {
    JsonNode metrics = metrics(target, mode);
    List<JsonNode> rows = backlinks(target, mode);
    long backlinks = metrics.get("backlinks").asLong();
    assertThat(rows).hasSize((int) backlinks);
    assertThat(sandbox.index().count(target, mode)).isEqualTo(backlinks);
    assertThat(rows.stream().filter(r -> r.get("nofollow").asBoolean()).count())
        .isEqualTo(metrics.get("nofollow_backlinks").asLong());
    assertThat(rows.stream().filter(r -> host(r.get("url_from").asText()).endsWith(".edu")).count())
        .isEqualTo(metrics.get("edu_backlinks").asLong());
    assertThat(rows.stream().filter(r -> host(r.get("url_from").asText()).endsWith(".gov")).count())
        .isEqualTo(metrics.get("gov_backlinks").asLong());
    Map<String, List<JsonNode>> byRefdomain =
        rows.stream().collect(Collectors.groupingBy(r -> host(r.get("url_from").asText())));
    assertThat(byRefdomain).hasSize(metrics.get("refdomains").asInt());
    assertThat(metrics.get("ips").asLong())
        .isBetween(backlinks == 0 ? 0L : 1L, metrics.get("refdomains").asLong());
    assertThat(metrics.get("subnets").asLong())
        .isBetween(backlinks == 0 ? 0L : 1L, metrics.get("ips").asLong());

    // get-refdomains aggregates exactly these backlinks.
    JsonNode refdomains =
        ConformanceTest.ok(
                api.get("get-refdomains", "target", target, "mode", mode, "limit", "10000"))
            .get("refdomains");
    assertThat(refdomains).hasSize(byRefdomain.size());
    for (JsonNode refdomain : refdomains) {
      List<JsonNode> links = byRefdomain.get(refdomain.get("refdomain").asText());
      assertThat(links).isNotNull();
      assertThat(refdomain.get("backlinks").asInt()).isEqualTo(links.size());
      assertThat(refdomain.get("dofollow_backlinks").asLong())
          .isEqualTo(links.stream().filter(l -> !l.get("nofollow").asBoolean()).count());
      assertThat(refdomain.get("first_seen").asText())
          .isEqualTo(
              links.stream()
                  .map(l -> l.get("first_seen").asText())
                  .min(String::compareTo)
                  .orElseThrow());
      assertThat(links)
          .allSatisfy(
              l ->
                  assertThat(l.get("domain_inlink_rank"))
                      .isEqualTo(refdomain.get("domain_inlink_rank")));
    }
    // The export and raw pages hold the same rows.
    assertThat(
            sandbox
                .index()
                .backlinks(target, mode)
                .map(SandboxBacklink::urlFrom)
                .collect(Collectors.toSet()))
        .isEqualTo(rows.stream().map(r -> r.get("url_from").asText()).collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seopowersuite.com", "example.org"})
  void domainIncludesSubdomainsHostDoesNotUrlIsOnePage(String domain) {
    List<JsonNode> all = backlinks(domain, "domain");
    Map<String, Long> perHost =
        all.stream()
            .collect(
                Collectors.groupingBy(r -> host(r.get("url_to").asText()), Collectors.counting()));
    assertThat(perHost.keySet()).contains(domain, "www." + domain);
    assertThat(perHost.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.size());
    perHost.forEach(
        (host, count) ->
            assertThat(metrics(host, "host").get("backlinks").asLong()).as(host).isEqualTo(count));
    Map<String, Long> perPage =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get("url_to").asText().replaceFirst("^https?://", ""),
                    Collectors.counting()));
    perPage.entrySet().stream()
        .limit(15)
        .forEach(
            page -> {
              // url mode ignores the scheme: http:// and https:// links to one page count together.
              assertThat(metrics("https://" + page.getKey(), "url").get("backlinks").asLong())
                  .as(page.getKey())
                  .isEqualTo(page.getValue());
            });
    assertThat(metrics("https://" + domain + "/no-such-page", "url").get("backlinks").asLong())
        .isZero();
    assertThat(metrics("nosuchhost." + domain, "host").get("backlinks").asLong()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
    "date_found, first_seen",
    "inlink_rank, inlink_rank",
    "domain_inlink_rank, domain_inlink_rank"
  })
  void getBacklinksOrderAndPerDomain(String orderBy, String field) {
    List<JsonNode> all = backlinks("seopowersuite.com", "domain", "order_by", orderBy);
    for (int i = 1; i < all.size(); i++) {
      JsonNode before = all.get(i - 1).get(field);
      JsonNode after = all.get(i).get(field);
      if (before.isInt()) {
        assertThat(before.asInt()).isGreaterThanOrEqualTo(after.asInt());
      } else {
        assertThat(before.asText()).isGreaterThanOrEqualTo(after.asText());
      }
    }
    List<JsonNode> top =
        backlinks("seopowersuite.com", "domain", "order_by", orderBy, "per_domain", "2");
    Map<String, Long> perRefdomain =
        top.stream()
            .collect(
                Collectors.groupingBy(
                    r -> host(r.get("url_from").asText()), Collectors.counting()));
    assertThat(perRefdomain.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    // Each referring domain keeps its best two links.
    Map<String, List<JsonNode>> grouped =
        all.stream().collect(Collectors.groupingBy(r -> host(r.get("url_from").asText())));
    assertThat(top).hasSize(grouped.values().stream().mapToInt(l -> Math.min(2, l.size())).sum());
    List<JsonNode> limited =
        backlinks("seopowersuite.com", "domain", "order_by", orderBy, "per_domain", "1");
    List<String> limitedFirst =
        ConformanceTest.ok(
                api.get(
                    "get-backlinks",
                    "target",
                    "seopowersuite.com",
                    "mode",
                    "domain",
                    "order_by",
                    orderBy,
                    "per_domain",
                    "1",
                    "limit",
                    "5"))
            .findValuesAsText("url_from");
    assertThat(limitedFirst)
        .containsExactlyElementsOf(
            limited.subList(0, 5).stream()
                .map(r -> r.get("url_from").asText())
                .collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seopowersuite.com", "example.org"})
  void newAndLostEventsExplainHowMetricsChangeFromDayToDay(String target) {
    try (Sandbox timed = Sandbox.builder().build().start()) {
      TestApi timedApi = new TestApi(timed);
      LocalDate indexDate = timed.today();
      Map<LocalDate, JsonNode> metricsByDay = new HashMap<>();
      for (int back = 0; back <= 20; back++) {
        LocalDate day = indexDate.minusDays(back);
        timed.setToday(day);
        metricsByDay.put(
            day,
            ConformanceTest.ok(timedApi.get("get-metrics", "target", target, "mode", "domain"))
                .get("metrics")
                .get(0));
      }
      timed.setToday(indexDate);
      int changes = 0;
      for (int back = 0; back < 20; back++) {
        LocalDate day = indexDate.minusDays(back);
        String date = day.toString();
        JsonNode events =
            ConformanceTest.ok(
                    timedApi.get(
                        "get-new-lost-backlinks",
                        "target",
                        target,
                        "mode",
                        "domain",
                        "date_from",
                        date,
                        "date_to",
                        date,
                        "limit",
                        "10000"))
                .get("new_lost_backlinks");
        long gained = 0;
        long lost = 0;
        for (JsonNode event : events) {
          assertThat(event.get("new_lost_date").asText()).isEqualTo(date);
          if (event.get("new_lost_type").asText().equals("new")) {
            assertThat(event.get("first_seen").asText()).isEqualTo(date);
            gained++;
          } else {
            assertThat(event.get("first_seen").asText()).isLessThan(date);
            lost++;
          }
        }
        long delta =
            metricsByDay.get(day).get("backlinks").asLong()
                - metricsByDay.get(day.minusDays(1)).get("backlinks").asLong();
        assertThat(gained - lost).as(date).isEqualTo(delta);

        JsonNode domainEvents =
            ConformanceTest.ok(
                    timedApi.get(
                        "get-new-lost-refdomains",
                        "target",
                        target,
                        "mode",
                        "domain",
                        "date_from",
                        date,
                        "date_to",
                        date,
                        "limit",
                        "10000"))
                .get("new_lost_refdomains");
        long newDomains = 0;
        long lostDomains = 0;
        for (JsonNode event : domainEvents) {
          if (event.get("new_lost_type").asText().equals("new")) {
            newDomains++;
          } else {
            lostDomains++;
          }
        }
        long domainDelta =
            metricsByDay.get(day).get("refdomains").asLong()
                - metricsByDay.get(day.minusDays(1)).get("refdomains").asLong();
        assertThat(newDomains - lostDomains).as(date).isEqualTo(domainDelta);
        changes += events.size() + domainEvents.size();
      }
      assertThat(changes).isPositive();
    }
  }
}
