package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.BrokenUrl;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.LostLink;
import io.spsbacklinks.gate.MetricDelta;
import io.spsbacklinks.gate.MetricDeltas;
import io.spsbacklinks.gate.RuleResult;
import io.spsbacklinks.gate.Verdict;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The key numbers of one gate run, kept with the build (build.xml) for the build page summary, the
 * trend chart and the next run's baseline choice. The full evidence (every broken URL and lost link,
 * the dofollow metrics, the unit estimate) stays in the report files.
 *
 * <p>Plain final fields and strings only: XStream stores it and must restore it on any JDK.
 */
public final class GateRunSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Broken URLs kept here for the build page; the report has all of them. */
  static final int MAX_LISTED_URLS = 10;

  private final String reportId;
  private final String target;
  private final String mode;
  private final String deployedBaseUrl;
  private final String ranAt;
  private final Verdict verdict;
  /** Null in builds stored before first runs could go unenforced: those were enforced. */
  private final Boolean enforced;
  private final String baselineFrom;
  private final int probedUrls;
  private final int brokenUrls;
  private final int unknownUrls;
  private final List<String> listedBrokenUrls;
  private final String lostFrom;
  private final String lostTo;
  private final long lostBacklinks;
  private final long ignoredLostBacklinks;
  private final long lostRefdomains;
  private final Long backlinksBefore;
  private final Long backlinksAfter;
  private final Long refdomainsBefore;
  private final Long refdomainsAfter;
  private final long unitsSpent;
  private final long unitBudget;
  private final int apiErrors;
  private final List<RuleLine> rules;
  private final List<String> notes;

  private GateRunSummary(String reportId, GateResult r, String baselineFrom) {
    this.reportId = reportId;
    this.target = r.target();
    this.mode = r.mode().wireValue();
    this.deployedBaseUrl = r.deployedBaseUrl();
    this.ranAt = r.ranAt().toString();
    this.verdict = r.verdict();
    this.enforced = r.enforced();
    this.baselineFrom = baselineFrom;
    this.probedUrls = r.probedUrls();
    this.brokenUrls = r.brokenUrls().size();
    this.unknownUrls = r.unknownUrls().size();
    this.listedBrokenUrls = new ArrayList<>(
        r.brokenUrls().stream().limit(MAX_LISTED_URLS).map(BrokenUrl::url).toList());
    this.lostFrom = r.lostFrom() == null ? null : r.lostFrom().toString();
    this.lostTo = r.lostTo() == null ? null : r.lostTo().toString();
    this.lostBacklinks = r.lostLinks().stream().filter(l -> !l.ignored()).count();
    this.ignoredLostBacklinks = r.lostLinks().stream().filter(LostLink::ignored).count();
    this.lostRefdomains = r.lostRefdomains().stream().filter(d -> !d.ignored()).count();
    MetricDeltas m = r.metricDeltas();
    this.backlinksBefore = m == null ? null : m.backlinks().before();
    this.backlinksAfter = m == null ? null : m.backlinks().after();
    this.refdomainsBefore = m == null ? null : m.refdomains().before();
    this.refdomainsAfter = m == null ? null : m.refdomains().after();
    this.unitsSpent = r.unitsSpent();
    this.unitBudget = r.unitEstimate().budget();
    this.apiErrors = r.apiFailures().size();
    this.rules = new ArrayList<>(r.rules().stream().map(RuleLine::new).toList());
    this.notes = new ArrayList<>(r.notes());
  }

  /**
   * The summary of {@code result}.
   *
   * @param reportId the invocation's {@link ReportIds report id}
   * @param baselineFrom the label of the build whose baseline was used, or null on a first run
   */
  public static GateRunSummary of(String reportId, GateResult result, String baselineFrom) {
    return new GateRunSummary(reportId, result, baselineFrom);
  }

  public String getReportId() {
    return reportId;
  }

  public String getTarget() {
    return target;
  }

  /** The API mode's wire value, e.g. {@code host}. */
  public String getMode() {
    return mode;
  }

  /** The deployed base URL probed, or null. */
  public String getDeployedBaseUrl() {
    return deployedBaseUrl;
  }

  /** When the gate ran (ISO-8601 instant). */
  public String getRanAt() {
    return ranAt;
  }

  public Verdict getVerdict() {
    return verdict;
  }

  /**
   * False for a first run that only recorded its baseline: the verdict is PASS and the rules show the
   * verdicts they would have had.
   */
  public boolean isEnforced() {
    return enforced == null || enforced;
  }

  /** The build result the verdict asks for. */
  public BuildOutcome getOutcome() {
    return BuildOutcome.of(verdict);
  }

  /** The label of the build whose baseline was compared against, or null on a first run. */
  public String getBaselineFrom() {
    return baselineFrom;
  }

  public int getProbedUrls() {
    return probedUrls;
  }

  public int getBrokenUrls() {
    return brokenUrls;
  }

  public int getUnknownUrls() {
    return unknownUrls;
  }

  /** The heaviest broken URLs, at most {@value #MAX_LISTED_URLS}. */
  public List<String> getListedBrokenUrls() {
    return listedBrokenUrls == null ? List.of() : Collections.unmodifiableList(listedBrokenUrls);
  }

  /** First day of the lost-links window, or null if that check did not run. */
  public String getLostFrom() {
    return lostFrom;
  }

  public String getLostTo() {
    return lostTo;
  }

  /** Counted (not ignored) lost backlinks. */
  public long getLostBacklinks() {
    return lostBacklinks;
  }

  public long getIgnoredLostBacklinks() {
    return ignoredLostBacklinks;
  }

  /** Counted (not ignored) lost referring domains. */
  public long getLostRefdomains() {
    return lostRefdomains;
  }

  public Long getBacklinksBefore() {
    return backlinksBefore;
  }

  /** {@code backlinks} now, or null if get-metrics was not called or failed. */
  public Long getBacklinksAfter() {
    return backlinksAfter;
  }

  public Long getRefdomainsBefore() {
    return refdomainsBefore;
  }

  /** {@code refdomains} now, or null. */
  public Long getRefdomainsAfter() {
    return refdomainsAfter;
  }

  public long getUnitsSpent() {
    return unitsSpent;
  }

  public long getUnitBudget() {
    return unitBudget;
  }

  /** Failed API calls. */
  public int getApiErrors() {
    return apiErrors;
  }

  public List<RuleLine> getRules() {
    return rules == null ? List.of() : Collections.unmodifiableList(rules);
  }

  /** The rules that tripped (WARN or FAIL); if not {@linkplain #isEnforced() enforced}, they did not count. */
  public List<RuleLine> getFiredRules() {
    return getRules().stream().filter(r -> r.getVerdict() != Verdict.PASS).toList();
  }

  public List<String> getNotes() {
    return notes == null ? List.of() : Collections.unmodifiableList(notes);
  }

  /** One rule's outcome, as shown on the build page. */
  public static final class RuleLine implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final Verdict verdict;
    private final String value;
    private final String threshold;
    private final String message;

    RuleLine(RuleResult r) {
      this.id = r.id();
      this.title = r.title();
      this.verdict = r.verdict();
      this.value = r.value() == null ? null : Numbers.format(r.value()) + " " + r.unit();
      this.threshold = r.threshold() == null ? null : r.threshold().describe();
      this.message = r.message();
    }

    /** The core's stable rule id, e.g. {@code lost-backlinks}. */
    public String getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public Verdict getVerdict() {
      return verdict;
    }

    /** The measured value with its unit, e.g. {@code "30 backlinks"}, or null. */
    public String getValue() {
      return value;
    }

    /** The threshold, e.g. {@code "warn >= 25, fail >= 100"}, or null. */
    public String getThreshold() {
      return threshold;
    }

    /** Why: what was measured against what. */
    public String getMessage() {
      return message;
    }
  }

  /** Number formatting shared by the views. */
  static final class Numbers {
    private Numbers() {}

    /** Whole numbers without decimals, others with two; grouping commas. */
    static String format(double value) {
      return Double.compare(value, Math.rint(value)) == 0 && Math.abs(value) < 1e15
          ? String.format(Locale.ROOT, "%,d", (long) value)
          : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A drop as a signed percentage, e.g. {@code -2.50%} for a 2.5 % drop, {@code +1.00%} for growth. */
    static String change(MetricDelta d) {
      if (d.dropPercent() == null) {
        return "";
      }
      double change = -d.dropPercent();
      return String.format(Locale.ROOT, "%+.2f%%", change == 0 ? 0.0 : change);
    }
  }
}
