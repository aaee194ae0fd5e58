package io.spsbacklinks.gate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Writes the standalone HTML report: well-formed XHTML (so any XML parser reads it), one inline
 * style sheet, inline SVG charts, no script and no external asset; a Content-Security-Policy meta
 * tag forbids both.
 */
final class HtmlReport {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#1f2937}",
          "h1 .PASS,.PASS{color:#15803d}h1 .WARN,.WARN{color:#b45309}h1 .FAIL,.FAIL{color:#b91c1c}",
          ".NOT-MEASURED{color:#b91c1c;font-style:italic}.NOT-ENFORCED{color:#6b7280}p.NOT-ENFORCED{font-weight:bold}",
          "table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}",
          "th,td{border:1px solid #d1d5db;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}",
          "th{background:#f3f4f6}td.url{font-family:monospace;word-break:break-all}",
          ".charts{display:flex;flex-wrap:wrap;gap:1rem}",
          "svg .line{fill:none;stroke:#2563eb;stroke-width:2}svg .dot{fill:#2563eb}",
          "svg .axis{stroke:#9ca3af;stroke-width:1}svg text{font-size:11px;fill:#374151}",
          "svg .title{font-size:12px;font-weight:bold}");

  private final XmlOut x;

  private HtmlReport(XmlOut x) {
    this.x = x;
  }

  static void write(GateResult r, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n");
    XmlOut x = new XmlOut(out);
    new HtmlReport(x).report(r);
    x.finish();
    out.write('\n');
    out.flush();
  }

  private void report(GateResult r) throws IOException {
    x.startNs("html", XHTML, "lang", "en").newline();
    x.start("head").newline();
    x.empty("meta", "charset", "utf-8").newline();
    x.empty(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            "default-src 'none'; style-src 'unsafe-inline'")
        .newline();
    x.element("title", "Backlinks gate " + r.verdict().name() + ": " + r.target()).newline();
    x.element("style", CSS).newline();
    x.end().newline();
    x.start("body").newline();
    x.start("h1")
        .text("Backlinks gate: ")
        .element("span", r.verdict().name(), "class", r.verdict().name())
        .end()
        .newline();
    x.element(
            "p",
            "Target "
                + r.target()
                + " ("
                + r.mode().wireValue()
                + ")"
                + (r.deployedBaseUrl() == null ? "" : ", deployed site " + r.deployedBaseUrl())
                + ", run "
                + r.ranAt()
                + ". API units: estimated "
                + GateRun.count(r.unitEstimate().total())
                + ", spent "
                + GateRun.count(r.unitsSpent())
                + ", budget "
                + GateRun.count(r.unitEstimate().budget())
                + ".")
        .newline();
    String notEnforced = ReportText.notEnforced(r);
    if (notEnforced != null) {
      x.element("p", notEnforced, "class", "NOT-ENFORCED").newline();
    }

    x.element("h2", "Rules").newline();
    table(
        List.of("Rule", "Title", "Verdict", "Value", "Threshold", "Why"),
        r.rules(),
        rule -> {
          // The id is the rule's one name (policy files, CLI, Jenkins); the title explains it.
          cell(rule.id(), null);
          cell(rule.title(), null);
          cell(
              ReportText.status(rule, r),
              rule.fired() && !r.enforced()
                  ? "NOT-ENFORCED"
                  : rule.evaluated() ? rule.verdict().name() : "NOT-MEASURED");
          cell(ReportText.value(rule), null);
          cell(ReportText.threshold(rule), null);
          cell(rule.message(), null);
        });

    if (!r.brokenUrls().isEmpty()) {
      x.element(
              "h2", "Broken URLs (" + r.brokenUrls().size() + " of " + r.probedUrls() + " probed)")
          .newline();
      table(
          List.of(
              "URL",
              "Probed",
              "Outcome",
              "Status",
              "Redirects",
              "Backlinks",
              "Referring domains",
              "Best DIR",
              "Weight",
              "Detail",
              "Fix"),
          r.brokenUrls(),
          u -> {
            cell(u.url(), "url");
            cell(u.probedUrl(), "url");
            cell(ReportText.outcome(u.outcome()), null);
            cell(u.status() == 0 ? "-" : Integer.toString(u.status()), null);
            cell(String.join(" -> ", u.redirectChain()), "url");
            cell(Long.toString(u.backlinks()), null);
            cell(Integer.toString(u.refdomains()), null);
            cell(ReportText.rank(u.bestDomainInlinkRank()), null);
            cell(ReportText.weight(u.weight()), null);
            cell(
                u.detail()
                    + (u.watchlistHits().isEmpty()
                        ? ""
                        : "; watchlist: " + String.join(", ", u.watchlistHits())),
                null);
            cell(ReportText.fix(r, u), "url");
          });
      String redirects = ReportText.redirects(r);
      if (redirects != null) {
        x.element("p", redirects).newline();
        x.start("p").text("Redirect rules beside this report:");
        for (String file : ReportText.ruleFiles()) {
          x.text(" ").element("a", file, "href", file);
        }
        x.end().newline();
      }
    }
    if (!r.unknownUrls().isEmpty()) {
      x.element("h2", "Not probed: timeouts and connection failures (not counted)").newline();
      table(
          List.of("URL", "Probed", "Outcome", "Attempts", "Detail"),
          r.unknownUrls(),
          u -> {
            cell(u.url(), "url");
            cell(u.probedUrl(), "url");
            cell(ReportText.outcome(u.outcome()), null);
            cell(Integer.toString(u.attempts()), null);
            cell(u.detail(), null);
          });
    }
    if (r.lostFrom() != null) {
      x.element("h2", "Lost backlinks " + r.lostFrom() + " .. " + r.lostTo()).newline();
      table(
          List.of("Lost", "From", "To", "Reason", "Type", "InLink Rank", "DIR", "Counted"),
          r.lostLinks(),
          l -> {
            cell(String.valueOf(l.newLostDate()), null);
            cell(l.urlFrom(), "url");
            cell(l.urlTo(), "url");
            cell(ReportText.reason(l) + (l.deployCaused() ? " (deploy-caused)" : ""), null);
            cell(l.linkType() == null ? "" : l.linkType().value(), null);
            cell(ReportText.rank(l.inlinkRank()), null);
            cell(ReportText.rank(l.domainInlinkRank()), null);
            cell(l.ignored() ? "ignored" : "yes", null);
          });
      x.element("h2", "Lost referring domains").newline();
      table(
          List.of("Lost", "Referring domain", "Backlinks", "Dofollow", "DIR", "Counted"),
          r.lostRefdomains(),
          d -> {
            cell(String.valueOf(d.newLostDate()), null);
            cell(d.refdomain(), "url");
            cell(Long.toString(d.backlinks()), null);
            cell(Long.toString(d.dofollowBacklinks()), null);
            cell(ReportText.rank(d.domainInlinkRank()), null);
            cell(d.ignored() ? "ignored" : "yes", null);
          });
    }
    if (r.metricDeltas() != null) {
      x.element("h2", "Metrics").newline();
      table(
          List.of("Metric", "Baseline", "Now", "Drop"),
          r.metricDeltas().all(),
          d -> {
            cell(d.metric(), null);
            cell(d.before() == null ? "-" : GateRun.count(d.before()), null);
            cell(GateRun.count(d.after()), null);
            cell(ReportText.percent(d.dropPercent()), null);
          });
    }
    x.element("h2", "Metrics history").newline();
    List<MetricPoint> history = r.newBaseline().history();
    if (history.isEmpty()) {
      x.element("p", "No metrics recorded yet.").newline();
    } else {
      x.start("div", "class", "charts").newline();
      chart("backlinks", history, MetricPoint::backlinks);
      chart("refdomains", history, MetricPoint::refdomains);
      chart("dofollow_backlinks", history, MetricPoint::dofollowBacklinks);
      x.end().newline();
    }
    if (!r.apiFailures().isEmpty()) {
      x.element("h2", "API errors").newline();
      table(
          List.of("Check", "Command", "Status", "Error", "Message"),
          r.apiFailures(),
          f -> {
            cell(f.check(), null);
            cell(f.command(), null);
            cell(f.status() == 0 ? "-" : Integer.toString(f.status()), null);
            cell(f.error(), null);
            cell(f.message(), null);
          });
    }
    if (!r.notes().isEmpty()) {
      x.element("h2", "Notes").newline();
      x.start("ul").newline();
      for (String note : r.notes()) {
        x.element("li", note).newline();
      }
      x.end().newline();
    }
    x.end().newline();
    x.end();
  }

  private interface RowWriter<T> {
    void write(T item) throws IOException;
  }

  private <T> void table(List<String> header, List<T> items, RowWriter<T> row) throws IOException {
    if (items.isEmpty()) {
      x.element("p", "None.").newline();
      return;
    }
    x.start("table").newline().start("thead").start("tr");
    for (String h : header) {
      x.element("th", h);
    }
    x.end().end().newline().start("tbody").newline();
    int shown = Math.min(items.size(), ReportText.MAX_ROWS);
    for (T item : items.subList(0, shown)) {
      x.start("tr");
      row.write(item);
      x.end().newline();
    }
    x.end().end().newline();
    String more = ReportText.more(shown, items.size());
    if (more != null) {
      x.element("p", more).newline();
    }
  }

  private void cell(String text, String cssClass) throws IOException {
    x.element("td", text, "class", cssClass);
  }

  /** One small line chart of a metric over the stored history, scaled to its own range. */
  private void chart(String metric, List<MetricPoint> points, ToLongFunction<MetricPoint> value)
      throws IOException {
    final int width = 320;
    final int height = 150;
    final int left = 60;
    final int right = 12;
    final int top = 24;
    final int bottom = 30;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (MetricPoint p : points) {
      min = Math.min(min, value.applyAsLong(p));
      max = Math.max(max, value.applyAsLong(p));
    }
    LocalDate first = points.get(0).date();
    LocalDate last = points.get(points.size() - 1).date();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    double span = Math.max(1, max - min);
    int plotWidth = width - left - right;
    int plotHeight = height - top - bottom;

    List<String> coordinates = new ArrayList<>();
    List<double[]> xy = new ArrayList<>();
    for (MetricPoint p : points) {
      double px =
          points.size() == 1
              ? left + plotWidth / 2.0
              : left + plotWidth * ChronoUnit.DAYS.between(first, p.date()) / (double) days;
      double py = top + plotHeight - plotHeight * (value.applyAsLong(p) - min) / span;
      xy.add(new double[] {px, py});
      coordinates.add(num(px) + "," + num(py));
    }
    x.startNs(
            "svg",
            SVG,
            "width",
            Integer.toString(width),
            "height",
            Integer.toString(height),
            "viewBox",
            "0 0 " + width + " " + height,
            "role",
            "img",
            "aria-label",
            metric + " over time")
        .newline();
    x.element("title", metric + " from " + first + " to " + last);
    x.element("text", metric, "x", Integer.toString(left), "y", "14", "class", "title");
    x.empty(
        "line",
        "class",
        "axis",
        "x1",
        Integer.toString(left),
        "y1",
        Integer.toString(top),
        "x2",
        Integer.toString(left),
        "y2",
        Integer.toString(top + plotHeight));
    x.empty(
        "line",
        "class",
        "axis",
        "x1",
        Integer.toString(left),
        "y1",
        Integer.toString(top + plotHeight),
        "x2",
        Integer.toString(width - right),
        "y2",
        Integer.toString(top + plotHeight));
    x.element(
        "text",
        GateRun.count(max),
        "x",
        Integer.toString(left - 4),
        "y",
        Integer.toString(top + 4),
        "text-anchor",
        "end");
    x.element(
        "text",
        GateRun.count(min),
        "x",
        Integer.toString(left - 4),
        "y",
        Integer.toString(top + plotHeight),
        "text-anchor",
        "end");
    x.element(
        "text", first.toString(), "x", Integer.toString(left), "y", Integer.toString(height - 8));
    if (!last.equals(first)) {
      x.element(
          "text",
          last.toString(),
          "x",
          Integer.toString(width - right),
          "y",
          Integer.toString(height - 8),
          "text-anchor",
          "end");
    }
    if (points.size() > 1) {
      x.empty("polyline", "class", "line", "points", String.join(" ", coordinates));
    }
    for (int i = 0; i < points.size(); i++) {
      x.start("circle", "class", "dot", "cx", num(xy.get(i)[0]), "cy", num(xy.get(i)[1]), "r", "3");
      x.element(
          "title", points.get(i).date() + ": " + GateRun.count(value.applyAsLong(points.get(i))));
      x.end();
    }
    x.newline().end().newline();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
