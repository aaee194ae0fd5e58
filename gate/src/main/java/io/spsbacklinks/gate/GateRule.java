package io.spsbacklinks.gate;

/** The rules a gate run reports, with their stable ids (JSON {@code id}, JUnit testcase name). */
public enum GateRule {
  /** The run's estimated API units against {@link GatePolicy#unitBudget()}. */
  UNIT_BUDGET("unit-budget", "API unit budget"),
  /** API failures, judged by {@link GatePolicy#apiErrors()}. */
  API_ERRORS("api-errors", "API errors"),
  /** How many backlinked URLs are broken on the deployed site. */
  BROKEN_TARGETS("broken-targets", "Broken backlinked URLs"),
  /** The summed referring-domain weight of the broken URLs. */
  BROKEN_TARGETS_WEIGHT("broken-targets-weight", "Weighted referring domains of broken URLs"),
  /** Counted lost backlinks in the window. */
  LOST_BACKLINKS("lost-backlinks", "Lost backlinks"),
  /** Counted lost referring domains in the window. */
  LOST_REFDOMAINS("lost-refdomains", "Lost referring domains"),
  /** Percentage drop of {@code backlinks}. */
  METRICS_BACKLINKS_DROP("metrics-backlinks-drop", "Backlinks drop"),
  /** Percentage drop of {@code refdomains}. */
  METRICS_REFDOMAINS_DROP("metrics-refdomains-drop", "Referring domains drop"),
  /** Percentage drop of {@code dofollow_backlinks}. */
  METRICS_DOFOLLOW_DROP("metrics-dofollow-drop", "Dofollow backlinks drop"),
  /** Lost or broken links from watchlisted referring domains or pages. */
  WATCHLIST("watchlist", "Watchlist");

  private final String id;
  private final String title;

  GateRule(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable id, e.g. {@code broken-targets}. */
  public String id() {
    return id;
  }

  /** A short human title. */
  public String title() {
    return title;
  }
}
