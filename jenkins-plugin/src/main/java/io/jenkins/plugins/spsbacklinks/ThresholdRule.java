package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.BrokenTargetsPolicy;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.LostPolicy;
import io.spsbacklinks.gate.MetricsPolicy;
import io.spsbacklinks.gate.Threshold;

/**
 * The gate rules that have an UNSTABLE/FAILURE threshold, named like the core's {@link GateRule}s.
 * Each knows where its threshold lives in a {@link GatePolicy}; the evaluation stays in the core.
 */
public enum ThresholdRule {
  /** Broken backlinked URLs on the deployed site (a count of URLs). */
  BROKEN_TARGETS(GateRule.BROKEN_TARGETS, "URLs"),
  /** The summed referring-domain weight of the broken URLs (a rank-50 domain weighs 1). */
  BROKEN_TARGETS_WEIGHT(GateRule.BROKEN_TARGETS_WEIGHT, "weight"),
  /** Lost backlinks in the window (a count). */
  LOST_BACKLINKS(GateRule.LOST_BACKLINKS, "backlinks"),
  /** Lost referring domains in the window (a count). */
  LOST_REFDOMAINS(GateRule.LOST_REFDOMAINS, "domains"),
  /** Drop of {@code backlinks} against the baseline, in percent. */
  METRICS_BACKLINKS_DROP(GateRule.METRICS_BACKLINKS_DROP, "%"),
  /** Drop of {@code refdomains} against the baseline, in percent. */
  METRICS_REFDOMAINS_DROP(GateRule.METRICS_REFDOMAINS_DROP, "%"),
  /** Drop of {@code dofollow_backlinks} against the baseline, in percent. */
  METRICS_DOFOLLOW_DROP(GateRule.METRICS_DOFOLLOW_DROP, "%");

  private final GateRule rule;
  private final String unit;

  ThresholdRule(GateRule rule, String unit) {
    this.rule = rule;
    this.unit = unit;
  }

  /** The core rule this threshold drives. */
  public GateRule rule() {
    return rule;
  }

  /** What the measured value counts, for labels. */
  public String unit() {
    return unit;
  }

  /** The UI label, e.g. "Lost backlinks (backlinks)". */
  public String getDisplayName() {
    return rule.title() + " (" + unit + ")";
  }

  /** This rule's threshold in {@code policy}. */
  public Threshold in(GatePolicy policy) {
    return switch (this) {
      case BROKEN_TARGETS -> policy.brokenTargets().brokenUrls();
      case BROKEN_TARGETS_WEIGHT -> policy.brokenTargets().weightedRefdomains();
      case LOST_BACKLINKS -> policy.lost().lostBacklinks();
      case LOST_REFDOMAINS -> policy.lost().lostRefdomains();
      case METRICS_BACKLINKS_DROP -> policy.metrics().backlinksDrop();
      case METRICS_REFDOMAINS_DROP -> policy.metrics().refdomainsDrop();
      case METRICS_DOFOLLOW_DROP -> policy.metrics().dofollowBacklinksDrop();
    };
  }

  /** {@code policy} with this rule's threshold replaced. */
  public GatePolicy with(GatePolicy policy, Threshold threshold) {
    BrokenTargetsPolicy.Builder broken = policy.brokenTargets().toBuilder();
    LostPolicy.Builder lost = policy.lost().toBuilder();
    MetricsPolicy.Builder metrics = policy.metrics().toBuilder();
    switch (this) {
      case BROKEN_TARGETS -> broken.brokenUrls(threshold);
      case BROKEN_TARGETS_WEIGHT -> broken.weightedRefdomains(threshold);
      case LOST_BACKLINKS -> lost.lostBacklinks(threshold);
      case LOST_REFDOMAINS -> lost.lostRefdomains(threshold);
      case METRICS_BACKLINKS_DROP -> metrics.backlinksDrop(threshold);
      case METRICS_REFDOMAINS_DROP -> metrics.refdomainsDrop(threshold);
      case METRICS_DOFOLLOW_DROP -> metrics.dofollowBacklinksDrop(threshold);
    }
    return policy.toBuilder()
        .brokenTargets(broken.build())
        .lost(lost.build())
        .metrics(metrics.build())
        .build();
  }
}
