package io.spsbacklinks.gate;

/**
 * What an API failure (or a run refused for exceeding the unit budget) does to the verdict. A check
 * that could not get its data is never guessed: its rules are reported as not evaluated.
 */
public enum ApiErrorAction {
  /** The gate fails. */
  FAIL,
  /** The gate warns. */
  WARN,
  /** The gate passes; the failure is still listed in the report. */
  IGNORE;

  /** The verdict of the {@code api-errors} and {@code unit-budget} rules when they trip. */
  public Verdict verdict() {
    switch (this) {
      case FAIL:
        return Verdict.FAIL;
      case WARN:
        return Verdict.WARN;
      default:
        return Verdict.PASS;
    }
  }
}
