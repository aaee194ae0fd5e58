package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.ReasonLost;
import io.spsbacklinks.gate.Baseline;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.LostLink;
import io.spsbacklinks.gate.MetricDelta;
import io.spsbacklinks.gate.MetricDeltas;
import io.spsbacklinks.gate.RuleResult;
import io.spsbacklinks.gate.Threshold;
import io.spsbacklinks.gate.UnitEstimate;
import io.spsbacklinks.gate.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small synthetic gate results for the tests that need no API. */
final class Results {
  static final LocalDate DAY = LocalDate.of(2026, 11, 28);

  private Results() {}

  /**
   * A result for {@code target} in host mode.
   *
   * @param backlinks {@code backlinks} measured, or null for "get-metrics did not run"
   */
  static GateResult result(String target, Verdict verdict, Long backlinks, Long refdomains, int lostCounted,
      int lostIgnored) {
    Metrics after = backlinks == null ? null
        : new Metrics(target, backlinks, refdomains, 0, 0, 0, backlinks, 0, 0);
    MetricDeltas deltas = after == null ? null : new MetricDeltas(null, after,
        new MetricDelta("backlinks", null, backlinks, null),
        new MetricDelta("refdomains", null, refdomains, null),
        new MetricDelta("dofollow_backlinks", null, backlinks, null));
    List<LostLink> lost = new ArrayList<>();
    for (int i = 0; i < lostCounted + lostIgnored; i++) {
      boolean ignored = i >= lostCounted;
      lost.add(new LostLink(DAY.minusDays(1), "https://r" + i + ".example/page", "https://" + target + "/",
          ignored ? ReasonLost.CRAWL_ERROR : ReasonLost.LINK_REMOVED, LinkKind.HREF, false, InlinkRank.of(12),
          InlinkRank.UNKNOWN, false, ignored, null));
    }
    List<RuleResult> rules = List.of(new RuleResult(GateRule.LOST_BACKLINKS, verdict, true, (double) lostCounted,
        "backlinks", Threshold.of(25.0, 100.0), lostCounted + " lost backlinks"));
    return new GateResult(target, Mode.HOST, null, Instant.parse(DAY + "T12:00:00Z"), verdict, rules, 0,
        List.of(), List.of(), DAY.minusDays(7), DAY, lost, List.of(), deltas,
        new UnitEstimate(List.of(), 30, 5_000, true), 30 + lostCounted + lostIgnored, List.of(), List.of(), null,
        new Baseline(target, Mode.HOST, DAY, after, List.of()), GatePolicy.defaults(), null);
  }

  static GateRunSummary summary(String target, Verdict verdict, Long backlinks, Long refdomains, int lostCounted) {
    return GateRunSummary.of(ReportIds.of(target, "host"), result(target, verdict, backlinks, refdomains, lostCounted, 0),
        null);
  }
}
