package io.spsbacklinks.cli;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.gate.BrokenUrl;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.LostLink;
import io.spsbacklinks.gate.LostRefdomain;
import io.spsbacklinks.gate.MetricDelta;
import io.spsbacklinks.gate.RuleResult;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The gate's verdict for a terminal or a CI log: every rule with why, then the evidence, a few rows
 * of each kind (the reports hold all of it).
 */
final class GateConsoleSummary {
  /** Rows of evidence shown per list; the rest is in the reports. */
  static final int MAX_ROWS = 10;

  private final PrintStream out;

  GateConsoleSummary(PrintStream out) {
    this.out = out;
  }

  void print(GateResult r) {
    out.printf(
        Locale.ROOT,
        "Gate %s for %s (mode %s) on %s%n",
        r.verdict(),
        r.target(),
        r.mode().wireValue(),
        r.ranAt().atZone(ZoneOffset.UTC).toLocalDate());
    if (r.deployedBaseUrl() != null) {
      out.println("Deployed site probed at " + r.deployedBaseUrl());
    }
    if (!r.enforced()) {
      out.println(
          "First run: baseline recorded, rules not enforced (first-run record); the rules below show "
              + "the verdict they would have had: "
              + r.rulesVerdict()
              + ".");
    }
    out.println();
    rules(r.rules());
    broken(r);
    lost(r);
    metrics(r);
    if (!r.apiFailures().isEmpty()) {
      out.println("API failures:");
      r.apiFailures()
          .forEach(
              f ->
                  out.printf(
                      Locale.ROOT,
                      "  %s %s: HTTP %d %s%n",
                      f.check(),
                      f.command(),
                      f.status(),
                      f.message()));
      out.println();
    }
    if (!r.notes().isEmpty()) {
      out.println("Notes:");
      r.notes().forEach(note -> out.println("  - " + note));
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "API units: %,d spent (estimated at most %,d; budget %,d)%n",
        r.unitsSpent(),
        r.unitEstimate().total(),
        r.unitEstimate().budget());
    out.flush();
  }

  private void rules(List<RuleResult> rules) {
    int idWidth = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
    int statusWidth = rules.stream().mapToInt(rule -> rule.status().length()).max().orElse(4);
    for (RuleResult rule : rules) {
      String line =
          String.format(
              Locale.ROOT,
              "  %-" + statusWidth + "s  %-" + idWidth + "s  %-13s  %s",
              rule.status(),
              rule.id(),
              value(rule),
              rule.threshold() == null ? "" : rule.threshold().describe());
      out.println(line.stripTrailing());
      out.println("        " + rule.title() + ": " + rule.message());
    }
    out.println();
  }

  private static String value(RuleResult rule) {
    if (rule.value() == null) {
      return "-";
    }
    if ("%".equals(rule.unit())) {
      return String.format(Locale.ROOT, "%.1f %%", rule.value());
    }
    double value = rule.value();
    String number =
        value == Math.rint(value)
            ? String.format(Locale.ROOT, "%,d", (long) value)
            : String.format(Locale.ROOT, "%.2f", value);
    return number + " " + rule.unit();
  }

  private void broken(GateResult r) {
    if (r.brokenUrls().isEmpty() && r.unknownUrls().isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "Broken backlinked URLs: %d of %d probed%n",
        r.brokenUrls().size(),
        r.probedUrls());
    List<BrokenUrl> shown = r.brokenUrls().stream().limit(MAX_ROWS).toList();
    for (BrokenUrl url : shown) {
      String outcome =
          url.status() > 0 && url.outcome().name().equals("HTTP_ERROR")
              ? Integer.toString(url.status())
              : url.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + (url.status() > 0 ? " " + url.status() : "");
      out.printf(Locale.ROOT, "  %-22s %s%n", outcome, url.url());
      out.printf(
          Locale.ROOT,
          "  %-22s %s from %s, best domain rank %s, weight %.2f%s%n",
          "",
          count(url.backlinks(), "backlink"),
          count(url.refdomains(), "referring domain"),
          rank(url.bestDomainInlinkRank()),
          url.weight(),
          url.watchlistHits().isEmpty()
              ? ""
              : ", watchlist: " + String.join(", ", url.watchlistHits()));
      r.fix(url).ifPresent(fix -> out.printf(Locale.ROOT, "  %-22s fix: %s%n", "", fix.fix()));
    }
    more(shown.size(), r.brokenUrls().size());
    RedirectPlan plan = r.redirects();
    if (plan != null) {
      out.printf(
          Locale.ROOT,
          "  Redirect suggestions: %d rule(s), %d URL(s) without a confident target (%d page "
              + "request(s), %d sitemap file(s) on the deployed site; verdicts unchanged)%n",
          RuleFormat.rules(plan.suggestions()).size(),
          plan.count(Suggestion.Kind.NO_CONFIDENT_TARGET),
          plan.probes(),
          plan.sitemaps().sitemapsRead());
    }
    if (!r.unknownUrls().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  %d URL(s) could not be probed (timeout or no connection; not counted "
              + "as broken), e.g. %s%n",
          r.unknownUrls().size(),
          r.unknownUrls().get(0).url());
    }
    out.println();
  }

  private void lost(GateResult r) {
    if (r.lostFrom() == null) {
      return;
    }
    long counted = r.lostLinks().stream().filter(link -> !link.ignored()).count();
    long deployCaused = r.lostLinks().stream().filter(LostLink::deployCaused).count();
    out.printf(
        Locale.ROOT,
        "Lost in the index %s .. %s: %d backlinks counted%s%n",
        r.lostFrom(),
        r.lostTo(),
        counted,
        reasons(r.lostByReason()));
    if (deployCaused > 0) {
      out.printf(
          Locale.ROOT,
          "  %d deploy-caused (broken_redirect from the site's own host)%n",
          deployCaused);
    }
    if (!r.ignoredByReason().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "  ignored as noise for a deploy:%s%n",
          reasons(r.ignoredByReason()).replaceFirst("^ \\(", " ").replaceFirst("\\)$", ""));
    }
    List<LostLink> shown =
        r.lostLinks().stream().filter(link -> !link.ignored()).limit(MAX_ROWS).toList();
    for (LostLink link : shown) {
      out.printf(
          Locale.ROOT,
          "  %s  %-16s %s -> %s  (domain rank %s)%n",
          link.newLostDate(),
          link.reasonLost() == null || link.reasonLost().isNone()
              ? "(none)"
              : link.reasonLost().value(),
          link.urlFrom(),
          link.urlTo(),
          rank(link.domainInlinkRank()));
    }
    more(shown.size(), (int) counted);
    long refdomains = r.lostRefdomains().stream().filter(d -> !d.ignored()).count();
    if (refdomains > 0) {
      out.printf(
          Locale.ROOT,
          "  %d referring domains lost: %s%n",
          refdomains,
          r.lostRefdomains().stream()
                  .filter(d -> !d.ignored())
                  .limit(MAX_ROWS)
                  .map(LostRefdomain::refdomain)
                  .collect(Collectors.joining(", "))
              + (refdomains > MAX_ROWS ? ", ..." : ""));
    }
    out.println();
  }

  private static String reasons(Map<String, Long> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    return byReason.entrySet().stream()
        .map(e -> (e.getKey().isEmpty() ? "(none)" : e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }

  private void metrics(GateResult r) {
    if (r.metricDeltas() == null) {
      return;
    }
    out.println(
        r.baseline() == null
            ? "Metrics now (no baseline to compare with):"
            : "Metrics vs the baseline of " + r.baseline().date() + ":");
    for (MetricDelta delta : r.metricDeltas().all()) {
      if (delta.before() == null) {
        out.printf(Locale.ROOT, "  %-20s %,10d%n", delta.metric(), delta.after());
      } else {
        out.printf(
            Locale.ROOT,
            "  %-20s %,10d -> %,10d  %8s%n",
            delta.metric(),
            delta.before(),
            delta.after(),
            change(delta.dropPercent()));
      }
    }
    out.println();
  }

  /** A drop as a signed change: a 4.2 % drop prints as "-4.2 %". */
  private static String change(Double dropPercent) {
    if (dropPercent == null) {
      return "";
    }
    double change = dropPercent == 0 ? 0 : -dropPercent; // never print "-0.0"
    return String.format(Locale.ROOT, "%+.1f %%", change);
  }

  private void more(int shown, int total) {
    if (total > shown) {
      out.printf(Locale.ROOT, "  ... and %d more in the reports%n", total - shown);
    }
  }

  private static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  private static String rank(InlinkRank rank) {
    return rank == null || !rank.isKnown() ? "unknown" : Integer.toString(rank.raw());
  }
}
