package io.spsbacklinks.gate;

import java.util.Objects;

/**
 * One rule's outcome and why.
 *
 * @param rule the rule
 * @param verdict PASS, or the level it tripped
 * @param evaluated false if the rule could not be measured (its data was not got: an API error, the
 *     unit budget, URLs the deployed site did not answer); its verdict is then what the policy says
 *     for missing evidence ({@link GatePolicy#apiErrors()} or {@link GatePolicy#notMeasured()}),
 *     and {@code message} says why
 * @param value the measured value, or null if not evaluated
 * @param unit what {@code value} counts, e.g. {@code urls}, {@code %}, {@code units}
 * @param threshold the threshold applied, or null for rules without one
 * @param message one or two sentences: what was measured, against what, and the evidence summary
 */
public record RuleResult(
    GateRule rule,
    Verdict verdict,
    boolean evaluated,
    Double value,
    String unit,
    Threshold threshold,
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

  /**
   * PASS, WARN or FAIL; for a rule that could not be measured "NOT MEASURED", followed by the
   * verdict the policy gives that when it is not PASS, e.g. "NOT MEASURED (FAIL)".
   */
  public String status() {
    if (evaluated) {
      return verdict.name();
    }
    return verdict == Verdict.PASS ? "NOT MEASURED" : "NOT MEASURED (" + verdict + ")";
  }

  /** True if the rule tripped (WARN or FAIL). */
  public boolean fired() {
    return verdict != Verdict.PASS;
  }

  static RuleResult measured(
      GateRule rule, double value, String unit, Threshold threshold, String message) {
    return new RuleResult(rule, threshold.evaluate(value), true, value, unit, threshold, message);
  }

  /** A rule whose evidence was not got; {@code verdict} is what the policy makes of that. */
  static RuleResult notMeasured(
      GateRule rule, Threshold threshold, Verdict verdict, Double value, String why) {
    return new RuleResult(
        rule, verdict, false, value, rule.unit(), threshold, "Not measured: " + why);
  }
}
