package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.BrokenUrl;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.MetricDelta;
import io.spsbacklinks.gate.RuleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one gate run produced for its caller.
 *
 * @param result the core's result with all evidence
 * @param summary the summary attached to the build
 * @param buildResult the build's result after the gate (never better than before it)
 * @param reportUrl the report page: absolute if Jenkins' root URL is configured, else relative to it
 */
public record GateOutcome(GateResult result, GateRunSummary summary, BuildOutcome buildResult, String reportUrl) {

  /**
   * True if this gate run's own verdict is FAIL (enforced), so a freestyle build stops after it;
   * false when only an earlier step made the build a FAILURE.
   */
  public boolean failed() {
    return summary.getOutcome() == BuildOutcome.FAILURE;
  }

  /**
   * The Pipeline step's return value: only strings, numbers, booleans, lists and maps, so a
   * sandboxed script can read it and the CPS engine can save it.
   *
   * <pre>{@code
   * def gate = backlinksGate target: 'example.com', credentialsId: 'sps'
   * if (gate.verdict == 'FAIL') { error "backlinks lost: ${gate.brokenUrls}" }
   * }</pre>
   */
  public Map<String, Object> toStepResult() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("verdict", result.verdict().name());
    out.put("firstRun", result.firstRun());
    out.put("enforced", result.enforced());
    out.put("result", summary.getOutcome().name());
    out.put("buildResult", buildResult.name());
    out.put("target", result.target());
    out.put("mode", result.mode().wireValue());
    out.put("probedUrls", result.probedUrls());
    out.put("brokenUrlCount", result.brokenUrls().size());
    out.put("brokenUrls", new ArrayList<>(result.brokenUrls().stream().map(BrokenUrl::url).toList()));
    out.put("lostBacklinks", summary.getLostBacklinks());
    out.put("ignoredLostBacklinks", summary.getIgnoredLostBacklinks());
    out.put("lostRefdomains", summary.getLostRefdomains());
    Map<String, Object> metrics = new LinkedHashMap<>();
    if (result.metricDeltas() != null) {
      for (MetricDelta d : result.metricDeltas().all()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", d.before());
        m.put("after", d.after());
        m.put("dropPercent", d.dropPercent());
        metrics.put(d.metric(), m);
      }
    }
    out.put("metrics", metrics);
    out.put("unitsSpent", result.unitsSpent());
    out.put("apiErrors", result.apiFailures().size());
    List<Object> rules = new ArrayList<>();
    for (RuleResult r : result.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", r.id());
      rule.put("verdict", r.verdict().name());
      rule.put("evaluated", r.evaluated());
      rule.put("value", r.value());
      rule.put("message", r.message());
      rules.add(rule);
    }
    out.put("rules", rules);
    out.put("reportUrl", reportUrl);
    return out;
  }
}
