package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Verdict;

/**
 * A build result, Jenkins-free, in the order of Jenkins' {@code Result} (best first): the names are
 * the same so the Jenkins side converts by name.
 */
public enum BuildOutcome {
  SUCCESS,
  UNSTABLE,
  FAILURE,
  NOT_BUILT,
  ABORTED;

  /** PASS is SUCCESS, WARN is UNSTABLE, FAIL is FAILURE. */
  public static BuildOutcome of(Verdict verdict) {
    return switch (verdict) {
      case PASS -> SUCCESS;
      case WARN -> UNSTABLE;
      case FAIL -> FAILURE;
    };
  }

  /** True if this is worse than {@code other}. */
  public boolean isWorseThan(BuildOutcome other) {
    return compareTo(other) > 0;
  }

  /**
   * The build's result after a gate with this outcome: the worse of the two, so a gate never
   * improves a result something else already made worse.
   *
   * @param current the build's result so far; null means still successful
   */
  public BuildOutcome applyTo(BuildOutcome current) {
    return current != null && current.isWorseThan(this) ? current : this;
  }
}
