package io.spsbacklinks.gate;

import java.util.Locale;

/**
 * Two trip points for one measured value: a value {@code >= warnAt} yields {@link Verdict#WARN}, a
 * value {@code >= failAt} yields {@link Verdict#FAIL}. A null level is disabled, so {@code
 * Threshold.of(null, 5.0)} only ever fails and {@link #off()} never trips. For metric drops the
 * value is a percentage drop (0..100); for counts it is the count.
 *
 * @param warnAt the smallest value that warns, or null; finite and {@code >= 0}
 * @param failAt the smallest value that fails, or null; finite, {@code >= 0} and {@code >= warnAt}
 */
public record Threshold(Double warnAt, Double failAt) {
  private static final Threshold OFF = new Threshold(null, null);

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public Threshold {
    check("warnAt", warnAt);
    check("failAt", failAt);
    if (warnAt != null && failAt != null && warnAt > failAt) {
      throw PolicyErrors.invalid(
          "failAt", failAt, "a value >= warnAt (" + format(warnAt) + "), or null to disable");
    }
  }

  /** A threshold that never trips. */
  public static Threshold off() {
    return OFF;
  }

  /** A threshold with both levels; either may be null to disable it. */
  public static Threshold of(Double warnAt, Double failAt) {
    return warnAt == null && failAt == null ? OFF : new Threshold(warnAt, failAt);
  }

  /** True if neither level is set. */
  public boolean isOff() {
    return warnAt == null && failAt == null;
  }

  /** The verdict for a measured value. */
  public Verdict evaluate(double value) {
    if (failAt != null && value >= failAt) {
      return Verdict.FAIL;
    }
    if (warnAt != null && value >= warnAt) {
      return Verdict.WARN;
    }
    return Verdict.PASS;
  }

  /** A short human form, e.g. {@code "warn >= 1, fail >= 5"} or {@code "off"}. */
  public String describe() {
    if (isOff()) {
      return "off";
    }
    StringBuilder out = new StringBuilder();
    if (warnAt != null) {
      out.append("warn >= ").append(format(warnAt));
    }
    if (failAt != null) {
      out.append(out.length() > 0 ? ", " : "").append("fail >= ").append(format(failAt));
    }
    return out.toString();
  }

  private static void check(String name, Double level) {
    if (level != null && (level.isNaN() || level.isInfinite() || level < 0)) {
      throw PolicyErrors.invalid(name, level, "a finite number >= 0, or null to disable");
    }
  }

  /** Formats a level without a needless ".0", e.g. {@code 5} or {@code 2.50}. */
  public static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
