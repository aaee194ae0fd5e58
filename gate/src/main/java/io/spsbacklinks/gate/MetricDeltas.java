package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Metrics;
import java.util.List;
import java.util.Objects;

/**
 * The metrics check's evidence.
 *
 * @param before the baseline's metrics, or null without a usable baseline
 * @param after get-metrics now
 * @param backlinks the {@code backlinks} delta
 * @param refdomains the {@code refdomains} delta
 * @param dofollowBacklinks the {@code dofollow_backlinks} delta
 */
public record MetricDeltas(
    Metrics before,
    Metrics after,
    MetricDelta backlinks,
    MetricDelta refdomains,
    MetricDelta dofollowBacklinks) {

  /** Checks that required components are present. */
  public MetricDeltas {
    Objects.requireNonNull(after, "after");
  }

  static MetricDeltas of(Metrics before, Metrics after) {
    return new MetricDeltas(
        before,
        after,
        MetricDelta.of("backlinks", before == null ? null : before.backlinks(), after.backlinks()),
        MetricDelta.of(
            "refdomains", before == null ? null : before.refdomains(), after.refdomains()),
        MetricDelta.of(
            "dofollow_backlinks",
            before == null ? null : before.dofollowBacklinks(),
            after.dofollowBacklinks()));
  }

  /** The three deltas in report order. */
  public List<MetricDelta> all() {
    return List.of(backlinks, refdomains, dofollowBacklinks);
  }
}
