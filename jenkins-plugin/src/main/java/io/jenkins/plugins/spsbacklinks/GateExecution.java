package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.gate.Baseline;
import io.spsbacklinks.gate.Baselines;
import io.spsbacklinks.gate.Gate;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.MetricDelta;
import io.spsbacklinks.gate.RuleResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Runs the core gate for one build step: picks the baseline, runs the gate, stores the report files
 * and the new baseline in the build, attaches the summary, sets the build result and logs a concise
 * summary with a link. Jenkins-free: the build is a {@link GateHost}.
 */
public final class GateExecution {
  /** The baseline file each run leaves in its report directory. */
  public static final String BASELINE_FILE = "baseline.json";

  private static final String PREFIX = "[backlinks-gate] ";

  private final OkHttpClient http;
  private final Clock clock;

  /**
   * @param http the HTTP client for the API and the probes (in Jenkins: one that honours Jenkins'
   *     proxy settings)
   * @param clock decides "today" for the gate
   */
  public GateExecution(OkHttpClient http, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs the gate.
   *
   * @param apiKey the API key; never logged
   * @throws io.spsbacklinks.core.InvalidParameterException a bad parameter, named, before any request
   * @throws IOException the report files cannot be written
   */
  public GateOutcome execute(GateSettings settings, GateDefaults defaults, String apiKey, GateHost host)
      throws IOException {
    GatePolicy policy = GatePolicyMapping.policy(settings, defaults);
    String reportId = ReportIds.of(settings.getTarget(), GatePolicyMapping.mode(settings).wireValue());
    PrintStream log = host.logger();

    Optional<BaselineSelector.Selected> selected =
        BaselineSelector.select(settings.getBaseline(), reportId, host.previousRuns());
    Baseline baseline = selected.map(s -> readBaseline(s, log)).orElse(null);
    GateRequest request = GatePolicyMapping.request(settings, baseline, policy);
    String endpoint = defaults.endpointFor(settings.getEndpoint());
    log.println(PREFIX + request.target() + " (" + request.mode().wireValue() + ") via " + Redaction.redact(endpoint)
        + ", baseline: " + (baseline == null ? "none (first run)" : "build " + selected.get().buildLabel())
        + ", unit budget " + GateRunSummary.Numbers.format(policy.unitBudget()));

    BacklinksClient client = BacklinksClient.builder()
        .apiKey(apiKey)
        .endpoint(endpoint)
        .okHttpClient(http)
        .connectTimeout(defaults.connectTimeout())
        .readTimeout(defaults.readTimeout())
        .build();
    GateResult result = Gate.builder().client(client).probeClient(http).clock(clock).build().run(request);

    Path dir = host.reportDirectory(reportId);
    GateReports.writeAll(result, dir);
    ReportStyleSheet.extract(dir.resolve(GateReports.HTML_FILE));
    Baselines.write(result.newBaseline(), dir.resolve(BASELINE_FILE));
    GateRunSummary summary = GateRunSummary.of(reportId, result, baseline == null ? null : selected.get().buildLabel());
    String reportPath = host.attachReport(summary);

    BuildOutcome before = host.currentResult();
    BuildOutcome after = summary.getOutcome().applyTo(before);
    if (after != (before == null ? BuildOutcome.SUCCESS : before)) {
      host.setResult(after, "Backlinks gate " + result.verdict() + " for " + result.target() + ": "
          + firedRules(result));
    }
    logSummary(log, result, summary, after);
    if (result.redirects() != null) {
      log.println(PREFIX + RuleFormat.rules(result.redirects().suggestions()).size()
          + " redirect rule(s) suggested for the broken URLs, stored with the report (" + RuleFormat.NETLIFY.fileName()
          + ", redirects.nginx.conf, ...); see the report's Fix column");
    }
    host.hyperlink("/" + reportPath, "Backlinks gate report");
    log.println();
    return new GateOutcome(result, summary, after, host.rootUrl().map(root -> root + reportPath).orElse(reportPath));
  }

  private static Baseline readBaseline(BaselineSelector.Selected selected, PrintStream log) {
    try {
      return Baselines.read(selected.file());
    } catch (IOException | BacklinksException e) {
      // A damaged file must not block deploys forever: run as a first run and say why.
      log.println(PREFIX + "ignoring the baseline of build " + selected.buildLabel() + ": " + e.getMessage());
      return null;
    }
  }

  private static String firedRules(GateResult result) {
    StringBuilder out = new StringBuilder();
    for (RuleResult r : result.firedRules()) {
      out.append(out.length() == 0 ? "" : "; ").append(r.title()).append(' ').append(r.verdict());
    }
    return out.length() == 0 ? "no rule fired" : out.toString();
  }

  private static void logSummary(PrintStream log, GateResult r, GateRunSummary s, BuildOutcome buildResult) {
    log.println(PREFIX + "verdict " + r.verdict() + " -> build " + buildResult + (r.enforced() ? ""
        : " (first run: baseline recorded, rules not enforced; they would have given " + r.rulesVerdict() + ")"));
    String notEnforced = r.enforced() ? "" : " (not enforced)";
    for (RuleResult rule : r.firedRules()) {
      log.println("  " + rule.verdict() + notEnforced + "  " + rule.title() + ": " + rule.message());
    }
    StringBuilder facts = new StringBuilder(PREFIX)
        .append(s.getProbedUrls()).append(" URLs probed, ").append(s.getBrokenUrls()).append(" broken; ")
        .append(s.getLostBacklinks()).append(" lost backlinks (").append(s.getIgnoredLostBacklinks())
        .append(" ignored), ").append(s.getLostRefdomains()).append(" lost referring domains");
    if (r.metricDeltas() != null) {
      MetricDelta b = r.metricDeltas().backlinks();
      facts.append("; backlinks ")
          .append(b.before() == null ? "" : GateRunSummary.Numbers.format(b.before()) + " -> ")
          .append(GateRunSummary.Numbers.format(b.after()));
      String change = GateRunSummary.Numbers.change(b);
      facts.append(change.isEmpty() ? "" : " (" + change + ")");
    }
    facts.append("; ").append(GateRunSummary.Numbers.format(r.unitsSpent())).append(" API units spent");
    log.println(facts);
    if (!r.apiFailures().isEmpty()) {
      log.println(PREFIX + r.apiFailures().size() + " API call(s) failed: "
          + r.apiFailures().get(0).command() + ": " + r.apiFailures().get(0).message());
    }
    log.print(PREFIX);
  }
}
