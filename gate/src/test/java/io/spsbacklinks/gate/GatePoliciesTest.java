package io.spsbacklinks.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.LinkType;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatePoliciesTest {
  private static GatePolicy read(String json) throws IOException {
    return GatePolicies.read(new StringReader(json));
  }

  private static String write(GatePolicy policy) throws IOException {
    StringWriter out = new StringWriter();
    GatePolicies.write(policy, out);
    return out.toString();
  }

  @Test
  void aThresholdForAnUnknownOrUnthresholdedRuleListsOnlyTheRulesThatTakeOne() {
    for (String id : List.of("lost-links", "watchlist", "UNIT_BUDGET")) {
      assertThatThrownBy(() -> GateRule.thresholdedById("rule", id))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("rule")
          .hasMessageContaining("lost-backlinks")
          .hasMessageNotContaining("watchlist,")
          .hasMessageNotContaining("api-errors")
          .hasMessageNotContaining("unit-budget");
    }
    assertThat(GateRule.thresholdedById("rule", "LOST_BACKLINKS").id()).isEqualTo("lost-backlinks");
  }

  @Test
  void anEmptyObjectIsTheDefaults() throws IOException {
    assertThat(read("{}")).isEqualTo(GatePolicy.defaults());
  }

  @Test
  void theReadmeExampleReadsAndRoundTrips() throws IOException {
    GatePolicy policy = read(GateFixtures.resource("/gate/policy-example.json"));

    assertThat(policy.brokenTargets().source()).isEqualTo(BacklinkSource.TOP_BACKLINKS);
    assertThat(policy.brokenTargets().topN()).isEqualTo(200);
    assertThat(policy.brokenTargets().requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.threshold(GateRule.BROKEN_TARGETS)).isEqualTo(Threshold.of(1.0, 3.0));
    assertThat(policy.brokenTargets().allowedHosts()).containsExactly("cdn.shop.example");
    assertThat(policy.lost().lookbackDays()).isEqualTo(14);
    assertThat(policy.lost().minDomainInlinkRank()).isEqualTo(20);
    assertThat(policy.lost().linkType()).isNull();
    assertThat(policy.lost().ignoredReasons())
        .containsExactly("crawl_error", "page_dropped", "other");
    assertThat(policy.threshold(GateRule.LOST_REFDOMAINS)).isEqualTo(Threshold.of(null, 10.0));
    assertThat(policy.threshold(GateRule.METRICS_DOFOLLOW_DROP)).isEqualTo(Threshold.off());
    assertThat(policy.watchlist())
        .containsExactly("partner.example", "https://news.example/best-shops");
    assertThat(policy.watchlistCriticality()).isEqualTo(Criticality.FAIL);
    assertThat(policy.apiErrors()).isEqualTo(ApiErrorAction.WARN);
    assertThat(policy.unitBudget()).isEqualTo(10_000);
    assertThat(policy.firstRun()).isEqualTo(FirstRunAction.ENFORCE);

    assertThat(read(write(policy))).isEqualTo(policy);
  }

  @Test
  void writesEveryFieldWithStableNames() throws IOException {
    GatePolicy policy =
        GatePolicy.defaults().toBuilder()
            .lost(LostPolicy.builder().linkType(LinkType.HREF).minDomainInlinkRank(7).build())
            .brokenTargets(
                BrokenTargetsPolicy.builder().requestTimeout(Duration.ofMillis(1500)).build())
            .build();
    String json = write(policy);

    assertThat(json)
        .contains(
            "\"linkType\" : \"href\"",
            "\"minDomainInlinkRank\" : 7",
            "\"requestTimeout\" : \"1500ms\"",
            "\"source\" : \"top_backlinks\"",
            "\"apiErrors\" : \"warn\"",
            "\"rule\" : \"broken-targets\"",
            "\"warnAt\" : 1,",
            "\"firstRun\" : \"enforce\"",
            "\"notMeasured\" : \"fail\"");
    assertThat(json).doesNotContain("brokenUrls", "weightedRefdomains", "dofollowBacklinksDrop");
    assertThat(read(json)).isEqualTo(policy);
  }

  @Test
  void firstRunReadsAndWritesEnforceOrRecord() throws IOException {
    GatePolicy record = read("{\"firstRun\": \"record\"}");

    assertThat(record)
        .isEqualTo(GatePolicy.defaults().toBuilder().firstRun(FirstRunAction.RECORD).build());
    assertThat(write(record)).contains("\"firstRun\" : \"record\"");
    assertThat(read(write(record))).isEqualTo(record);
    assertThat(GatePolicies.fromMap(Map.of("firstRun", "ENFORCE")).firstRun())
        .isEqualTo(FirstRunAction.ENFORCE);
  }

  @Test
  void partialObjectsKeepTheOtherDefaults() throws IOException {
    GatePolicy policy =
        read(
            "{\"lost\": {\"lookbackDays\": 3}, \"thresholds\": [{\"rule\": \"lost-backlinks\"},"
                + " {\"rule\": \"broken-targets-weight\", \"failAt\": 2.5}], \"brokenTargets\": {\"requestTimeout\": \"PT2S\"}}");

    assertThat(policy.lost().lookbackDays()).isEqualTo(3);
    assertThat(policy.threshold(GateRule.LOST_BACKLINKS).isOff()).isTrue();
    assertThat(policy.threshold(GateRule.LOST_REFDOMAINS))
        .isEqualTo(GateRule.LOST_REFDOMAINS.defaultThreshold());
    assertThat(policy.threshold(GateRule.BROKEN_TARGETS_WEIGHT)).isEqualTo(Threshold.of(null, 2.5));
    assertThat(policy.brokenTargets().requestTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.metrics()).isEqualTo(MetricsPolicy.defaults());
  }

  @Test
  void readsNestedMapsAsAYamlFrontEndWouldPassThem() {
    GatePolicy policy =
        GatePolicies.fromMap(
            Map.of(
                "apiErrors", "ignore",
                "metrics", Map.of("enabled", false),
                "watchlist", List.of("partner.example")));

    assertThat(policy.apiErrors()).isEqualTo(ApiErrorAction.IGNORE);
    assertThat(policy.metrics().enabled()).isFalse();
    assertThat(policy.watchlist()).containsExactly("partner.example");
  }

  @Test
  void errorsNameTheFieldPathAndTheAllowedValues() {
    assertError(
        "{\"lost\": {\"lookbackDay\": 3}}", "lost.lookbackDay", "one of enabled, lookbackDays");
    assertError("{\"lost\": {\"lookbackDays\": 0}}", "lost.lookbackDays", "1..365");
    assertError(
        "{\"lost\": {\"ignoredReasons\": [\"timeout\"]}}",
        "lost.ignoredReasons",
        "page_not_found, crawl_error");
    assertError(
        "{\"thresholds\": [{\"rule\": \"lost-backlinks\", \"warnAt\": 10, \"failAt\": 5}]}",
        "thresholds[0].failAt",
        "a value >= warnAt (10)");
    assertError(
        "{\"thresholds\": [{\"rule\": \"lost-links\"}]}",
        "thresholds[0].rule",
        "broken-targets, broken-targets-weight, lost-backlinks");
    assertError(
        "{\"thresholds\": [{\"rule\": \"watchlist\", \"failAt\": 1}]}",
        "thresholds[0].rule",
        "lost-backlinks");
    assertError(
        "{\"thresholds\": [{\"rule\": \"lost-backlinks\"}, {\"rule\": \"lost-backlinks\"}]}",
        "thresholds[1].rule",
        "each rule once");
    assertError(
        "{\"lost\": {\"lostBacklinks\": \"off\"}, \"thresholds\": [{\"rule\": \"lost-backlinks\"}]}",
        "thresholds[0].rule",
        "remove the deprecated lost.lostBacklinks");
    assertError(
        "{\"brokenTargets\": {\"allowedHosts\": [\"http://x.example/\"]}}",
        "brokenTargets.allowedHosts",
        "host names");
    assertError("{\"notMeasured\": \"pass\"}", "notMeasured", "fail, warn, ignore");
    assertError(
        "{\"lost\": {\"linkType\": \"canonical\"}}",
        "lost.linkType",
        "href, redirect, or null for both");
    assertError(
        "{\"brokenTargets\": {\"source\": \"everything\"}}",
        "brokenTargets.source",
        "top_backlinks, all_raw");
    assertError(
        "{\"brokenTargets\": {\"requestTimeout\": \"soon\"}}",
        "brokenTargets.requestTimeout",
        "a duration such as 500ms");
    assertError(
        "{\"brokenTargets\": {\"requestTimeout\": \"1h\"}}",
        "brokenTargets.requestTimeout",
        "100ms..5m");
    assertError(
        "{\"brokenTargets\": {\"concurrency\": \"8\"}}",
        "brokenTargets.concurrency",
        "a whole number");
    assertError("{\"watchlist\": [\"not a domain\"]}", "watchlist", "a referring domain");
    assertError("{\"unitBudget\": 0}", "unitBudget", ">= 1");
    assertError("{\"apiErrors\": \"explode\"}", "apiErrors", "fail, warn, ignore");
    assertError("{\"firstRun\": \"pass\"}", "firstRun", "enforce, record");
    assertError("[1]", "policy", "an object");
    assertError("{", "policy", "a JSON object");
  }

  @Test
  void theDeprecatedThresholdFieldsStillReadWithOneWarningEach() throws IOException {
    List<String> warnings = new java.util.ArrayList<>();
    GatePolicy old =
        GatePolicies.read(
            new StringReader(GateFixtures.resource("/gate/policy-deprecated-fields.json")),
            warnings::add);
    GatePolicy current = read(GateFixtures.resource("/gate/policy-example.json"));

    assertThat(old.thresholds()).isEqualTo(current.thresholds());
    assertThat(warnings)
        .hasSize(7)
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains(
                        "metrics.dofollowBacklinksDrop",
                        "deprecated",
                        "\"rule\": \"metrics-dofollow-drop\""));
    List<String> none = new java.util.ArrayList<>();
    GatePolicies.read(
        new StringReader(GateFixtures.resource("/gate/policy-example.json")), none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void everyThresholdedRuleHasADeprecatedAliasAndADefault() {
    for (GateRule rule : GateRule.thresholded()) {
      assertThat(rule.defaultThreshold()).as(rule.id()).isNotNull();
      assertThat(GatePolicy.defaults().threshold(rule)).isEqualTo(rule.defaultThreshold());
      assertThat(GateRule.byId("rule", rule.id())).isEqualTo(rule);
      assertThat(GateRule.byId("rule", rule.name())).isEqualTo(rule);
    }
  }

  @Test
  void aBadThresholdEchoesItsValueAsWrittenAndOffersOff() {
    assertThatThrownBy(
            () -> read("{\"lost\": {\"lostBacklinks\": {\"warnAt\": 5, \"failAt\": 1}}}"))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.value()).isEqualTo("1"));
    assertThatThrownBy(() -> read("{\"metrics\": {\"backlinksDrop\": {\"failAt\": -2.5}}}"))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.value()).isEqualTo("-2.5"));
    assertError(
        "{\"lost\": {\"lostBacklinks\": 5}}",
        "lost.lostBacklinks",
        "an object {warnAt, failAt} or \"off\"");
    assertError("{\"lost\": {\"lostBacklinks\": \"of\"}}", "lost.lostBacklinks", "or \"off\"");
  }

  @Test
  void errorsOfAPolicyReadFromMapsSayNothingOfJson() {
    // A YAML front end hands over maps: "JSON" in its errors would point at the wrong syntax.
    assertThatThrownBy(() -> GatePolicies.fromMap(Map.of("lost", List.of(1))))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("lost");
              assertThat(e.allowed()).isEqualTo("an object").doesNotContain("JSON");
            });
    assertThatThrownBy(() -> GatePolicies.fromMap(Map.of("metrics", Map.of("refdomainsDrop", 7))))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.getMessage()).doesNotContain("JSON"));
  }

  private static void assertError(String json, String parameter, String allowed) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo(parameter);
              assertThat(e.allowed()).contains(allowed);
            });
  }
}
