package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TARGET;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The metrics check: a first run records, a later run compares with the stored baseline. */
class MetricsGateTest {
  private static final LocalDate WEEK_AGO = TODAY.minusDays(7);

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  @AfterEach
  void backToToday() {
    SANDBOX.sandbox().setToday(TODAY);
  }

  private static GateResult run(LocalDate day, Baseline baseline, MetricsPolicy metrics) {
    return run(day, baseline, metrics, Map.of());
  }

  private static GateResult run(
      LocalDate day,
      Baseline baseline,
      MetricsPolicy metrics,
      Map<GateRule, Threshold> thresholds) {
    Sandbox sandbox = SANDBOX.sandbox();
    sandbox.setToday(day);
    GatePolicy policy = only(false, false, true).metrics(metrics).thresholds(thresholds).build();
    return gate(sandbox, Sandbox.DEMO_API_KEY, day).run(request(null, baseline, policy));
  }

  @Test
  void withoutBaselineTheMetricsPassWithANoteAndBecomeTheBaseline() {
    GateResult first = run(WEEK_AGO, null, MetricsPolicy.defaults());

    assertThat(first.verdict()).isEqualTo(Verdict.PASS);
    RuleResult backlinks = first.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow();
    assertThat(backlinks.evaluated()).isTrue();
    assertThat(backlinks.value()).isNull();
    assertThat(backlinks.message())
        .isEqualTo(
            "No baseline metrics to compare with: backlinks is 16 now and becomes the baseline.");
    assertThat(first.metricDeltas().before()).isNull();
    assertThat(first.metricDeltas().backlinks().dropPercent()).isNull();

    Baseline baseline = first.newBaseline();
    assertThat(baseline.date()).isEqualTo(WEEK_AGO);
    assertThat(baseline.target()).isEqualTo(TARGET);
    assertThat(baseline.metrics().backlinks()).isEqualTo(16);
    assertThat(baseline.history()).containsExactly(new MetricPoint(WEEK_AGO, 16, 16, 15));
  }

  @Test
  void measuresThePercentageDropSinceTheBaseline() {
    Baseline baseline = run(WEEK_AGO, null, MetricsPolicy.defaults()).newBaseline();
    GateResult now = run(TODAY, baseline, MetricsPolicy.defaults());

    MetricDeltas deltas = now.metricDeltas();
    assertThat(deltas.backlinks())
        .extracting(MetricDelta::before, MetricDelta::after)
        .containsExactly(16L, 8L);
    assertThat(deltas.backlinks().dropPercent()).isCloseTo(50.0, within(1e-9));
    assertThat(deltas.refdomains().dropPercent()).isCloseTo(50.0, within(1e-9));
    assertThat(deltas.dofollowBacklinks().dropPercent()).isCloseTo(100.0 * 7 / 15, within(1e-9));
    assertThat(now.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().message())
        .isEqualTo("backlinks 16 -> 8 since 2026-11-21: 50.0% drop.");
    assertThat(now.verdict()).isEqualTo(Verdict.FAIL); // defaults fail at 25 / 15 / 25 %

    assertThat(now.newBaseline().history())
        .extracting(MetricPoint::date)
        .containsExactly(WEEK_AGO, TODAY);
    assertThat(now.newBaseline().metrics().backlinks()).isEqualTo(8);
  }

  @Test
  void eachDropHasItsOwnWarnAndFailLevels() {
    Baseline baseline = run(WEEK_AGO, null, MetricsPolicy.defaults()).newBaseline();
    Map<GateRule, Threshold> thresholds =
        Map.of(
            GateRule.METRICS_BACKLINKS_DROP, Threshold.of(50.0, 50.1), // exactly 50 % -> WARN
            GateRule.METRICS_REFDOMAINS_DROP, Threshold.of(10.0, 50.0), // exactly 50 % -> FAIL
            GateRule.METRICS_DOFOLLOW_DROP, Threshold.of(47.0, null)); // 46.7 % -> PASS
    GateResult now = run(TODAY, baseline, MetricsPolicy.defaults(), thresholds);

    assertThat(now.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().verdict())
        .isEqualTo(Verdict.WARN);
    assertThat(now.rule(GateRule.METRICS_REFDOMAINS_DROP).orElseThrow().verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(now.rule(GateRule.METRICS_DOFOLLOW_DROP).orElseThrow().verdict())
        .isEqualTo(Verdict.PASS);
    assertThat(now.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void growthNeverTrips() {
    Baseline smaller =
        new Baseline(
            TARGET, Mode.HOST, WEEK_AGO, new Metrics(TARGET, 4, 4, 4, 4, 0, 4, 0, 0), List.of());
    GateResult now =
        run(
            TODAY,
            smaller,
            MetricsPolicy.defaults(),
            Map.of(GateRule.METRICS_BACKLINKS_DROP, Threshold.of(0.0, 0.0)));

    assertThat(now.metricDeltas().backlinks().dropPercent()).isCloseTo(-100.0, within(1e-9));
    assertThat(now.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().message())
        .endsWith("100.0% growth.");
    assertThat(now.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().verdict())
        .isEqualTo(Verdict.PASS);
  }

  @Test
  void theBaselineSurvivesAFileRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Baseline baseline = run(WEEK_AGO, null, MetricsPolicy.defaults()).newBaseline();
    java.nio.file.Path file = dir.resolve("baseline.json");
    Baselines.write(baseline, file);

    assertThat(Baselines.read(file)).isEqualTo(baseline);
    assertThat(run(TODAY, Baselines.read(file), MetricsPolicy.defaults()).metricDeltas().before())
        .isEqualTo(baseline.metrics());
  }
}
