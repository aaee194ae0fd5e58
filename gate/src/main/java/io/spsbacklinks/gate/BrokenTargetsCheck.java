package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksQuery;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.gate.redirects.ProbePacing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * The broken-targets family: reads the backlinked URLs, probes them on the deployed site, judges
 * the two rules.
 */
final class BrokenTargetsCheck extends GateCheck {
  BrokenTargetsCheck(GateCheck run) {
    super(run);
  }

  /** get-raw-backlinks page size: the API's default and a comfortable streamed page. */
  static final int RAW_PAGE_LIMIT = 10_000;

  final List<BrokenUrl> brokenUrls = new ArrayList<>();
  final List<BrokenUrl> unknownUrls = new ArrayList<>();

  /** Backlinked URLs that answered (directly or by redirects): redirect candidates. */
  final List<String> liveUrls = new ArrayList<>();

  /**
   * Where each backlinked URL that answered ended up: its final path (and query) after redirects,
   * its own path if it answered directly. Becomes the baseline's redirect history.
   */
  final Map<String, String> answeredAt = new LinkedHashMap<>();

  /** Paces every request of the run to the deployed site, the redirect suggestions' too. */
  final ProbePacing pacing = new ProbePacing(policy.brokenTargets().concurrency());

  int probedUrls;

  void run(long rawCap) {
    BrokenTargetsPolicy b = policy.brokenTargets();
    Destinations destinations = new Destinations(watchlist);
    ApiCalls.Fetched<Long> read;
    if (b.source() == BacklinkSource.TOP_BACKLINKS) {
      BacklinksQuery query =
          BacklinksQuery.builder(request.target())
              .mode(request.mode())
              .limit(b.topN())
              .orderBy(BacklinksOrder.INLINK_RANK)
              .build();
      read =
          api.stream(
              CHECK_BROKEN,
              "get-backlinks",
              () -> client.getBacklinks(query),
              n -> true,
              destinations::add);
    } else {
      RawBacklinksQuery query =
          RawBacklinksQuery.builder(request.target())
              .mode(request.mode())
              .limit(RAW_PAGE_LIMIT)
              .build();
      read =
          api.stream(
              CHECK_BROKEN,
              "get-raw-backlinks",
              () -> client.rawBacklinks(query),
              n -> n < rawCap,
              destinations::add);
      if (read.ok() && read.value() >= rawCap) {
        notes.add(
            "get-raw-backlinks stopped at the unit budget after "
                + count(read.value())
                + " rows; later backlinks, if any, were not probed.");
      }
    }
    if (!read.ok()) {
      skip(read.failure());
      return;
    }
    if (destinations.unusable() > 0) {
      notes.add(
          count(destinations.unusable(), "backlink has", "backlinks have")
              + " a url_to that is not a URL; not probed.");
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
      notes.add(
          count(offSite.size(), "backlinked URL is", "backlinked URLs are")
              + " not on the target's site "
              + scope.describe()
              + ": reported, not probed (allow a host with brokenTargets.allowedHosts): "
              + examples(offSite)
              + ".");
    }
    List<Prober.Probe> probes = new Prober(probeClient, b, scope, pacing).probeAll(urls);
    probedUrls = urls.size();
    Map<ProbeOutcome, Integer> byOutcome = new TreeMap<>();
    List<String> offSiteRedirects = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      Prober.Probe probe = probes.get(i);
      if (probe.outcome().isBroken()) {
        brokenUrls.add(destinations.evidence(urls.get(i), probe, b.unknownDomainInlinkRank()));
        byOutcome.merge(probe.outcome(), 1, Integer::sum);
      } else if (probe.outcome() == ProbeOutcome.OK) {
        liveUrls.add(urls.get(i).toString());
        HttpUrl last =
            probe.chain().isEmpty()
                ? urls.get(i)
                : HttpUrl.get(probe.chain().get(probe.chain().size() - 1));
        // A path, not the URL: the deployed host may differ from run to run, and hold a password.
        answeredAt.put(urls.get(i).toString(), Baseline.pathAndQuery(last));
      } else if (probe.outcome().isUnknown()) {
        unknownUrls.add(destinations.evidence(urls.get(i), probe, b.unknownDomainInlinkRank()));
      } else if (probe.outcome() == ProbeOutcome.OFF_SITE_REDIRECT) {
        offSiteRedirects.add(urls.get(i) + " -> " + probe.chain().get(probe.chain().size() - 1));
      }
    }
    if (!offSiteRedirects.isEmpty()) {
      notes.add(
          count(offSiteRedirects.size(), "URL redirects", "URLs redirect")
              + " off the site "
              + scope.describe()
              + ": the redirect is reported, not followed (allow a host with "
              + "brokenTargets.allowedHosts): "
              + examples(offSiteRedirects)
              + ".");
    }

    String where =
        request.deployedBaseUrl() == null
            ? ""
            : " on " + GateRun.displayUrl(request.deployedBaseUrl());
    StringBuilder why = new StringBuilder();
    if (urls.isEmpty()) {
      why.append("No backlinked URLs to probe: the API returned no backlinks for the target.");
    } else {
      why.append(brokenUrls.size())
          .append(" of ")
          .append(count(urls.size(), "backlinked URL is", "backlinked URLs are"))
          .append(" broken")
          .append(where);
      if (!byOutcome.isEmpty()) {
        StringJoiner kinds = new StringJoiner(", ", " (", ")");
        byOutcome.forEach(
            (outcome, n) -> kinds.add(outcome.name().toLowerCase(Locale.ROOT) + " " + n));
        why.append(kinds);
      }
      why.append('.');
    }
    String unprobed = null;
    if (!unknownUrls.isEmpty()) {
      List<String> samples =
          unknownUrls.stream().map(u -> u.url() + " (" + u.detail() + ")").toList();
      unprobed =
          count(unknownUrls.size(), "backlinked URL", "backlinked URLs")
              + " of "
              + count(urls.size())
              + " could not be probed"
              + where
              + " (timeout, no connection or 429 Too Many Requests; retried once), so the broken"
              + " count is"
              + " only a lower bound: "
              + examples(samples)
              + ". "
              + why;
    }
    judgeBroken(GateRule.BROKEN_TARGETS, brokenUrls.size(), why.toString(), unprobed);

    double weight = brokenUrls.stream().mapToDouble(BrokenUrl::weight).sum();
    int refdomains = brokenUrls.stream().mapToInt(BrokenUrl::refdomains).sum();
    String weightWhy =
        "The broken URLs have "
            + count(refdomains, "referring domain", "referring domains")
            + " weighing "
            + Threshold.format(weight)
            + " (a rank-50 domain weighs 1, each 15 rank points double it; unknown ranks count as "
            + b.unknownDomainInlinkRank()
            + ").";
    judgeBroken(
        GateRule.BROKEN_TARGETS_WEIGHT,
        weight,
        weightWhy,
        unprobed == null ? null : unprobed + " " + weightWhy);
  }

  /**
   * A broken-targets rule: measured, unless some URLs could not be probed and the probed ones alone
   * do not already fail it; then the rule is not measured and yields {@link
   * GatePolicy#notMeasured()}.
   */
  private void judgeBroken(GateRule rule, double value, String why, String unprobed) {
    Threshold t = policy.threshold(rule);
    RuleResult measured = RuleResult.measured(rule, value, rule.unit(), t, why);
    rules.put(
        rule,
        unprobed == null || measured.verdict() == Verdict.FAIL
            ? measured
            : RuleResult.notMeasured(rule, t, policy.notMeasured().verdict(), value, unprobed));
  }

  void skip(String why) {
    missing(GateRule.BROKEN_TARGETS, why);
    missing(GateRule.BROKEN_TARGETS_WEIGHT, why);
  }

  private static String examples(List<String> items) {
    return String.join("; ", items.subList(0, Math.min(5, items.size())))
        + (items.size() > 5 ? "; and " + (items.size() - 5) + " more" : "");
  }
}
