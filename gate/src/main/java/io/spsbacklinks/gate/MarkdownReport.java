package io.spsbacklinks.gate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Writes the Markdown report: a PR-comment-sized summary with the evidence tables. */
final class MarkdownReport {
  private final Writer out;

  private MarkdownReport(Writer out) {
    this.out = out;
  }

  static void write(GateResult r, Writer out) throws IOException {
    new MarkdownReport(out).report(r);
    out.flush();
  }

  private void report(GateResult r) throws IOException {
    line("## Backlinks gate: " + r.verdict().name());
    line("");
    line(
        "Target "
            + code(r.target())
            + " ("
            + r.mode().wireValue()
            + ")"
            + (r.deployedBaseUrl() == null ? "" : ", deployed site " + code(r.deployedBaseUrl()))
            + ", run "
            + r.ranAt()
            + ", API units spent "
            + GateRun.count(r.unitsSpent())
            + " of "
            + GateRun.count(r.unitEstimate().budget())
            + ".");
    line("");
    String notEnforced = ReportText.notEnforced(r);
    if (notEnforced != null) {
      line("**" + text(notEnforced) + "**");
      line("");
    }
    table(
        List.of("Rule", "Verdict", "Value", "Threshold", "Why"),
        rows(
            r.rules(),
            rule ->
                List.of(
                    code(rule.id()),
                    rule.fired() && r.enforced()
                        ? "**" + ReportText.status(rule) + "**"
                        : ReportText.status(rule, r),
                    ReportText.value(rule),
                    ReportText.threshold(rule),
                    text(rule.message()))),
        r.rules().size());

    if (!r.brokenUrls().isEmpty()) {
      section("Broken URLs (" + r.brokenUrls().size() + " of " + r.probedUrls() + " probed)");
      table(
          List.of(
              "URL",
              "Outcome",
              "Status",
              "Referring domains",
              "Best DIR",
              "Weight",
              "Detail",
              "Fix"),
          rows(
              r.brokenUrls(),
              u ->
                  List.of(
                      code(u.url()),
                      ReportText.outcome(u.outcome()),
                      u.status() == 0 ? "-" : Integer.toString(u.status()),
                      Integer.toString(u.refdomains()),
                      ReportText.rank(u.bestDomainInlinkRank()),
                      ReportText.weight(u.weight()),
                      text(u.detail()),
                      text(ReportText.fix(r, u)))),
          r.brokenUrls().size());
      String redirects = ReportText.redirects(r);
      if (redirects != null) {
        line("");
        line(text(redirects));
        line("");
        line(
            "Redirect rules beside this report: "
                + String.join(
                    ", ",
                    ReportText.ruleFiles().stream()
                        .map(f -> "[" + code(f) + "](" + f + ")")
                        .toList())
                + ".");
      }
    }
    if (!r.unknownUrls().isEmpty()) {
      section(
          "Not probed: timeouts and connection failures ("
              + r.unknownUrls().size()
              + ", not counted)");
      table(
          List.of("URL", "Outcome", "Detail"),
          rows(
              r.unknownUrls(),
              u -> List.of(code(u.url()), ReportText.outcome(u.outcome()), text(u.detail()))),
          r.unknownUrls().size());
    }
    if (r.lostFrom() != null && !r.lostLinks().isEmpty()) {
      section("Lost backlinks " + r.lostFrom() + " .. " + r.lostTo());
      table(
          List.of("Lost", "From", "To", "Reason", "DIR", "Counted"),
          rows(
              r.lostLinks(),
              l ->
                  List.of(
                      String.valueOf(l.newLostDate()),
                      code(l.urlFrom()),
                      code(l.urlTo()),
                      ReportText.reason(l) + (l.deployCaused() ? " (deploy-caused)" : ""),
                      ReportText.rank(l.domainInlinkRank()),
                      l.ignored() ? "ignored" : "yes")),
          r.lostLinks().size());
    }
    if (r.lostFrom() != null && !r.lostRefdomains().isEmpty()) {
      section("Lost referring domains");
      table(
          List.of("Lost", "Referring domain", "Backlinks", "Dofollow", "DIR", "Counted"),
          rows(
              r.lostRefdomains(),
              d ->
                  List.of(
                      String.valueOf(d.newLostDate()),
                      code(d.refdomain()),
                      Long.toString(d.backlinks()),
                      Long.toString(d.dofollowBacklinks()),
                      ReportText.rank(d.domainInlinkRank()),
                      d.ignored() ? "ignored" : "yes")),
          r.lostRefdomains().size());
    }
    if (r.metricDeltas() != null) {
      section("Metrics");
      table(
          List.of("Metric", "Baseline", "Now", "Drop"),
          rows(
              r.metricDeltas().all(),
              d ->
                  List.of(
                      d.metric(),
                      d.before() == null ? "-" : GateRun.count(d.before()),
                      GateRun.count(d.after()),
                      ReportText.percent(d.dropPercent()))),
          3);
    }
    if (!r.apiFailures().isEmpty()) {
      section("API errors");
      for (FailedApiCall f : r.apiFailures()) {
        line("- " + code(f.command()) + ": " + text(ApiCalls.describe(f)));
      }
    }
    if (!r.notes().isEmpty()) {
      section("Notes");
      for (String note : r.notes()) {
        line("- " + text(note));
      }
    }
  }

  private interface Row<T> {
    List<String> cells(T item);
  }

  private static <T> List<List<String>> rows(List<T> items, Row<T> row) {
    List<List<String>> out = new ArrayList<>();
    for (T item : items.subList(0, Math.min(items.size(), ReportText.MAX_ROWS))) {
      out.add(row.cells(item));
    }
    return out;
  }

  private void table(List<String> header, List<List<String>> rows, int total) throws IOException {
    line("| " + String.join(" | ", header) + " |");
    line("|" + "---|".repeat(header.size()));
    for (List<String> row : rows) {
      line("| " + String.join(" | ", row) + " |");
    }
    String more = ReportText.more(rows.size(), total);
    if (more != null) {
      line("");
      line("_" + more + "_");
    }
  }

  private void section(String title) throws IOException {
    line("");
    line("### " + text(title));
    line("");
  }

  private void line(String s) throws IOException {
    out.write(s);
    out.write('\n');
  }

  /**
   * Escapes text for a Markdown table cell: no raw HTML (PR comments render it), no emphasis or
   * link syntax, no line breaks, pipes escaped.
   */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '\r':
        case '\n':
          out.append(' ');
          break;
        case '|':
        case '\\':
        case '*':
        case '_':
        case '[':
        case ']':
        case '`':
        case '#':
        case '!':
          out.append('\\').append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** A URL or id as inline code; backticks inside are replaced, pipes escaped for tables. */
  static String code(String s) {
    String clean = s.replace('`', '\'').replace("\r", " ").replace("\n", " ").replace("|", "\\|");
    return "`" + clean + "`";
  }
}
