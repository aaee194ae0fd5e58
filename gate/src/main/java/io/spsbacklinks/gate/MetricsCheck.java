package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Metrics;
import java.util.Locale;

/** The metric-drop family: get-metrics now against the baseline's metrics. */
final class MetricsCheck extends GateCheck {
  MetricsCheck(GateCheck run) {
    super(run);
  }

  MetricDeltas metricDeltas;

  void evaluate(Baseline baseline, Metrics now, String missing) {
    if (now == null) {
      missing(GateRule.METRICS_BACKLINKS_DROP, missing);
      missing(GateRule.METRICS_REFDOMAINS_DROP, missing);
      missing(GateRule.METRICS_DOFOLLOW_DROP, missing);
      return;
    }
    Metrics before = baseline == null ? null : baseline.metrics();
    metricDeltas = MetricDeltas.of(before, now);
    metricRule(GateRule.METRICS_BACKLINKS_DROP, metricDeltas.backlinks(), baseline);
    metricRule(GateRule.METRICS_REFDOMAINS_DROP, metricDeltas.refdomains(), baseline);
    metricRule(GateRule.METRICS_DOFOLLOW_DROP, metricDeltas.dofollowBacklinks(), baseline);
  }

  private void metricRule(GateRule rule, MetricDelta delta, Baseline baseline) {
    Threshold t = policy.threshold(rule);
    if (delta.before() == null) {
      rules.put(
          rule,
          new RuleResult(
              rule,
              Verdict.PASS,
              true,
              null,
              "%",
              t,
              "No baseline metrics to compare with: "
                  + delta.metric()
                  + " is "
                  + count(delta.after())
                  + " now and becomes the baseline."));
      return;
    }
    double drop = delta.dropPercent();
    String change =
        drop >= 0
            ? String.format(Locale.ROOT, "%.1f%% drop", drop)
            : String.format(Locale.ROOT, "%.1f%% growth", -drop);
    rules.put(
        rule,
        RuleResult.measured(
            rule,
            drop,
            "%",
            t,
            delta.metric()
                + " "
                + count(delta.before())
                + " -> "
                + count(delta.after())
                + " since "
                + baseline.date()
                + ": "
                + change
                + "."));
  }
}
