package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TARGET;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The unit estimate, the budget cap and the units actually spent. */
class UnitBudgetGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  @Test
  void theDefaultPolicyIsEstimatedWithoutAnyRequest() {
    long before = SANDBOX.sandbox().requestCount();
    UnitEstimate estimate =
        gate(SANDBOX.sandbox()).estimate(request(null, null, GatePolicy.defaults()));

    assertThat(estimate.items())
        .extracting(UnitEstimate.Item::command, UnitEstimate.Item::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("get-metrics", 30L),
            org.assertj.core.groups.Tuple.tuple("get-backlinks", 100L),
            org.assertj.core.groups.Tuple.tuple("get-new-lost-backlinks", 1000L),
            org.assertj.core.groups.Tuple.tuple("get-new-lost-refdomains", 1000L));
    assertThat(estimate.total()).isEqualTo(2130);
    assertThat(estimate.budget()).isEqualTo(5000);
    assertThat(estimate.withinBudget()).isTrue();
    assertThat(estimate.complete()).isTrue();
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
  }

  @Test
  void allRawIsEstimatedFromTheBaselinesBacklinksOrLeftIncomplete() {
    GatePolicy raw =
        GatePolicy.defaults().toBuilder()
            .brokenTargets(BrokenTargetsPolicy.builder().source(BacklinkSource.ALL_RAW).build())
            .build();
    Gate gate = gate(SANDBOX.sandbox());

    UnitEstimate unknown = gate.estimate(request(null, null, raw));
    assertThat(unknown.complete()).isFalse();
    assertThat(unknown.total()).isEqualTo(30 + 2000);

    Baseline baseline =
        new Baseline(
            TARGET,
            Mode.HOST,
            TODAY.minusDays(1),
            new Metrics(TARGET, 12_345, 10, 10, 10, 0, 12_345, 0, 0),
            List.of());
    UnitEstimate known = gate.estimate(request(null, baseline, raw));
    assertThat(known.complete()).isTrue();
    assertThat(known.total()).isEqualTo(30 + 12_345 + 2000);
    assertThat(known.items().get(1).basis())
        .isEqualTo("1 unit/row x 12,345 backlinks (the baseline's backlinks)");
  }

  @Test
  void overBudgetNothingIsSpentAndTheApiErrorsActionDecides() {
    Sandbox sandbox = SANDBOX.sandbox();
    long requests = sandbox.requestCount();
    long units = sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY);
    GatePolicy policy =
        GatePolicy.builder().unitBudget(2129).apiErrors(ApiErrorAction.FAIL).build();
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = gate(sandbox).run(request(site, null, policy));

      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
      RuleResult budget = result.rule(GateRule.UNIT_BUDGET).orElseThrow();
      assertThat(budget.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(budget.value()).isEqualTo(2130.0);
      assertThat(budget.message())
          .startsWith(
              "Refused: the estimated 2,130 API units exceed the unit budget of 2,129, no API request was sent");
      assertThat(result.rule(GateRule.BROKEN_TARGETS).orElseThrow().evaluated()).isFalse();
      assertThat(result.rule(GateRule.LOST_BACKLINKS).orElseThrow().evaluated()).isFalse();
      assertThat(result.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().evaluated()).isFalse();
      assertThat(sandbox.requestCount()).isEqualTo(requests);
      assertThat(sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY)).isEqualTo(units);
      assertThat(site.requestLog()).isEmpty();
      assertThat(result.unitsSpent()).isZero();
    }
    GateResult warned =
        gate(sandbox)
            .run(request(null, null, policy.toBuilder().apiErrors(ApiErrorAction.WARN).build()));
    assertThat(warned.verdict()).isEqualTo(Verdict.WARN);
    GateResult ignored =
        gate(sandbox)
            .run(request(null, null, policy.toBuilder().apiErrors(ApiErrorAction.IGNORE).build()));
    assertThat(ignored.verdict()).isEqualTo(Verdict.PASS);
    assertThat(ignored.rule(GateRule.UNIT_BUDGET).orElseThrow().message()).startsWith("Refused: ");
  }

  @Test
  void allRawLearnsTheRowCountFromGetMetricsAndRefusesTheRest() {
    Sandbox sandbox = SANDBOX.sandbox();
    long requests = sandbox.requestCount();
    GatePolicy policy =
        GatePolicy.builder()
            .unitBudget(5000)
            .apiErrors(ApiErrorAction.WARN)
            .brokenTargets(BrokenTargetsPolicy.builder().source(BacklinkSource.ALL_RAW).build())
            .build();
    GateResult result =
        gate(sandbox).run(new GateRequest("big-5000.example", Mode.HOST, null, null, policy));

    // get-metrics (30) + 5,000 raw rows + 2 x 1,000 lost rows > 5,000: only get-metrics was sent.
    assertThat(result.unitEstimate().total()).isEqualTo(30 + 5000 + 2000);
    assertThat(sandbox.requestCount() - requests).isEqualTo(1);
    assertThat(result.unitsSpent()).isEqualTo(30);
    assertThat(result.rule(GateRule.UNIT_BUDGET).orElseThrow().message())
        .contains("only get-metrics was sent");
    assertThat(result.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().evaluated()).isTrue();
    assertThat(result.rule(GateRule.BROKEN_TARGETS).orElseThrow().evaluated()).isFalse();
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void unitsSpentMatchWhatTheApiCharged() {
    Sandbox sandbox = SANDBOX.sandbox();
    long before = sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY);
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = gate(sandbox).run(request(site, null, GatePolicy.defaults()));

      // get-metrics 30 + 8 live backlinks + 8 lost backlinks + 8 lost referring domains in the
      // window.
      assertThat(result.unitsSpent()).isEqualTo(30 + 8 + 8 + 8);
      assertThat(before - sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY))
          .isEqualTo(result.unitsSpent());
      assertThat(result.rule(GateRule.UNIT_BUDGET).orElseThrow().message())
          .isEqualTo("Estimated at most 2,130 units of a budget of 5,000; spent 54.");
    }
  }
}
