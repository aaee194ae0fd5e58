package io.spsbacklinks.gate;

import java.util.Objects;

/**
 * One rule's outcome and why.
 *
 * @param rule the rule
 * @param verdict PASS, or the level it tripped
 * @param evaluated false if the rule could not be judged (its data was not fetched because of an
 *     API error or the unit budget); such a rule passes and says why in {@code message}
 * @param value the measured value, or null if not evaluated
 * @param unit what {@code value} counts, e.g. {@code urls}, {@code %}, {@code units}
 * @param threshold the threshold applied, or null for rules without one
 * @param message one or two sentences: what was measured, against what, and the evidence summary
 */
public record RuleResult(
    GateRule rule, Verdict verdict, boolean evaluated, Double value, String unit, Threshold threshold,
    String message) {

  /** Checks that required components are present. */
  public RuleResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(message, "message");
  }

  /** The rule's stable id, e.g. {@code lost-backlinks}. */
  public String id() {
    return rule.id();
  }

  /** The rule's title. */
  public String title() {
    return rule.title();
  }

  /** True if the rule tripped (WARN or FAIL). */
  public boolean fired() {
    return verdict != Verdict.PASS;
  }

  static RuleResult measured(GateRule rule, double value, String unit, Threshold threshold, String message) {
    return new RuleResult(rule, threshold.evaluate(value), true, value, unit, threshold, message);
  }

  static RuleResult notEvaluated(GateRule rule, String unit, Threshold threshold, String why) {
    return new RuleResult(rule, Verdict.PASS, false, null, unit, threshold, "Not evaluated: " + why);
  }
}
