package io.spsbacklinks.gate;

/** The outcome of a rule or of the whole gate, ordered from best to worst. */
public enum Verdict {
  /** Nothing tripped. */
  PASS,
  /** A rule warned (Jenkins: UNSTABLE). */
  WARN,
  /** A rule failed (Jenkins: FAILURE). */
  FAIL;

  /** Returns the worse of this verdict and {@code other}. */
  public Verdict worst(Verdict other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
