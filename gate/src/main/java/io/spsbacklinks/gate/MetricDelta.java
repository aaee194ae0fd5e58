package io.spsbacklinks.gate;

/**
 * One metric before and after.
 *
 * @param metric the API's field name: {@code backlinks}, {@code refdomains} or {@code
 *     dofollow_backlinks}
 * @param before the baseline's value, or null without a baseline
 * @param after the value now
 * @param dropPercent {@code (before - after) * 100 / before}, negative for growth, 0 when {@code
 *     before} is 0, null without a baseline
 */
public record MetricDelta(String metric, Long before, long after, Double dropPercent) {
  static MetricDelta of(String metric, Long before, long after) {
    if (before == null) {
      return new MetricDelta(metric, null, after, null);
    }
    double drop = before == 0 ? 0.0 : (before - after) * 100.0 / before;
    return new MetricDelta(metric, before, after, drop);
  }
}
