package io.spsbacklinks.gate;

/**
 * How hard a tripped rule hits: Jenkins maps {@code WARN} to UNSTABLE and {@code FAIL} to FAILURE.
 */
public enum Criticality {
  /** A tripped rule warns. */
  WARN,
  /** A tripped rule fails. */
  FAIL;

  /** The verdict a tripped rule of this criticality yields. */
  public Verdict verdict() {
    return this == WARN ? Verdict.WARN : Verdict.FAIL;
  }
}
