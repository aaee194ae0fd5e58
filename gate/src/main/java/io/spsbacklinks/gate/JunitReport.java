package io.spsbacklinks.gate;

import io.spsbacklinks.gate.redirects.RuleFormat;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JUnit XML: one testsuite, one testcase per rule. FAIL is a {@code <failure>} (with the
 * evidence in its body); WARN is a passing testcase whose {@code <system-out>} starts with "WARN:"
 * (JUnit has no warning state, and a warning must not fail a build that only reads test results); a
 * rule that could not be measured is a {@code <failure type="NOT_MEASURED">} when that fails the
 * gate ({@link GatePolicy#notMeasured()}, {@link GatePolicy#apiErrors()}), else {@code <skipped>}.
 * On a run that was not enforced (a first run that only recorded its baseline) no rule is a
 * failure: a tripped rule is a passing testcase whose {@code <system-out>} starts with "FAIL (not
 * enforced):" or "WARN (not enforced):".
 */
final class JunitReport {
  /** JUnit's timestamp: ISO 8601 without zone, to the second. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private JunitReport() {}

  static void write(GateResult r, Writer out) throws IOException {
    XmlOut x = new XmlOut(out);
    x.declaration();
    long failures = r.rules().stream().filter(rule -> failure(r, rule)).count();
    long skipped =
        r.rules().stream().filter(rule -> !rule.evaluated() && !failure(r, rule)).count();
    String tests = Integer.toString(r.rules().size());
    String suite = "sps-backlinks gate " + r.target() + " (" + r.mode().wireValue() + ")";
    x.start(
            "testsuites",
            "name",
            "sps-backlinks gate",
            "tests",
            tests,
            "failures",
            Long.toString(failures),
            "errors",
            "0",
            "skipped",
            Long.toString(skipped),
            "time",
            "0")
        .newline();
    x.start(
            "testsuite",
            "name",
            suite,
            "tests",
            tests,
            "failures",
            Long.toString(failures),
            "errors",
            "0",
            "skipped",
            Long.toString(skipped),
            "time",
            "0",
            "timestamp",
            TIMESTAMP.format(LocalDateTime.ofInstant(r.ranAt(), ZoneOffset.UTC)))
        .newline();
    x.start("properties").newline();
    property(x, "verdict", r.verdict().name());
    property(x, "first_run", Boolean.toString(r.firstRun()));
    property(x, "enforced", Boolean.toString(r.enforced()));
    property(x, "rules_verdict", r.rulesVerdict().name());
    property(x, "target", r.target());
    property(x, "mode", r.mode().wireValue());
    property(x, "deployed_base_url", r.deployedBaseUrl());
    property(x, "units_spent", Long.toString(r.unitsSpent()));
    property(x, "units_budget", Long.toString(r.unitEstimate().budget()));
    x.end().newline();
    for (RuleResult rule : r.rules()) {
      x.start("testcase", "classname", "sps-backlinks.gate", "name", rule.id(), "time", "0");
      String summary =
          rule.title()
              + ": "
              + ReportText.value(rule)
              + " ("
              + ReportText.threshold(rule)
              + ")"
              + fixes(r, rule.rule());
      if (!rule.evaluated() && !failure(r, rule)) {
        x.empty("skipped", "message", rule.message());
      } else if (failure(r, rule)) {
        x.start("failure", "type", rule.evaluated() ? "FAIL" : "NOT_MEASURED", "message", summary);
        x.text(rule.message() + evidence(r, rule.rule()));
        x.end();
      } else if (rule.fired()) {
        x.element(
            "system-out",
            ReportText.status(rule, r)
                + ": "
                + summary
                + "\n"
                + rule.message()
                + evidence(r, rule.rule()));
      } else {
        x.element("system-out", "PASS: " + rule.message());
      }
      x.end().newline();
    }
    x.end().newline();
    x.end().newline();
    x.finish();
    out.flush();
  }

  /** A FAIL rule is a JUnit failure only if the run enforced its rules. */
  private static boolean failure(GateResult r, RuleResult rule) {
    return rule.verdict() == Verdict.FAIL && r.enforced();
  }

  private static void property(XmlOut x, String name, String value) throws IOException {
    if (value != null) {
      x.empty("property", "name", name, "value", value).newline();
    }
  }

  /** For a broken-targets rule with suggestions: how many rules fix it, and in which file. */
  private static String fixes(GateResult r, GateRule rule) {
    if (r.redirects() == null
        || (rule != GateRule.BROKEN_TARGETS && rule != GateRule.BROKEN_TARGETS_WEIGHT)) {
      return "";
    }
    int rules = RuleFormat.rules(r.redirects().suggestions()).size();
    return "; fix: "
        + GateRun.count(rules, "redirect rule", "redirect rules")
        + " suggested in "
        + RuleFormat.NETLIFY.fileName()
        + " and the other redirects.* files";
  }

  /** The evidence lines behind a tripped rule. */
  private static String evidence(GateResult r, GateRule rule) {
    List<String> lines = new ArrayList<>();
    switch (rule) {
      case BROKEN_TARGETS:
      case BROKEN_TARGETS_WEIGHT:
        for (BrokenUrl u : r.brokenUrls()) {
          lines.add(
              u.url()
                  + " ["
                  + ReportText.outcome(u.outcome())
                  + (u.status() == 0 ? "" : " " + u.status())
                  + "] probed "
                  + u.probedUrl()
                  + ": "
                  + u.detail()
                  + "; "
                  + u.refdomains()
                  + " referring domains, best DIR "
                  + ReportText.rank(u.bestDomainInlinkRank())
                  + ", weight "
                  + ReportText.weight(u.weight())
                  + (r.redirects() == null ? "" : "; fix: " + ReportText.fix(r, u)));
        }
        break;
      case LOST_BACKLINKS:
        for (LostLink l : r.lostLinks()) {
          if (!l.ignored()) {
            lines.add(
                l.newLostDate()
                    + " "
                    + l.urlFrom()
                    + " -> "
                    + l.urlTo()
                    + " ["
                    + ReportText.reason(l)
                    + (l.deployCaused() ? ", deploy-caused" : "")
                    + "] DIR "
                    + ReportText.rank(l.domainInlinkRank()));
          }
        }
        break;
      case LOST_REFDOMAINS:
        for (LostRefdomain d : r.lostRefdomains()) {
          if (!d.ignored()) {
            lines.add(
                d.newLostDate()
                    + " "
                    + d.refdomain()
                    + " ("
                    + d.backlinks()
                    + " backlinks, DIR "
                    + ReportText.rank(d.domainInlinkRank())
                    + ")");
          }
        }
        break;
      case API_ERRORS:
        for (FailedApiCall f : r.apiFailures()) {
          lines.add(f.command() + ": " + ApiCalls.describe(f));
        }
        break;
      default:
        break;
    }
    if (lines.isEmpty()) {
      return "";
    }
    int shown = Math.min(lines.size(), ReportText.MAX_ROWS);
    String more = ReportText.more(shown, lines.size());
    return "\n" + String.join("\n", lines.subList(0, shown)) + (more == null ? "" : "\n" + more);
  }
}
