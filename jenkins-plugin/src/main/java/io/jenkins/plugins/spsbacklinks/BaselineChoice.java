package io.jenkins.plugins.spsbacklinks;

/** Which earlier build's recorded baseline a run compares against. */
public enum BaselineChoice {
  /**
   * The newest earlier completed build that recorded a baseline: losses are reported once, then
   * become the new normal.
   */
  PREVIOUS_BUILD("Previous completed build"),
  /**
   * The newest earlier build whose gate passed: a loss keeps failing the gate until it is fixed or
   * the thresholds are changed.
   */
  LAST_PASSED("Last build that passed the gate");

  private final String displayName;

  BaselineChoice(String displayName) {
    this.displayName = displayName;
  }

  /** The UI label. */
  public String getDisplayName() {
    return displayName;
  }
}
