package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Verdict;
import java.util.Objects;

/**
 * One build's point on the trend chart.
 *
 * @param build the build number
 * @param verdict the gate's verdict in that build
 * @param backlinks {@code backlinks} measured, or null if get-metrics did not run
 * @param refdomains {@code refdomains} measured, or null
 * @param lostBacklinks counted lost backlinks
 */
public record TrendPoint(int build, Verdict verdict, Long backlinks, Long refdomains, long lostBacklinks) {
  public TrendPoint {
    Objects.requireNonNull(verdict, "verdict");
  }

  /** The point of a build's summary. */
  public static TrendPoint of(int build, GateRunSummary summary) {
    return new TrendPoint(build, summary.getVerdict(), summary.getBacklinksAfter(), summary.getRefdomainsAfter(),
        summary.getLostBacklinks());
  }
}
