package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Criticality;

/** What losing a link from a watchlisted referring domain or page does to the build. */
public enum WatchlistResult {
  /** The build fails. */
  FAILURE("Fail the build", Criticality.FAIL),
  /** The build becomes unstable. */
  UNSTABLE("Mark the build unstable", Criticality.WARN);

  private final String displayName;
  private final Criticality criticality;

  WatchlistResult(String displayName, Criticality criticality) {
    this.displayName = displayName;
    this.criticality = criticality;
  }

  /** The UI label. */
  public String getDisplayName() {
    return displayName;
  }

  /** The core policy value. */
  public Criticality criticality() {
    return criticality;
  }

  /** The choice that means {@code criticality}. */
  public static WatchlistResult of(Criticality criticality) {
    return criticality == Criticality.WARN ? UNSTABLE : FAILURE;
  }
}
