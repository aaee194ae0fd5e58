package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Metrics;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored point of the target's metrics history, for the report's chart.
 *
 * @param date the day of the run
 * @param backlinks {@code backlinks} that day
 * @param refdomains {@code refdomains} that day
 * @param dofollowBacklinks {@code dofollow_backlinks} that day
 */
public record MetricPoint(LocalDate date, long backlinks, long refdomains, long dofollowBacklinks) {
  /** Checks that required components are present. */
  public MetricPoint {
    Objects.requireNonNull(date, "date");
  }

  /** The point for {@code metrics} measured on {@code date}. */
  public static MetricPoint of(LocalDate date, Metrics metrics) {
    return new MetricPoint(
        date, metrics.backlinks(), metrics.refdomains(), metrics.dofollowBacklinks());
  }
}
