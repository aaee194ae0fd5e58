package io.spsbacklinks.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The registry of the gate's rules. A rule's {@link #id()} is its one name everywhere: the policy
 * file's {@code thresholds} entries, the CLI's {@code --threshold ID=WARN:FAIL}, the Jenkins
 * configuration, the JSON report and the JUnit test case names. Adding a thresholded rule means
 * adding a constant here (id, title, family, unit, default threshold) and measuring it in its
 * family's check; parsing, options and report labels follow from the registry.
 */
public enum GateRule {
  /** The run's estimated API units against {@link GatePolicy#unitBudget()}. */
  UNIT_BUDGET("unit-budget", "API unit budget", Family.API, "units", null, null, null),
  /** API failures, judged by {@link GatePolicy#apiErrors()}. */
  API_ERRORS("api-errors", "API errors", Family.API, "errors", null, null, null),
  /** How many backlinked URLs are broken on the deployed site. */
  BROKEN_TARGETS(
      "broken-targets",
      "Broken backlinked URLs",
      Family.BROKEN_TARGETS,
      "urls",
      Threshold.of(1.0, 5.0),
      "brokenTargets.brokenUrls",
      "--broken-urls"),
  /** The summed referring-domain weight of the broken URLs. */
  BROKEN_TARGETS_WEIGHT(
      "broken-targets-weight",
      "Weighted referring domains of broken URLs",
      Family.BROKEN_TARGETS,
      "weight",
      Threshold.of(1.0, 5.0),
      "brokenTargets.weightedRefdomains",
      "--weighted-refdomains"),
  /** Counted lost backlinks in the window. */
  LOST_BACKLINKS(
      "lost-backlinks",
      "Lost backlinks",
      Family.LOST,
      "backlinks",
      Threshold.of(25.0, 100.0),
      "lost.lostBacklinks",
      "--lost-backlinks"),
  /** Counted lost referring domains in the window. */
  LOST_REFDOMAINS(
      "lost-refdomains",
      "Lost referring domains",
      Family.LOST,
      "refdomains",
      Threshold.of(5.0, 20.0),
      "lost.lostRefdomains",
      "--lost-refdomains"),
  /** Percentage drop of {@code backlinks}. */
  METRICS_BACKLINKS_DROP(
      "metrics-backlinks-drop",
      "Backlinks drop",
      Family.METRICS,
      "%",
      Threshold.of(10.0, 25.0),
      "metrics.backlinksDrop",
      "--backlinks-drop"),
  /** Percentage drop of {@code refdomains}. */
  METRICS_REFDOMAINS_DROP(
      "metrics-refdomains-drop",
      "Referring domains drop",
      Family.METRICS,
      "%",
      Threshold.of(5.0, 15.0),
      "metrics.refdomainsDrop",
      "--refdomains-drop"),
  /** Percentage drop of {@code dofollow_backlinks}. */
  METRICS_DOFOLLOW_DROP(
      "metrics-dofollow-drop",
      "Dofollow backlinks drop",
      Family.METRICS,
      "%",
      Threshold.of(10.0, 25.0),
      "metrics.dofollowBacklinksDrop",
      "--dofollow-drop"),
  /** Lost or broken links from watchlisted referring domains or pages. */
  WATCHLIST("watchlist", "Watchlist", Family.WATCHLIST, "hits", null, null, null);

  /** The check a rule belongs to; one check class measures each family. */
  public enum Family {
    /** Backlinked URLs probed on the deployed site. */
    BROKEN_TARGETS,
    /** Links lost in the index since the baseline. */
    LOST,
    /** Metric drops against the baseline. */
    METRICS,
    /** Watchlisted referring domains and pages. */
    WATCHLIST,
    /** The API calls themselves: units and errors. */
    API
  }

  private final String id;
  private final String title;
  private final Family family;
  private final String unit;
  private final Threshold defaultThreshold;
  private final String deprecatedPolicyField;
  private final String deprecatedOption;

  GateRule(
      String id,
      String title,
      Family family,
      String unit,
      Threshold defaultThreshold,
      String deprecatedPolicyField,
      String deprecatedOption) {
    this.id = id;
    this.title = title;
    this.family = family;
    this.unit = unit;
    this.defaultThreshold = defaultThreshold;
    this.deprecatedPolicyField = deprecatedPolicyField;
    this.deprecatedOption = deprecatedOption;
  }

  /** The stable id, e.g. {@code broken-targets}. */
  public String id() {
    return id;
  }

  /** A short human title. */
  public String title() {
    return title;
  }

  /** The check that measures this rule. */
  public Family family() {
    return family;
  }

  /** What the measured value counts, e.g. {@code urls}, {@code %}. */
  public String unit() {
    return unit;
  }

  /** True if the rule is judged against a {@link Threshold} set in the policy. */
  public boolean hasThreshold() {
    return defaultThreshold != null;
  }

  /** The default threshold, or null for rules without one. */
  public Threshold defaultThreshold() {
    return defaultThreshold;
  }

  /**
   * The policy field that set this rule's threshold before thresholds were keyed by rule id (e.g.
   * {@code metrics.dofollowBacklinksDrop}); read as a deprecated alias for one release. Null if
   * none.
   */
  public String deprecatedPolicyField() {
    return deprecatedPolicyField;
  }

  /**
   * The CLI option that set this threshold before {@code --threshold} (e.g. {@code
   * --dofollow-drop}), or null.
   */
  public String deprecatedOption() {
    return deprecatedOption;
  }

  /** The rules that have a threshold, in registry order. */
  public static List<GateRule> thresholded() {
    List<GateRule> out = new ArrayList<>();
    for (GateRule rule : values()) {
      if (rule.hasThreshold()) {
        out.add(rule);
      }
    }
    return out;
  }

  /**
   * The rule with this id. The enum constant's name (e.g. {@code LOST_BACKLINKS}) is accepted too,
   * as older Jenkins configurations stored it.
   *
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code parameter} and the ids
   */
  public static GateRule byId(String parameter, String id) {
    String wanted = id == null ? "" : id.trim();
    for (GateRule rule : values()) {
      if (rule.id.equals(wanted.toLowerCase(Locale.ROOT)) || rule.name().equals(wanted)) {
        return rule;
      }
    }
    List<String> ids = new ArrayList<>();
    for (GateRule rule : values()) {
      ids.add(rule.id);
    }
    throw PolicyErrors.invalid(parameter, id, String.join(", ", ids));
  }

  /** The thresholded rule with this id; see {@link #byId}. */
  public static GateRule thresholdedById(String parameter, String id) {
    String wanted = id == null ? "" : id.trim();
    for (GateRule rule : thresholded()) {
      if (rule.id.equals(wanted.toLowerCase(Locale.ROOT)) || rule.name().equals(wanted)) {
        return rule;
      }
    }
    // Only the rules that take a threshold are offered: watchlist or api-errors would be refused
    // too.
    List<String> ids = thresholded().stream().map(GateRule::id).toList();
    throw PolicyErrors.invalid(parameter, id, String.join(", ", ids));
  }
}
