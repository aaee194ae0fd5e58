package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Formatting shared by the human-readable reports. */
final class ReportText {
  /** Tables in Markdown and HTML list at most this many rows; JSON lists everything. */
  static final int MAX_ROWS = 50;

  /** Follows the verdict of a tripped rule that did not count: a first run that only recorded. */
  static final String NOT_ENFORCED = "(not enforced)";

  private ReportText() {}

  /** {@link RuleResult#status()}. */
  static String status(RuleResult rule) {
    return rule.status();
  }

  /** {@link #status}, with "(not enforced)" after a tripped rule of a run that was not enforced. */
  static String status(RuleResult rule, GateResult result) {
    return status(rule) + (rule.fired() && !result.enforced() ? " " + NOT_ENFORCED : "");
  }

  /** The line reports show under the verdict of a run that was not enforced, or null. */
  static String notEnforced(GateResult result) {
    return result.enforced()
        ? null
        : "First run: baseline recorded, rules not enforced. The rules show the verdict they would have had: "
            + result.rulesVerdict()
            + ".";
  }

  static String value(RuleResult rule) {
    if (rule.value() == null) {
      return "-";
    }
    double v = rule.value();
    String number =
        "%".equals(rule.unit())
            ? String.format(Locale.ROOT, "%.1f", v)
            : v == Math.rint(v) ? GateRun.count((long) v) : Threshold.format(v);
    return "%".equals(rule.unit()) ? number + " %" : number + " " + rule.unit();
  }

  static String threshold(RuleResult rule) {
    return rule.threshold() == null ? "-" : rule.threshold().describe();
  }

  /** A rank for display; -1 from the API shows as "unknown". */
  static String rank(InlinkRank rank) {
    return rank == null || !rank.isKnown() ? "unknown" : Integer.toString(rank.raw());
  }

  static String weight(double weight) {
    return String.format(Locale.ROOT, "%.2f", weight);
  }

  static String percent(Double drop) {
    return drop == null ? "-" : String.format(Locale.ROOT, "%.1f %%", drop);
  }

  static String outcome(ProbeOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String reason(LostLink link) {
    String reason = link.reasonLost() == null ? "" : link.reasonLost().value();
    return reason.isEmpty() ? "(none)" : reason;
  }

  /** A broken URL's "fix" cell: the suggestion in a few words, "-" if suggestions did not run. */
  static String fix(GateResult result, BrokenUrl url) {
    return result.fix(url).map(Suggestion::fix).orElse("-");
  }

  /** The rule files written beside the reports when redirects were suggested. */
  static List<String> ruleFiles() {
    return Arrays.stream(RuleFormat.values()).map(RuleFormat::fileName).toList();
  }

  /**
   * What the redirect suggestions found, e.g. "3 redirect rules suggested, 1 URL without a
   * confident target; 9 page requests and 1 sitemap file read on the deployed site", or null if
   * they did not run.
   */
  static String redirects(GateResult result) {
    RedirectPlan plan = result.redirects();
    if (plan == null) {
      return null;
    }
    int rules = RuleFormat.rules(plan.suggestions()).size();
    long none = plan.count(Suggestion.Kind.NO_CONFIDENT_TARGET);
    long notBroken = plan.count(Suggestion.Kind.NOT_BROKEN);
    return GateRun.count(rules, "redirect rule", "redirect rules")
        + " suggested, "
        + GateRun.count(none, "URL", "URLs")
        + " without a confident target"
        + (notBroken == 0 ? "" : ", " + GateRun.count(notBroken, "URL", "URLs") + " not broken now")
        + " (confidence floor "
        + Math.round(result.policy().redirects().minConfidence() * 100)
        + "%; "
        + GateRun.count(plan.candidates(), "candidate page", "candidate pages")
        + "; "
        + GateRun.count(plan.probes(), "page request", "page requests")
        + " and "
        + GateRun.count(plan.sitemaps().sitemapsRead(), "sitemap file", "sitemap files")
        + " read on the deployed site). Every target answered 200 there; a suggestion never"
        + " changes a verdict.";
  }

  static String more(int shown, int total) {
    return total > shown ? "... and " + (total - shown) + " more in gate-report.json" : null;
  }
}
