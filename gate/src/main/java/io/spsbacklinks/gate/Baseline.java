package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the previous accepted run left behind: the day the next lost-links window starts, the
 * metrics the next drop is measured against, and the metrics history for charts. Store {@link
 * GateResult#newBaseline()} with {@link Baselines#write} after a run you accept; a baseline for
 * another target or mode is ignored with a note.
 *
 * @param target the gate's target
 * @param mode the gate's mode
 * @param date the start of the next run's lost-links window
 * @param metrics the metrics to compare with, or null if none were measured yet
 * @param history metric points, oldest first, at most {@link #MAX_HISTORY}, one per day
 */
public record Baseline(
    String target, Mode mode, LocalDate date, Metrics metrics, List<MetricPoint> history) {
  /** The most points kept: a year of daily runs. */
  public static final int MAX_HISTORY = 366;

  /** Checks the components and copies lists, so the record is immutable. */
  public Baseline {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(date, "date");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
  }

  /**
   * The baseline after a run on {@code date}: {@code metrics} (if measured) replace the stored ones
   * and become that day's history point (a second run the same day replaces the first).
   */
  Baseline advance(LocalDate newDate, Metrics measured) {
    if (measured == null) {
      return new Baseline(target, mode, newDate, metrics, history);
    }
    return new Baseline(
        target, mode, newDate, measured, appendPoint(history, MetricPoint.of(newDate, measured)));
  }

  static List<MetricPoint> appendPoint(List<MetricPoint> history, MetricPoint point) {
    List<MetricPoint> out = new ArrayList<>(history.size() + 1);
    for (MetricPoint p : history) {
      if (p.date().isBefore(point.date())) {
        out.add(p);
      }
    }
    out.add(point);
    return out.size() > MAX_HISTORY ? out.subList(out.size() - MAX_HISTORY, out.size()) : out;
  }
}
