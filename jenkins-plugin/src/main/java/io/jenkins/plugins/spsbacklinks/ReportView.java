package io.jenkins.plugins.spsbacklinks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.gate.GateReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The full report page's model, read from the run's {@code gate-report.json} (schema {@code
 * sps-backlinks/gate-report@1}, written by the core). Tables are cut at {@link #MAX_ROWS} rows so
 * the page stays light; the JSON and HTML files keep everything.
 */
public final class ReportView {
  /** Rows shown per table. */
  public static final int MAX_ROWS = 500;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;

  private ReportView(JsonNode root) {
    this.root = root;
  }

  /** Reads a report file. */
  public static ReportView read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a report document. */
  public static ReportView read(InputStream json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    if (root == null || !GateReports.JSON_SCHEMA.equals(root.path("schema").asText())) {
      throw new IOException("not an sps-backlinks gate report (schema " + GateReports.JSON_SCHEMA + ")");
    }
    return new ReportView(root);
  }

  /** One row per rule: id, title, verdict, value with unit, threshold, message. */
  public List<Row> getRules() {
    List<Row> out = new ArrayList<>();
    for (JsonNode r : root.path("rules")) {
      JsonNode t = r.path("threshold");
      String threshold = t.isObject()
          ? level("warn", t.path("warn_at")) + level("fail", t.path("fail_at")) : "";
      out.add(new Row(text(r, "id"), text(r, "title"), text(r, "verdict"),
          r.path("value").isNull() || r.path("value").isMissingNode() ? "" : number(r.path("value")) + " " + text(r, "unit"),
          threshold.isEmpty() ? "off" : threshold.substring(0, threshold.length() - 2),
          text(r, "message")));
    }
    return out;
  }

  public int getProbedUrls() {
    return root.path("broken_targets").path("probed_urls").asInt();
  }

  /** Broken URLs, heaviest first: url, probed URL, outcome, status, detail, redirects, backlinks, referring domains, best Domain InLink Rank, weight, fix (empty if no suggestion ran). */
  public List<Row> getBrokenUrls() {
    return urls(root.path("broken_targets").path("broken"), true);
  }

  /** True if the run suggested redirects: the Fix column has them and the rule files exist. */
  public boolean isRedirectsSuggested() {
    return root.path("redirects").isObject();
  }

  /** The redirect rules written, 0 if none. */
  public int getRedirectRules() {
    return root.path("redirects").path("rules").asInt();
  }

  /** The rule files stored with the report (nginx, Apache, {@code _redirects}, CSV, JSON). */
  public List<String> getRedirectFiles() {
    List<String> out = new ArrayList<>();
    root.path("redirects").path("files").forEach(f -> out.add(f.asText()));
    return out;
  }

  /** URLs whose probe timed out or could not connect; never counted broken. */
  public List<Row> getUnknownUrls() {
    return urls(root.path("broken_targets").path("unknown"), false);
  }

  public int getBrokenUrlTotal() {
    return root.path("broken_targets").path("broken").size();
  }

  /** True if the lost-links check ran. */
  public boolean isLostChecked() {
    return root.path("lost").isObject();
  }

  /** The lost-links window, e.g. {@code 2026-11-21 .. 2026-11-28}. */
  public String getLostWindow() {
    JsonNode lost = root.path("lost");
    return text(lost, "date_from") + " .. " + text(lost, "date_to");
  }

  /** Lost backlinks: date, from, to, reason, link type, nofollow, InLink Rank, Domain InLink Rank, counted/ignored, deploy caused, watchlist entry. */
  public List<Row> getLostBacklinks() {
    List<Row> out = new ArrayList<>();
    for (JsonNode l : limit(root.path("lost").path("backlinks"))) {
      out.add(new Row(text(l, "new_lost_date"), text(l, "url_from"), text(l, "url_to"),
          reason(text(l, "reason_lost")), text(l, "link_type"), l.path("nofollow").asBoolean() ? "nofollow" : "dofollow",
          rank(l.path("inlink_rank")), rank(l.path("domain_inlink_rank")),
          l.path("ignored").asBoolean() ? "ignored" : "counted",
          l.path("deploy_caused").asBoolean() ? "deploy caused" : "", text(l, "watchlist_entry")));
    }
    return out;
  }

  public int getLostBacklinkTotal() {
    return root.path("lost").path("backlinks").size();
  }

  /** Lost referring domains: date, domain, backlinks, dofollow backlinks, Domain InLink Rank, counted/ignored, watchlist entry. */
  public List<Row> getLostRefdomains() {
    List<Row> out = new ArrayList<>();
    for (JsonNode d : limit(root.path("lost").path("refdomains"))) {
      out.add(new Row(text(d, "new_lost_date"), text(d, "refdomain"), number(d.path("backlinks")),
          number(d.path("dofollow_backlinks")), rank(d.path("domain_inlink_rank")),
          d.path("ignored").asBoolean() ? "ignored" : "counted", text(d, "watchlist_entry")));
    }
    return out;
  }

  public int getLostRefdomainTotal() {
    return root.path("lost").path("refdomains").size();
  }

  /** Metric deltas: metric, before, after, change. */
  public List<Row> getMetrics() {
    List<Row> out = new ArrayList<>();
    for (JsonNode d : root.path("metrics").path("deltas")) {
      JsonNode drop = d.path("drop_percent");
      String change = drop.isNumber()
          ? String.format(java.util.Locale.ROOT, "%+.2f%%", drop.asDouble() == 0 ? 0.0 : -drop.asDouble()) : "";
      out.add(new Row(text(d, "metric"), number(d.path("before")), number(d.path("after")), change));
    }
    return out;
  }

  /** API units: budget, estimated, spent. */
  public Row getUnits() {
    JsonNode u = root.path("units");
    return new Row(number(u.path("budget")), number(u.path("estimated")), number(u.path("spent")));
  }

  /** Failed API calls: check, command, status, error, message. */
  public List<Row> getApiErrors() {
    List<Row> out = new ArrayList<>();
    for (JsonNode e : root.path("api_errors")) {
      out.add(new Row(text(e, "check"), text(e, "command"), number(e.path("status")), text(e, "error"),
          text(e, "message")));
    }
    return out;
  }

  public List<String> getNotes() {
    List<String> out = new ArrayList<>();
    root.path("notes").forEach(n -> out.add(n.asText()));
    return out;
  }

  /** A table row; Jelly reads cells by index. */
  public record Row(List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    Row(String... cells) {
      this(List.of(cells));
    }

    public List<String> getCells() {
      return cells;
    }
  }

  private static List<Row> urls(JsonNode list, boolean withFix) {
    List<Row> out = new ArrayList<>();
    for (JsonNode u : limit(list)) {
      List<String> chain = new ArrayList<>();
      u.path("redirect_chain").forEach(c -> chain.add(c.asText()));
      List<String> cells = new ArrayList<>(List.of(text(u, "url"), text(u, "probed_url"),
          text(u, "outcome").replace('_', ' '), u.path("status").asInt() == 0 ? "" : u.path("status").asText(),
          text(u, "detail"), String.join(" -> ", chain), number(u.path("backlinks")), number(u.path("refdomains")),
          rank(u.path("best_domain_inlink_rank")), number(u.path("weight"))));
      if (withFix) {
        cells.add(text(u.path("fix"), "summary"));
      }
      out.add(new Row(cells));
    }
    return out;
  }

  private static Iterable<JsonNode> limit(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (out.size() == MAX_ROWS) {
        break;
      }
      out.add(n);
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isNull() || v.isMissingNode() ? "" : v.asText();
  }

  private static String number(JsonNode v) {
    return v.isNumber() ? GateRunSummary.Numbers.format(v.asDouble()) : "";
  }

  /** The report writes an unknown rank (API -1) as null: show "unknown", never -1. */
  private static String rank(JsonNode v) {
    return v.isNumber() ? v.asText() : "unknown";
  }

  private static String reason(String reason) {
    return reason.isEmpty() ? "(none)" : reason;
  }

  private static String level(String name, JsonNode v) {
    return v.isNumber() ? name + " >= " + GateRunSummary.Numbers.format(v.asDouble()) + ", " : "";
  }
}
