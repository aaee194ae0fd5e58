package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One gate run: plans and caps the API units ({@link UnitPlanner}), runs one check per rule family
 * ({@link BrokenTargetsCheck}, {@link LostCheck}, {@link MetricsCheck}, {@link WatchlistCheck},
 * {@link ApiCheck}), decides the verdict and assembles the {@link GateResult}. Formatting is the
 * reports' business.
 */
final class GateRun extends GateCheck {
  private final Clock clock;

  GateRun(BacklinksClient client, OkHttpClient probeClient, Clock clock, GateRequest request) {
    super(
        client,
        probeClient,
        request,
        new ApiCalls(),
        new ArrayList<>(),
        new EnumMap<>(GateRule.class));
    this.clock = clock;
  }

  GateResult execute() {
    Instant ranAt = clock.instant();
    LocalDate today = LocalDate.ofInstant(ranAt, clock.getZone());
    Baseline baseline = usableBaseline(request, notes);
    LocalDate from =
        baseline != null ? baseline.date() : today.minusDays(policy.lost().lookbackDays());
    if (from.isAfter(today)) {
      notes.add(
          "The baseline's date "
              + from
              + " is after today "
              + today
              + ": the lost-links window starts today.");
      from = today;
    }

    UnitEstimate estimate = UnitPlanner.plan(request, null, null);
    String refused = estimate.withinBudget() ? null : refusal(estimate, "no API request was sent");

    Metrics now = null;
    String metricsMissing = refused;
    if (refused == null && UnitPlanner.needsMetrics(policy)) {
      ApiCalls.Fetched<List<Metrics>> fetched =
          api.call(
              CHECK_METRICS,
              "get-metrics",
              UnitEstimate.METRICS_UNITS_PER_TARGET,
              () -> client.getMetrics(List.of(request.target()), request.mode()));
      if (!fetched.ok()) {
        metricsMissing = fetched.failure();
      } else if (fetched.value().isEmpty()) {
        metricsMissing = api.fail(CHECK_METRICS, "get-metrics", "no metrics row for the target");
      } else {
        now = fetched.value().get(0);
      }
    }
    long rawCap = 0;
    if (refused == null && UnitPlanner.rawSource(policy) && now != null) {
      estimate = UnitPlanner.plan(request, now.backlinks(), "get-metrics now");
      refused = estimate.withinBudget() ? null : refusal(estimate, "only get-metrics was sent");
      // The raw read may use whatever the other requests leave of the budget, should the index
      // grow.
      rawCap = policy.unitBudget() - (estimate.total() - now.backlinks());
    }

    BrokenTargetsCheck broken = new BrokenTargetsCheck(this);
    if (policy.brokenTargets().enabled()) {
      if (refused != null) {
        broken.skip(refused);
      } else if (UnitPlanner.rawSource(policy) && now == null) {
        broken.skip(
            "the backlink count needed to cap get-raw-backlinks is unknown: " + metricsMissing);
      } else {
        broken.run(rawCap);
      }
    }
    RedirectPlan redirects =
        RedirectsStep.suggest(
            probeClient,
            request,
            broken,
            baseline == null ? Map.of() : baseline.redirects(),
            notes);
    LostCheck lostCheck = new LostCheck(this);
    if (UnitPlanner.needsLost(policy)) {
      if (refused != null) {
        lostCheck.skip(refused);
      } else {
        lostCheck.run(from, today);
      }
    }
    MetricsCheck metrics = new MetricsCheck(this);
    if (policy.metrics().enabled()) {
      metrics.evaluate(baseline, now, metricsMissing);
    }
    if (!watchlist.isEmpty()) {
      new WatchlistCheck(this)
          .evaluate(refused, lostCheck.lost, lostCheck.fetched, broken.brokenUrls);
    }
    ApiCheck apiCheck = new ApiCheck(this);
    rules.put(GateRule.UNIT_BUDGET, apiCheck.budgetRule(estimate, refused));
    rules.put(GateRule.API_ERRORS, apiCheck.apiErrorsRule());

    Verdict verdict = Verdict.PASS;
    for (RuleResult rule : rules.values()) {
      verdict = verdict.worst(rule.verdict());
    }
    if (!GateResult.enforced(baseline, policy)) {
      notes.add(
          0,
          "First run: baseline recorded, rules not enforced (firstRun=record). Each rule shows the verdict"
              + " it would have had ("
              + verdict
              + " overall); the next run, compared with this run's baseline, is"
              + " enforced.");
      verdict = Verdict.PASS;
    }
    // Without the lost lists the window was not examined: the next run starts where this one did.
    LocalDate nextDate = UnitPlanner.needsLost(policy) && !lostCheck.fetched ? from : today;
    Baseline start =
        baseline != null
            ? baseline
            : new Baseline(request.target(), request.mode(), nextDate, null, List.of());
    Baseline newBaseline = start.advance(nextDate, now).withRedirects(broken.answeredAt);

    broken.brokenUrls.sort(Destinations.HEAVIEST_FIRST);
    broken.unknownUrls.sort(Destinations.HEAVIEST_FIRST);
    LostLinks lost = lostCheck.lost;
    boolean lostRan = lost != null;
    return new GateResult(
        request.target(),
        request.mode(),
        displayUrl(request.deployedBaseUrl()),
        ranAt,
        verdict,
        new ArrayList<>(rules.values()),
        broken.probedUrls,
        broken.brokenUrls,
        broken.unknownUrls,
        lostRan ? from : null,
        lostRan ? today : null,
        lostRan ? lost.links() : List.of(),
        lostRan ? lost.refdomains() : List.of(),
        metrics.metricDeltas,
        estimate,
        api.unitsSpent(),
        api.failures(),
        notes,
        baseline,
        newBaseline,
        policy,
        redirects);
  }

  /** The request's baseline if it is for this target and mode, else null with a note. */
  static Baseline usableBaseline(GateRequest request, List<String> notes) {
    Baseline b = request.baseline();
    if (b == null) {
      notes.add(
          "No baseline: first run. Lost links are read for the last "
              + count(request.policy().lost().lookbackDays(), "day", "days")
              + " and metric drops are not measured; this run's result becomes the baseline of the next run"
              + " once it is stored (the CLI's --baseline file, the Jenkins build).");
      return null;
    }
    if (b.mode() != request.mode() || !sameTarget(b.target(), request.target())) {
      notes.add(
          "The baseline is for "
              + b.target()
              + " ("
              + b.mode().wireValue()
              + "), not "
              + request.target()
              + " ("
              + request.mode().wireValue()
              + "): ignored, treated as a first run.");
      return null;
    }
    return b;
  }

  private static boolean sameTarget(String a, String b) {
    HttpUrl x = Hosts.parseLenient(a);
    HttpUrl y = Hosts.parseLenient(b);
    return x != null
        && y != null
        && Hosts.sameSite(x.host(), y.host())
        && trimSlash(x.encodedPath()).equals(trimSlash(y.encodedPath()))
        && String.valueOf(x.encodedQuery()).equals(String.valueOf(y.encodedQuery()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private String refusal(UnitEstimate estimate, String sent) {
    return "the estimated "
        + count(estimate.total())
        + " API units exceed the unit budget of "
        + count(estimate.budget())
        + ", "
        + sent;
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code "1 referring domain"}, {@code "2 referring domains"}. */
  static String count(long n, String singular, String plural) {
    return count(n) + " " + (n == 1 ? singular : plural);
  }

  /** A URL for reports: without user info, which may hold credentials. */
  static String displayUrl(String url) {
    if (url == null) {
      return null;
    }
    HttpUrl parsed = HttpUrl.parse(url);
    return parsed == null ? url : parsed.newBuilder().username("").password("").build().toString();
  }
}
