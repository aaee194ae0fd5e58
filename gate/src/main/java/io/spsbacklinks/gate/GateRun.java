package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksQuery;
import io.spsbacklinks.core.NewLostBacklinksQuery;
import io.spsbacklinks.core.NewLostRefdomainsQuery;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** One gate run: plans and caps the API units, runs the checks, collects rules and evidence. */
final class GateRun {
  /** get-raw-backlinks page size: the API's default and a comfortable streamed page. */
  static final int RAW_PAGE_LIMIT = 10_000;

  private static final String CHECK_BROKEN = "broken-targets";
  private static final String CHECK_LOST = "lost";
  private static final String CHECK_METRICS = "metrics";

  private final BacklinksClient client;
  private final OkHttpClient probeClient;
  private final Clock clock;
  private final GateRequest request;
  private final GatePolicy policy;
  private final Watchlist watchlist;
  private final ApiCalls api = new ApiCalls();
  private final List<String> notes = new ArrayList<>();
  private final Map<GateRule, RuleResult> rules = new EnumMap<>(GateRule.class);

  private final List<BrokenUrl> brokenUrls = new ArrayList<>();
  private final List<BrokenUrl> unknownUrls = new ArrayList<>();
  private int probedUrls;
  private LostLinks lost;
  private boolean lostFetched;
  private MetricDeltas metricDeltas;

  GateRun(BacklinksClient client, OkHttpClient probeClient, Clock clock, GateRequest request) {
    this.client = client;
    this.probeClient = probeClient;
    this.clock = clock;
    this.request = request;
    this.policy = request.policy();
    this.watchlist = Watchlist.parse(policy.watchlist());
  }

  GateResult execute() {
    Instant ranAt = clock.instant();
    LocalDate today = LocalDate.ofInstant(ranAt, clock.getZone());
    Baseline baseline = usableBaseline(request, notes);
    LocalDate from = baseline != null ? baseline.date() : today.minusDays(policy.lost().lookbackDays());
    if (from.isAfter(today)) {
      notes.add("The baseline's date " + from + " is after today " + today + ": the lost-links window starts today.");
      from = today;
    }

    UnitEstimate estimate = plan(request, null, null);
    String refused = estimate.withinBudget() ? null : refusal(estimate, "no API request was sent");

    Metrics now = null;
    String metricsMissing = refused;
    if (refused == null && needsMetrics(policy)) {
      ApiCalls.Fetched<List<Metrics>> fetched = api.call(CHECK_METRICS, "get-metrics",
          UnitEstimate.METRICS_UNITS_PER_TARGET, () -> client.getMetrics(List.of(request.target()), request.mode()));
      if (!fetched.ok()) {
        metricsMissing = fetched.failure();
      } else if (fetched.value().isEmpty()) {
        metricsMissing = api.fail(CHECK_METRICS, "get-metrics", "no metrics row for the target");
      } else {
        now = fetched.value().get(0);
      }
    }
    long rawCap = 0;
    if (refused == null && rawSource(policy) && now != null) {
      estimate = plan(request, now.backlinks(), "get-metrics now");
      refused = estimate.withinBudget() ? null : refusal(estimate, "only get-metrics was sent");
      // The raw read may use whatever the other requests leave of the budget, should the index grow.
      rawCap = policy.unitBudget() - (estimate.total() - now.backlinks());
    }

    if (policy.brokenTargets().enabled()) {
      if (refused != null) {
        skipBroken(refused);
      } else if (rawSource(policy) && now == null) {
        skipBroken("the backlink count needed to cap get-raw-backlinks is unknown: " + metricsMissing);
      } else {
        runBroken(rawCap);
      }
    }
    if (needsLost(policy)) {
      if (refused != null) {
        skipLost(refused);
      } else {
        runLost(from, today);
      }
    }
    if (policy.metrics().enabled()) {
      evaluateMetrics(baseline, now, metricsMissing);
    }
    if (!watchlist.isEmpty()) {
      evaluateWatchlist(refused);
    }
    rules.put(GateRule.UNIT_BUDGET, budgetRule(estimate, refused));
    rules.put(GateRule.API_ERRORS, apiErrorsRule());

    Verdict verdict = Verdict.PASS;
    for (RuleResult rule : rules.values()) {
      verdict = verdict.worst(rule.verdict());
    }
    if (!GateResult.enforced(baseline, policy)) {
      notes.add(0, "First run: baseline recorded, rules not enforced (firstRun=record). Each rule shows the verdict"
          + " it would have had (" + verdict + " overall); the next run, compared with this run's baseline, is"
          + " enforced.");
      verdict = Verdict.PASS;
    }
    // Without the lost lists the window was not examined: the next run starts where this one did.
    LocalDate nextDate = needsLost(policy) && !lostFetched ? from : today;
    Baseline start = baseline != null ? baseline
        : new Baseline(request.target(), request.mode(), nextDate, null, List.of());
    Baseline newBaseline = start.advance(nextDate, now);

    brokenUrls.sort(Destinations.HEAVIEST_FIRST);
    unknownUrls.sort(Destinations.HEAVIEST_FIRST);
    boolean lostRan = lost != null;
    return new GateResult(request.target(), request.mode(), displayUrl(request.deployedBaseUrl()), ranAt, verdict,
        new ArrayList<>(rules.values()), probedUrls, brokenUrls, unknownUrls,
        lostRan ? from : null, lostRan ? today : null,
        lostRan ? lost.links() : List.of(), lostRan ? lost.refdomains() : List.of(),
        metricDeltas, estimate, api.unitsSpent(), api.failures(), notes, baseline, newBaseline, policy);
  }

  // ---- planning ------------------------------------------------------------------------------

  /**
   * The units a run may spend. {@code rawRows} is the backlink count for {@code ALL_RAW} (null if
   * not known yet, which makes the estimate incomplete) and {@code rawBasis} where it came from.
   */
  static UnitEstimate plan(GateRequest request, Long rawRows, String rawBasis) {
    GatePolicy p = request.policy();
    List<UnitEstimate.Item> items = new ArrayList<>();
    boolean complete = true;
    if (needsMetrics(p)) {
      items.add(new UnitEstimate.Item("get-metrics", p.metrics().enabled() ? CHECK_METRICS : CHECK_BROKEN,
          UnitEstimate.METRICS_UNITS_PER_TARGET, UnitEstimate.METRICS_UNITS_PER_TARGET + " units x 1 target"));
    }
    BrokenTargetsPolicy b = p.brokenTargets();
    if (b.enabled() && b.source() == BacklinkSource.TOP_BACKLINKS) {
      items.add(new UnitEstimate.Item("get-backlinks", CHECK_BROKEN, b.topN(), "1 unit/row x limit " + b.topN()));
    } else if (b.enabled()) {
      complete = rawRows != null;
      items.add(new UnitEstimate.Item("get-raw-backlinks", CHECK_BROKEN, complete ? rawRows : 0,
          complete ? "1 unit/row x " + count(rawRows) + " backlinks (" + rawBasis + ")" : "unknown until get-metrics"));
    }
    if (needsLost(p)) {
      int rows = p.lost().maxRows();
      items.add(new UnitEstimate.Item("get-new-lost-backlinks", CHECK_LOST, rows, "1 unit/row x limit " + rows));
      items.add(new UnitEstimate.Item("get-new-lost-refdomains", CHECK_LOST, rows, "1 unit/row x limit " + rows));
    }
    long total = items.stream().mapToLong(UnitEstimate.Item::units).sum();
    return new UnitEstimate(items, total, p.unitBudget(), complete);
  }

  static boolean needsMetrics(GatePolicy p) {
    return p.metrics().enabled() || rawSource(p);
  }

  /** The watchlist needs the lost lists even with the lost check disabled. */
  static boolean needsLost(GatePolicy p) {
    return p.lost().enabled() || !p.watchlist().isEmpty();
  }

  private static boolean rawSource(GatePolicy p) {
    return p.brokenTargets().enabled() && p.brokenTargets().source() == BacklinkSource.ALL_RAW;
  }

  /** The request's baseline if it is for this target and mode, else null with a note. */
  static Baseline usableBaseline(GateRequest request, List<String> notes) {
    Baseline b = request.baseline();
    if (b == null) {
      notes.add("No baseline: first run. Lost links are read for the last " + request.policy().lost().lookbackDays()
          + " days and metric drops are not measured; this run's result becomes the baseline of the next run"
          + " once it is stored (the CLI's --baseline file, the Jenkins build).");
      return null;
    }
    if (b.mode() != request.mode() || !sameTarget(b.target(), request.target())) {
      notes.add("The baseline is for " + b.target() + " (" + b.mode().wireValue() + "), not " + request.target()
          + " (" + request.mode().wireValue() + "): ignored, treated as a first run.");
      return null;
    }
    return b;
  }

  private static boolean sameTarget(String a, String b) {
    HttpUrl x = Hosts.parseLenient(a);
    HttpUrl y = Hosts.parseLenient(b);
    return x != null && y != null && Hosts.sameSite(x.host(), y.host())
        && trimSlash(x.encodedPath()).equals(trimSlash(y.encodedPath()))
        && String.valueOf(x.encodedQuery()).equals(String.valueOf(y.encodedQuery()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private String refusal(UnitEstimate estimate, String sent) {
    return "the estimated " + count(estimate.total()) + " API units exceed the unit budget of "
        + count(estimate.budget()) + ", " + sent;
  }

  // ---- broken targets ------------------------------------------------------------------------

  private void runBroken(long rawCap) {
    BrokenTargetsPolicy b = policy.brokenTargets();
    Destinations destinations = new Destinations(watchlist);
    ApiCalls.Fetched<Long> read;
    if (b.source() == BacklinkSource.TOP_BACKLINKS) {
      BacklinksQuery query = BacklinksQuery.builder(request.target()).mode(request.mode())
          .limit(b.topN()).orderBy(BacklinksOrder.INLINK_RANK).build();
      read = api.stream(CHECK_BROKEN, "get-backlinks", () -> client.getBacklinks(query), n -> true, destinations::add);
    } else {
      RawBacklinksQuery query = RawBacklinksQuery.builder(request.target()).mode(request.mode())
          .limit(RAW_PAGE_LIMIT).build();
      read = api.stream(CHECK_BROKEN, "get-raw-backlinks", () -> client.rawBacklinks(query),
          n -> n < rawCap, destinations::add);
      if (read.ok() && read.value() >= rawCap) {
        notes.add("get-raw-backlinks stopped at the unit budget after " + count(read.value())
            + " rows; later backlinks, if any, were not probed.");
      }
    }
    if (!read.ok()) {
      skipBroken(read.failure());
      return;
    }
    if (destinations.unusable() > 0) {
      notes.add(count(destinations.unusable()) + " backlinks have a url_to that is not a URL; not probed.");
    }
    ProbeScope scope = ProbeScope.of(request);
    List<HttpUrl> urls = new ArrayList<>();
    List<String> offSite = new ArrayList<>();
    for (HttpUrl url : destinations.urls()) {
      if (scope.probes(url)) {
        urls.add(url);
      } else {
        offSite.add(url.toString());
      }
    }
    if (!offSite.isEmpty()) {
      notes.add(count(offSite.size(), "backlinked URL is", "backlinked URLs are") + " not on the target's site "
          + scope.describe() + ": reported, not probed (allow a host with brokenTargets.allowedHosts): "
          + examples(offSite) + ".");
    }
    List<Prober.Probe> probes = new Prober(probeClient, b, scope).probeAll(urls);
    probedUrls = urls.size();
    Map<ProbeOutcome, Integer> byOutcome = new TreeMap<>();
    List<String> offSiteRedirects = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      Prober.Probe probe = probes.get(i);
      if (probe.outcome().isBroken()) {
        brokenUrls.add(destinations.evidence(urls.get(i), probe, b.unknownDomainInlinkRank()));
        byOutcome.merge(probe.outcome(), 1, Integer::sum);
      } else if (probe.outcome().isUnknown()) {
        unknownUrls.add(destinations.evidence(urls.get(i), probe, b.unknownDomainInlinkRank()));
      } else if (probe.outcome() == ProbeOutcome.OFF_SITE_REDIRECT) {
        offSiteRedirects.add(urls.get(i) + " -> " + probe.chain().get(probe.chain().size() - 1));
      }
    }
    if (!offSiteRedirects.isEmpty()) {
      notes.add(count(offSiteRedirects.size(), "URL redirects", "URLs redirect") + " off the site "
          + scope.describe() + ": the redirect is reported, not followed (allow a host with "
          + "brokenTargets.allowedHosts): " + examples(offSiteRedirects) + ".");
    }

    String where = request.deployedBaseUrl() == null ? "" : " on " + displayUrl(request.deployedBaseUrl());
    StringBuilder why = new StringBuilder();
    if (urls.isEmpty()) {
      why.append("No backlinked URLs to probe: the API returned no backlinks for the target.");
    } else {
      why.append(brokenUrls.size()).append(" of ").append(count(urls.size(), "backlinked URL is", "backlinked URLs are"))
          .append(" broken").append(where);
      if (!byOutcome.isEmpty()) {
        StringJoiner kinds = new StringJoiner(", ", " (", ")");
        byOutcome.forEach((outcome, n) -> kinds.add(outcome.name().toLowerCase(Locale.ROOT) + " " + n));
        why.append(kinds);
      }
      why.append('.');
    }
    String unprobed = null;
    if (!unknownUrls.isEmpty()) {
      List<String> samples = unknownUrls.stream().map(u -> u.url() + " (" + u.detail() + ")").toList();
      unprobed = count(unknownUrls.size(), "backlinked URL", "backlinked URLs") + " of " + count(urls.size())
          + " could not be probed" + where + " (timeout or no connection, retried once), so the broken count is"
          + " only a lower bound: " + examples(samples) + ". " + why;
    }
    judgeBroken(GateRule.BROKEN_TARGETS, brokenUrls.size(), why.toString(), unprobed);

    double weight = brokenUrls.stream().mapToDouble(BrokenUrl::weight).sum();
    int refdomains = brokenUrls.stream().mapToInt(BrokenUrl::refdomains).sum();
    String weightWhy = "The broken URLs have " + count(refdomains, "referring domain", "referring domains")
        + " weighing " + Threshold.format(weight)
        + " (a rank-50 domain weighs 1, each 15 rank points double it; unknown ranks count as "
        + b.unknownDomainInlinkRank() + ").";
    judgeBroken(GateRule.BROKEN_TARGETS_WEIGHT, weight, weightWhy, unprobed == null ? null : unprobed + " " + weightWhy);
  }

  /**
   * A broken-targets rule: measured, unless some URLs could not be probed and the probed ones alone
   * do not already fail it; then the rule is not measured and yields {@link GatePolicy#notMeasured()}.
   */
  private void judgeBroken(GateRule rule, double value, String why, String unprobed) {
    Threshold t = policy.threshold(rule);
    RuleResult measured = RuleResult.measured(rule, value, rule.unit(), t, why);
    rules.put(rule, unprobed == null || measured.verdict() == Verdict.FAIL ? measured
        : RuleResult.notMeasured(rule, t, policy.notMeasured().verdict(), value, unprobed));
  }

  private void skipBroken(String why) {
    missing(GateRule.BROKEN_TARGETS, why);
    missing(GateRule.BROKEN_TARGETS_WEIGHT, why);
  }

  /** A rule whose API data is missing: the verdict is what {@link GatePolicy#apiErrors()} says. */
  private void missing(GateRule rule, String why) {
    Threshold t = rule.hasThreshold() ? policy.threshold(rule) : null;
    rules.put(rule, RuleResult.notMeasured(rule, t, policy.apiErrors().verdict(), null, why));
  }

  private static String examples(List<String> items) {
    return String.join("; ", items.subList(0, Math.min(5, items.size())))
        + (items.size() > 5 ? "; and " + (items.size() - 5) + " more" : "");
  }

  // ---- lost in the index ---------------------------------------------------------------------

  private void runLost(LocalDate from, LocalDate to) {
    LostPolicy p = policy.lost();
    lost = new LostLinks(p, watchlist, request.targetHost());
    NewLostBacklinksQuery.Builder links = NewLostBacklinksQuery.builder(request.target()).mode(request.mode())
        .newLostType(NewLostType.LOST).dateFrom(from).dateTo(to)
        .orderBy(NewLostOrder.DOMAIN_INLINK_RANK).limit(p.maxRows());
    if (p.dofollowOnly()) {
      links.dofollow(DofollowFilter.DOFOLLOW);
    }
    if (p.linkType() != null) {
      links.linkType(p.linkType());
    }
    NewLostBacklinksQuery linksQuery = links.build();
    NewLostRefdomainsQuery domainsQuery = NewLostRefdomainsQuery.builder(request.target()).mode(request.mode())
        .newLostType(NewLostType.LOST).dateFrom(from).dateTo(to)
        .orderBy(NewLostRefdomainsOrder.DOMAIN_INLINK_RANK).limit(p.maxRows()).build();

    ApiCalls.Fetched<Long> linkRows = api.stream(CHECK_LOST, "get-new-lost-backlinks",
        () -> client.getNewLostBacklinks(linksQuery), n -> true, lost::addBacklink);
    ApiCalls.Fetched<Long> domainRows = api.stream(CHECK_LOST, "get-new-lost-refdomains",
        () -> client.getNewLostRefdomains(domainsQuery), n -> true, lost::addRefdomain);
    lostFetched = linkRows.ok() && domainRows.ok();
    noteTruncated("get-new-lost-backlinks", linkRows, p.maxRows());
    noteTruncated("get-new-lost-refdomains", domainRows, p.maxRows());
    if (!p.enabled()) {
      return;
    }
    String window = " from " + from + " to " + to;
    if (!linkRows.ok()) {
      missing(GateRule.LOST_BACKLINKS, linkRows.failure());
    } else {
      GateRulesText text = new GateRulesText();
      text.add(count(lost.countedLinks(), "lost backlink", "lost backlinks") + " counted" + window);
      text.addCounts("by reason", reasons(lost.links(), false));
      if (lost.deployCaused() > 0) {
        text.add(lost.deployCaused() + " deploy-caused (broken_redirect from the site's own host)");
      }
      text.addCounts("ignored", reasons(lost.links(), true));
      if (lost.linksFiltered() > 0) {
        text.add(lost.linksFiltered() + " below Domain InLink Rank " + p.minDomainInlinkRank() + " left out");
      }
      rules.put(GateRule.LOST_BACKLINKS, RuleResult.measured(GateRule.LOST_BACKLINKS, lost.countedLinks(),
          "backlinks", policy.threshold(GateRule.LOST_BACKLINKS), text.toString()));
    }
    if (!domainRows.ok()) {
      missing(GateRule.LOST_REFDOMAINS, domainRows.failure());
    } else {
      GateRulesText text = new GateRulesText();
      text.add(count(lost.countedRefdomains(), "lost referring domain", "lost referring domains") + " counted"
          + window);
      long ignored = lost.refdomains().size() - lost.countedRefdomains();
      if (ignored > 0) {
        text.add(ignored + " ignored (all their lost backlinks had ignored reasons)");
      }
      if (lost.refdomainsFiltered() > 0) {
        text.add(lost.refdomainsFiltered() + " left out by the rank or dofollow filters");
      }
      rules.put(GateRule.LOST_REFDOMAINS, RuleResult.measured(GateRule.LOST_REFDOMAINS, lost.countedRefdomains(),
          "refdomains", policy.threshold(GateRule.LOST_REFDOMAINS), text.toString()));
    }
  }

  private void skipLost(String why) {
    if (policy.lost().enabled()) {
      missing(GateRule.LOST_BACKLINKS, why);
      missing(GateRule.LOST_REFDOMAINS, why);
    }
  }

  private void noteTruncated(String command, ApiCalls.Fetched<Long> rows, int limit) {
    if (rows.ok() && rows.value() >= limit) {
      notes.add(command + " returned its limit of " + count(limit)
          + " rows: there may be more, the counts are a lower bound (raise lost.maxRows).");
    }
  }

  private static Map<String, Long> reasons(List<LostLink> links, boolean ignored) {
    Map<String, Long> out = new TreeMap<>();
    for (LostLink link : links) {
      if (link.ignored() == ignored) {
        String reason = link.reasonLost() == null ? "" : link.reasonLost().value();
        out.merge(reason.isEmpty() ? "(none)" : reason, 1L, Long::sum);
      }
    }
    return out;
  }

  // ---- metrics -------------------------------------------------------------------------------

  private void evaluateMetrics(Baseline baseline, Metrics now, String missing) {
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
      rules.put(rule, new RuleResult(rule, Verdict.PASS, true, null, "%", t,
          "No baseline metrics to compare with: " + delta.metric() + " is " + count(delta.after())
              + " now and becomes the baseline."));
      return;
    }
    double drop = delta.dropPercent();
    String change = drop >= 0 ? String.format(Locale.ROOT, "%.1f%% drop", drop)
        : String.format(Locale.ROOT, "%.1f%% growth", -drop);
    rules.put(rule, RuleResult.measured(rule, drop, "%", t, delta.metric() + " " + count(delta.before()) + " -> "
        + count(delta.after()) + " since " + baseline.date() + ": " + change + "."));
  }

  // ---- watchlist, budget, api errors ---------------------------------------------------------

  private void evaluateWatchlist(String refused) {
    List<String> hits = new ArrayList<>();
    if (lost != null) {
      hits.addAll(lost.watchlistHits());
    }
    for (BrokenUrl url : brokenUrls) {
      for (String entry : url.watchlistHits()) {
        hits.add("broken URL " + url.url() + " linked from " + entry);
      }
    }
    Criticality criticality = policy.watchlistCriticality();
    if (hits.isEmpty() && !lostFetched) {
      String why = refused != null ? refused : "the lost lists could not be read (see api-errors)";
      missing(GateRule.WATCHLIST, why);
      return;
    }
    String message = hits.isEmpty()
        ? "No watchlisted referring domain or page lost a link (" + policy.watchlist().size() + " entries)."
        : count(hits.size(), "watchlist hit", "watchlist hits") + " (" + criticality.name().toLowerCase(Locale.ROOT) + "): "
            + String.join("; ", hits.subList(0, Math.min(5, hits.size())))
            + (hits.size() > 5 ? "; and " + (hits.size() - 5) + " more" : "") + ".";
    rules.put(GateRule.WATCHLIST, new RuleResult(GateRule.WATCHLIST,
        hits.isEmpty() ? Verdict.PASS : criticality.verdict(), true, (double) hits.size(), "hits", null, message));
  }

  private RuleResult budgetRule(UnitEstimate estimate, String refused) {
    if (refused != null) {
      ApiErrorAction action = policy.apiErrors();
      return new RuleResult(GateRule.UNIT_BUDGET, action.verdict(), true, (double) estimate.total(), "units", null,
          "Refused: " + refused + "; the checks needing more were skipped (apiErrors="
              + action.name().toLowerCase(Locale.ROOT) + ").");
    }
    return new RuleResult(GateRule.UNIT_BUDGET, Verdict.PASS, true, (double) estimate.total(), "units", null,
        "Estimated at most " + count(estimate.total()) + " units" + (estimate.complete() ? "" : " (row count unknown)")
            + " of a budget of " + count(estimate.budget()) + "; spent " + count(api.unitsSpent()) + ".");
  }

  private RuleResult apiErrorsRule() {
    List<FailedApiCall> failures = api.failures();
    ApiErrorAction action = policy.apiErrors();
    if (failures.isEmpty()) {
      return new RuleResult(GateRule.API_ERRORS, Verdict.PASS, true, 0.0, "errors", null, "No API call failed.");
    }
    StringJoiner list = new StringJoiner("; ");
    for (FailedApiCall f : failures) {
      list.add(f.command() + " " + ApiCalls.describe(f));
    }
    String failed = count(failures.size(), "API call", "API calls") + " failed";
    if (failures.stream().anyMatch(FailedApiCall::keyRefused)) {
      // Not an outage that passes: every later run fails the same way until the key is fixed.
      return new RuleResult(GateRule.API_ERRORS, Verdict.FAIL, true, (double) failures.size(), "errors", null,
          "Configuration error: the API refused the key (check the API key and the subscription's units); "
              + failed + ": " + list + ".");
    }
    return new RuleResult(GateRule.API_ERRORS, action.verdict(), true, (double) failures.size(), "errors", null,
        failed + " (apiErrors=" + action.name().toLowerCase(Locale.ROOT) + "): " + list + ".");
  }

  // ---- text helpers --------------------------------------------------------------------------

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

  /** Joins the clauses of a rule message: "a; b; c." */
  private static final class GateRulesText {
    private final StringJoiner parts = new StringJoiner("; ", "", ".");

    void add(String part) {
      parts.add(part);
    }

    void addCounts(String label, Map<String, Long> counts) {
      if (!counts.isEmpty()) {
        StringJoiner list = new StringJoiner(", ", label + ": ", "");
        counts.forEach((k, v) -> list.add(k + " " + v));
        parts.add(list.toString());
      }
    }

    @Override
    public String toString() {
      return parts.toString();
    }
  }
}
