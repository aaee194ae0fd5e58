package io.jenkins.plugins.spsbacklinks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-target trends of a job, built from its builds' gate summaries. Jenkins-free: the trend
 * action feeds it builds, newest first.
 */
public final class TrendData {
  /** Builds read for the chart, as warnings-ng does by default. */
  public static final int MAX_BUILDS = 50;

  private TrendData() {}

  /** One build's gate summaries. */
  public record BuildSummaries(int build, List<GateRunSummary> summaries) {
    public BuildSummaries {
      summaries = List.copyOf(summaries);
    }
  }

  /**
   * One target's trend.
   *
   * @param reportId the gate invocation
   * @param title e.g. {@code example.com (host)}
   * @param points oldest first
   */
  public record Trend(String reportId, String title, List<TrendPoint> points) {
    public Trend {
      points = List.copyOf(points);
    }

    /** The chart as inline SVG. */
    public String getSvg() {
      return TrendChart.render(points);
    }

    public String getTitle() {
      return title;
    }

    /** The latest build first, for the table under the chart. */
    public List<TrendPoint> getNewestFirst() {
      List<TrendPoint> out = new ArrayList<>(points);
      Collections.reverse(out);
      return out;
    }
  }

  /**
   * The trends found in {@code builds} (newest first, at most {@link #MAX_BUILDS} read), one per
   * target and mode, in the order the newest build ran them.
   */
  public static List<Trend> collect(Iterable<BuildSummaries> builds) {
    Map<String, List<TrendPoint>> points = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    int read = 0;
    for (BuildSummaries b : builds) {
      if (read++ == MAX_BUILDS) {
        break;
      }
      for (GateRunSummary s : b.summaries()) {
        points.computeIfAbsent(s.getReportId(), id -> new ArrayList<>()).add(TrendPoint.of(b.build(), s));
        titles.putIfAbsent(s.getReportId(), s.getTarget() + " (" + s.getMode() + ")");
      }
    }
    List<Trend> out = new ArrayList<>();
    for (Map.Entry<String, List<TrendPoint>> e : points.entrySet()) {
      List<TrendPoint> oldestFirst = new ArrayList<>(e.getValue());
      Collections.reverse(oldestFirst);
      out.add(new Trend(e.getKey(), titles.get(e.getKey()), oldestFirst));
    }
    return out;
  }
}
