package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.Threshold;

/**
 * The gate rules that have an UNSTABLE/FAILURE threshold, one per thresholded {@link GateRule}; the
 * UI shows each by its rule id. The constant names are kept because job XML and Pipeline scripts
 * store them; the thresholds themselves live in the gate's rule-keyed {@link GatePolicy#thresholds()}.
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

  /** The UI label, led by the rule id, e.g. "lost-backlinks: Lost backlinks (backlinks)". */
  public String getDisplayName() {
    return rule.id() + ": " + rule.title() + " (" + unit + ")";
  }

  /** The rule id, the one name of the rule in policy files, the CLI and the reports. */
  public String id() {
    return rule.id();
  }

  /** This rule's threshold in {@code policy}. */
  public Threshold in(GatePolicy policy) {
    return policy.threshold(rule);
  }

  /** {@code policy} with this rule's threshold replaced. */
  public GatePolicy with(GatePolicy policy, Threshold threshold) {
    return policy.toBuilder().threshold(rule, threshold).build();
  }
}
