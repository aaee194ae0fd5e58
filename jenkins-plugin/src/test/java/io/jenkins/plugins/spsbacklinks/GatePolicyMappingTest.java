package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.gate.ApiErrorAction;
import io.spsbacklinks.gate.Criticality;
import io.spsbacklinks.gate.FirstRunAction;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.Threshold;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Step parameters to the core's gate policy and request. */
class GatePolicyMappingTest {
  private static GateDefaults global(ThresholdSetting... thresholds) {
    return new GateDefaults("", "", Duration.ofSeconds(10), Duration.ofSeconds(60), List.of(thresholds));
  }

  @Test
  void targetAndCredentialsAloneRunTheCoreDefaultsRecordingTheFirstBuild() {
    GateSettings settings = new GateSettings("example.com");
    settings.setCredentialsId("sps");

    assertThat(GatePolicyMapping.policy(settings, GateDefaults.none()))
        .isEqualTo(GatePolicy.defaults().toBuilder().firstRun(FirstRunAction.RECORD).build());
    GateRequest request = GatePolicyMapping.request(settings, null, GatePolicy.defaults());
    assertThat(request.target()).isEqualTo("example.com");
    assertThat(request.mode()).isEqualTo(Mode.HOST);
    assertThat(request.deployedBaseUrl()).isNull();
    assertThat(request.baseline()).isNull();
  }

  @Test
  void settingsStartFromTheCoreDefaults() {
    GateSettings s = new GateSettings(" example.com ");
    GatePolicy core = GatePolicy.defaults();

    assertThat(s.getTarget()).isEqualTo("example.com");
    assertThat(s.getMode()).isEqualTo("host");
    assertThat(s.getBaseline()).isEqualTo(BaselineChoice.PREVIOUS_BUILD);
    assertThat(s.isEnforceFirstBuild()).isFalse();
    assertThat(s.isDofollowOnly()).isEqualTo(core.lost().dofollowOnly());
    assertThat(s.getMinDomainInlinkRank()).isEqualTo(core.lost().minDomainInlinkRank());
    assertThat(s.getIgnoredReasons()).isEqualTo("crawl_error, page_dropped");
    assertThat(s.getUnitBudget()).isEqualTo(core.unitBudget());
    assertThat(s.getApiErrors().action()).isEqualTo(core.apiErrors());
    assertThat(s.getWatchlistResult().criticality()).isEqualTo(core.watchlistCriticality());
    assertThat(s.getThresholds()).isEmpty();
  }

  @Test
  void theFirstBuildOnlyRecordsUnlessEnforceFirstBuild() {
    GateSettings job = new GateSettings("example.com");
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).firstRun()).isEqualTo(FirstRunAction.RECORD);

    job.setEnforceFirstBuild(true);
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).firstRun()).isEqualTo(FirstRunAction.ENFORCE);
    assertThat(GatePolicy.defaults().firstRun()).as("the core's default, the CLI's").isEqualTo(FirstRunAction.ENFORCE);
  }

  @Test
  void redirectSuggestionsAreOnUnlessTheJobTurnsThemOff() {
    // A new job, and a job stored before the setting existed (field absent: null), suggest.
    GateSettings job = new GateSettings("example.com");
    assertThat(job.isSuggestRedirects()).isTrue();
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).redirects().enabled()).isTrue();

    job.setSuggestRedirects(false);
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).redirects().enabled()).isFalse();
  }

  static List<GateRule> thresholdedRules() {
    return GateRule.thresholded();
  }

  @ParameterizedTest
  @MethodSource("thresholdedRules")
  void eachRuleIdSetsItsOwnThresholdOnly(GateRule rule) {
    Threshold t = Threshold.of(2.0, 7.0);
    GatePolicy changed = new ThresholdSetting(rule.id(), 2.0, 7.0).applyTo(GatePolicy.defaults());

    assertThat(changed.threshold(rule)).isEqualTo(t);
    for (GateRule other : GateRule.thresholded()) {
      if (other != rule) {
        assertThat(changed.threshold(other)).as(other.id()).isEqualTo(GatePolicy.defaults().threshold(other));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("thresholdedRules")
  void theDeprecatedConstantNameIsStoredAsTheRuleId(GateRule rule) {
    assertThat(new ThresholdSetting(rule.name(), 1.0, 2.0)).isEqualTo(new ThresholdSetting(rule.id(), 1.0, 2.0));
    assertThat(new GateThreshold(rule.name()).getRule()).isEqualTo(rule.id());
  }

  @Test
  void anUnknownOrUnthresholdedRuleIsRefusedListingTheIds() {
    for (String bad : List.of("lost-links", "watchlist", "UNIT_BUDGET")) {
      assertThatThrownBy(() -> new GateThreshold(bad))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("rule").hasMessageContaining(bad)
          .hasMessageContaining("lost-backlinks").hasMessageContaining("metrics-dofollow-drop");
    }
    assertThatThrownBy(() -> new ThresholdSetting(" ", 1.0, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storedXmlWithTheOldConstantNameReadsAsTheRuleId() throws Exception {
    ThresholdSetting read = roundTrip(new ThresholdSetting("lost-backlinks", 1.0, 3.0), "LOST_BACKLINKS");

    assertThat(read.rule()).isEqualTo("lost-backlinks");
    assertThatThrownBy(() -> roundTrip(new ThresholdSetting("lost-backlinks", 1.0, 3.0), "lost-backlinkz"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("lost-backlinkz").hasMessageContaining("broken-targets-weight");
  }

  /**
   * Serializes {@code setting}, swaps its stored rule for {@code stored} (same length, so the
   * serialized string stays valid) and reads it back, as XStream does: through readResolve.
   */
  private static ThresholdSetting roundTrip(ThresholdSetting setting, String stored) throws Exception {
    assertThat(stored).hasSameSizeAs(setting.rule());
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(setting);
    }
    byte[] data = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
        .replace(setting.rule(), stored)
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(data))) {
      return (ThresholdSetting) in.readObject();
    }
  }

  @Test
  void jobThresholdsOverrideGlobalOnesRuleByRule() {
    GateSettings job = new GateSettings("example.com");
    job.setThresholds(List.of(new ThresholdSetting("lost-backlinks", 1.0, null)));
    GateDefaults global = global(
        new ThresholdSetting("lost-backlinks", 10.0, 50.0),
        new ThresholdSetting("metrics-refdomains-drop", null, 3.0));

    GatePolicy policy = GatePolicyMapping.policy(job, global);

    assertThat(policy.threshold(GateRule.LOST_BACKLINKS)).isEqualTo(Threshold.of(1.0, null));
    assertThat(policy.threshold(GateRule.METRICS_REFDOMAINS_DROP)).isEqualTo(Threshold.of(null, 3.0));
    assertThat(policy.threshold(GateRule.LOST_REFDOMAINS)).isEqualTo(GateRule.LOST_REFDOMAINS.defaultThreshold());
  }

  @Test
  void theFormListsEveryThresholdedRuleByItsId() {
    assertThat(FormCheck.ruleLabel(GateRule.METRICS_DOFOLLOW_DROP)).isEqualTo("metrics-dofollow-drop: Dofollow backlinks drop (%)");
    assertThat(FormCheck.rule("lost-backlinks")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.rule("LOST_BACKLINKS")).isEqualTo(FormCheck.ok());
    FormCheck unknown = FormCheck.rule("lost-links");
    assertThat(unknown.kind()).isEqualTo(FormCheck.Kind.ERROR);
    assertThat(unknown.message()).contains("lost-links").contains("broken-targets").contains("metrics-refdomains-drop");
    assertThat(FormCheck.rule("").kind()).isEqualTo(FormCheck.Kind.ERROR);
  }

  @Test
  void allowedProbeHostsReachTheBrokenTargetsPolicy() {
    GateSettings job = new GateSettings("example.com");
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).brokenTargets().allowedHosts()).isEmpty();

    job.setAllowedHosts("cdn.example.com,\n static.example.net ");

    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).brokenTargets().allowedHosts())
        .containsExactly("cdn.example.com", "static.example.net");
    assertThat(FormCheck.allowedHosts("cdn.example.com static.example.net")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.allowedHosts("https://cdn.example.com/x").kind()).isEqualTo(FormCheck.Kind.ERROR);
  }

  @Test
  void probeConcurrencyReachesTheBrokenTargetsPolicyAndIsCheckedByTheCore() {
    GateSettings job = new GateSettings("example.com");
    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).brokenTargets().concurrency())
        .isEqualTo(GatePolicy.defaults().brokenTargets().concurrency());

    job.setProbeConcurrency(2);

    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).brokenTargets().concurrency()).isEqualTo(2);
    assertThat(FormCheck.probeConcurrency("")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.probeConcurrency("16")).isEqualTo(FormCheck.ok());
    FormCheck tooMany = FormCheck.probeConcurrency("65");
    assertThat(tooMany.kind()).isEqualTo(FormCheck.Kind.ERROR);
    assertThat(tooMany.message()).contains("brokenTargets.concurrency").contains("1..64");
    assertThat(FormCheck.probeConcurrency("many").kind()).isEqualTo(FormCheck.Kind.ERROR);
  }

  @Test
  void bothLevelsBlankTurnARuleOff() {
    GateSettings job = new GateSettings("example.com");
    job.setThresholds(List.of(new ThresholdSetting("broken-targets", null, null)));

    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).threshold(GateRule.BROKEN_TARGETS).isOff()).isTrue();
  }

  @Test
  void filtersWatchlistErrorsAndBudgetReachThePolicy() {
    GateSettings job = new GateSettings("example.com");
    job.setDofollowOnly(true);
    job.setMinDomainInlinkRank(30);
    job.setIgnoredReasons("crawl_error,noindex\n other");
    job.setWatchlist("partner.example\nhttps://friend.example/links, news.example");
    job.setWatchlistResult(WatchlistResult.UNSTABLE);
    job.setApiErrors(ApiErrorResult.IGNORE);
    job.setUnitBudget(800);

    GatePolicy policy = GatePolicyMapping.policy(job, GateDefaults.none());

    assertThat(policy.lost().dofollowOnly()).isTrue();
    assertThat(policy.lost().minDomainInlinkRank()).isEqualTo(30);
    assertThat(policy.lost().ignoredReasons()).containsExactly("crawl_error", "noindex", "other");
    assertThat(policy.watchlist()).containsExactly("partner.example", "https://friend.example/links", "news.example");
    assertThat(policy.watchlistCriticality()).isEqualTo(Criticality.WARN);
    assertThat(policy.apiErrors()).isEqualTo(ApiErrorAction.IGNORE);
    assertThat(policy.unitBudget()).isEqualTo(800);
  }

  @Test
  void blankIgnoredReasonsCountEveryReason() {
    GateSettings job = new GateSettings("example.com");
    job.setIgnoredReasons("  ");

    assertThat(GatePolicyMapping.policy(job, GateDefaults.none()).lost().ignoredReasons()).isEmpty();
  }

  @Test
  void enumChoicesMapOntoTheCoreValues() {
    assertThat(ApiErrorResult.FAILURE.action()).isEqualTo(ApiErrorAction.FAIL);
    assertThat(ApiErrorResult.UNSTABLE.action()).isEqualTo(ApiErrorAction.WARN);
    for (ApiErrorAction a : ApiErrorAction.values()) {
      assertThat(ApiErrorResult.of(a).action()).isEqualTo(a);
    }
    assertThat(WatchlistResult.FAILURE.criticality()).isEqualTo(Criticality.FAIL);
    for (Criticality c : Criticality.values()) {
      assertThat(WatchlistResult.of(c).criticality()).isEqualTo(c);
    }
  }

  @Test
  void modeAndDeployedUrlReachTheRequest() {
    GateSettings job = new GateSettings("example.com");
    job.setMode(" DOMAIN ");
    job.setDeployedBaseUrl(" https://staging.example.com/ ");

    GateRequest request = GatePolicyMapping.request(job, null, GatePolicy.defaults());

    assertThat(request.mode()).isEqualTo(Mode.DOMAIN);
    assertThat(request.deployedBaseUrl()).isEqualTo("https://staging.example.com/");
  }

  @Test
  void badValuesAreRejectedNamingTheParameter() {
    GateSettings mode = new GateSettings("example.com");
    mode.setMode("site");
    GateSettings level = new GateSettings("example.com");
    level.setThresholds(List.of(new ThresholdSetting("lost-refdomains", 9.0, 2.0)));
    GateSettings rank = new GateSettings("example.com");
    rank.setMinDomainInlinkRank(101);
    GateSettings budget = new GateSettings("example.com");
    budget.setUnitBudget(0);

    assertThatThrownBy(() -> GatePolicyMapping.mode(mode)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("mode").hasMessageContaining("domain");
    assertThatThrownBy(() -> GatePolicyMapping.policy(level, GateDefaults.none()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("failAt");
    assertThatThrownBy(() -> GatePolicyMapping.policy(rank, GateDefaults.none()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("minDomainInlinkRank");
    assertThatThrownBy(() -> GatePolicyMapping.policy(budget, GateDefaults.none()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("unitBudget");
    assertThatThrownBy(() -> GatePolicyMapping.request(new GateSettings(""), null, GatePolicy.defaults()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("target");
  }

  @Test
  void globalCredentialAndEndpointApplyWhenTheJobHasNone() {
    GateDefaults global = new GateDefaults(" sps ", "https://proxy.example/backlinks/v1.0/", Duration.ofSeconds(5),
        Duration.ofSeconds(5), List.of());

    assertThat(global.credentialsIdFor("")).isEqualTo("sps");
    assertThat(global.credentialsIdFor("mine")).isEqualTo("mine");
    assertThat(global.endpointFor(null)).isEqualTo("https://proxy.example/backlinks/v1.0/");
    assertThat(global.endpointFor(" http://127.0.0.1:1/ ")).isEqualTo("http://127.0.0.1:1/");
    assertThat(GateDefaults.none().endpointFor("")).isEqualTo(BacklinksClient.DEFAULT_ENDPOINT);
    assertThat(GateDefaults.none().credentialsIdFor(" ")).isEmpty();
    assertThat(GateDefaults.seconds(" 15 ", 10)).isEqualTo(Duration.ofSeconds(15));
    assertThat(GateDefaults.seconds("", 10)).isEqualTo(Duration.ofSeconds(10));
    assertThat(GateDefaults.seconds("-3", 10)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void entriesSplitOnCommasAndWhiteSpace() {
    assertThat(GatePolicyMapping.entries(" a.example,b.example\n\tc.example ,, ")).containsExactly(
        "a.example", "b.example", "c.example");
    assertThat(GatePolicyMapping.entries(null)).isEmpty();
  }
}
