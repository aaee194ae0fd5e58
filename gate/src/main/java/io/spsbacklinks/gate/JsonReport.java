package io.spsbacklinks.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.spsbacklinks.core.model.InlinkRank;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the {@code sps-backlinks/gate-report@1} JSON document (schema in {@link GateReports}). */
final class JsonReport {
  static final String SCHEMA = "sps-backlinks/gate-report@1";

  private JsonReport() {}

  static void write(GateResult r, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("target", r.target());
      g.writeStringField("mode", r.mode().wireValue());
      g.writeStringField("deployed_base_url", r.deployedBaseUrl());
      g.writeStringField("ran_at", r.ranAt().toString());
      g.writeStringField("verdict", r.verdict().name());
      // Added within @1, after the original fields: a first run under firstRun=record passes.
      g.writeBooleanField("first_run", r.firstRun());
      g.writeBooleanField("enforced", r.enforced());
      g.writeStringField("rules_verdict", r.rulesVerdict().name());

      g.writeArrayFieldStart("rules");
      for (RuleResult rule : r.rules()) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("title", rule.title());
        g.writeStringField("verdict", rule.verdict().name());
        g.writeBooleanField("enforced", r.enforced());
        g.writeBooleanField("evaluated", rule.evaluated());
        number(g, "value", rule.value());
        g.writeStringField("unit", rule.unit());
        g.writeFieldName("threshold");
        if (rule.threshold() == null) {
          g.writeNull();
        } else {
          g.writeStartObject();
          number(g, "warn_at", rule.threshold().warnAt());
          number(g, "fail_at", rule.threshold().failAt());
          g.writeEndObject();
        }
        g.writeStringField("message", rule.message());
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeObjectFieldStart("broken_targets");
      g.writeNumberField("probed_urls", r.probedUrls());
      g.writeArrayFieldStart("broken");
      for (BrokenUrl url : r.brokenUrls()) {
        brokenUrl(g, url);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unknown");
      for (BrokenUrl url : r.unknownUrls()) {
        brokenUrl(g, url);
      }
      g.writeEndArray();
      g.writeEndObject();

      g.writeFieldName("lost");
      if (r.lostFrom() == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        date(g, "date_from", r.lostFrom());
        date(g, "date_to", r.lostTo());
        counts(g, "by_reason", r.lostByReason());
        counts(g, "ignored_by_reason", r.ignoredByReason());
        g.writeArrayFieldStart("backlinks");
        for (LostLink link : r.lostLinks()) {
          lostLink(g, link);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("refdomains");
        for (LostRefdomain d : r.lostRefdomains()) {
          g.writeStartObject();
          date(g, "new_lost_date", d.newLostDate());
          g.writeStringField("refdomain", d.refdomain());
          g.writeNumberField("backlinks", d.backlinks());
          g.writeNumberField("dofollow_backlinks", d.dofollowBacklinks());
          rank(g, "domain_inlink_rank", d.domainInlinkRank());
          g.writeBooleanField("ignored", d.ignored());
          g.writeStringField("watchlist_entry", d.watchlistEntry());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }

      g.writeFieldName("metrics");
      MetricDeltas m = r.metricDeltas();
      if (m == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeFieldName("before");
        Baselines.writeMetrics(g, m.before());
        g.writeFieldName("after");
        Baselines.writeMetrics(g, m.after());
        g.writeArrayFieldStart("deltas");
        for (MetricDelta d : m.all()) {
          g.writeStartObject();
          g.writeStringField("metric", d.metric());
          g.writeFieldName("before");
          if (d.before() == null) {
            g.writeNull();
          } else {
            g.writeNumber(d.before());
          }
          g.writeNumberField("after", d.after());
          number(g, "drop_percent", d.dropPercent());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }

      UnitEstimate e = r.unitEstimate();
      g.writeObjectFieldStart("units");
      g.writeNumberField("budget", e.budget());
      g.writeNumberField("estimated", e.total());
      g.writeBooleanField("estimate_complete", e.complete());
      g.writeNumberField("spent", r.unitsSpent());
      g.writeArrayFieldStart("items");
      for (UnitEstimate.Item item : e.items()) {
        g.writeStartObject();
        g.writeStringField("command", item.command());
        g.writeStringField("check", item.check());
        g.writeNumberField("units", item.units());
        g.writeStringField("basis", item.basis());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();

      g.writeArrayFieldStart("api_errors");
      for (FailedApiCall f : r.apiFailures()) {
        g.writeStartObject();
        g.writeStringField("check", f.check());
        g.writeStringField("command", f.command());
        g.writeNumberField("status", f.status());
        g.writeStringField("error", f.error());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();

      strings(g, "notes", r.notes());
      g.writeFieldName("baseline");
      if (r.baseline() == null) {
        g.writeNull();
      } else {
        Baselines.writeBaseline(g, r.baseline());
      }
      g.writeFieldName("new_baseline");
      Baselines.writeBaseline(g, r.newBaseline());
      g.writeFieldName("policy");
      GatePolicies.writePolicy(g, r.policy());
      g.writeEndObject();
      g.flush();
    }
    out.write(System.lineSeparator());
  }

  private static void brokenUrl(JsonGenerator g, BrokenUrl url) throws IOException {
    g.writeStartObject();
    g.writeStringField("url", url.url());
    g.writeStringField("probed_url", url.probedUrl());
    g.writeStringField("outcome", url.outcome().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("status", url.status());
    strings(g, "redirect_chain", url.redirectChain());
    g.writeStringField("detail", url.detail());
    g.writeNumberField("attempts", url.attempts());
    g.writeNumberField("backlinks", url.backlinks());
    g.writeNumberField("refdomains", url.refdomains());
    rank(g, "best_domain_inlink_rank", url.bestDomainInlinkRank());
    g.writeNumberField("weight", round(url.weight(), 4));
    strings(g, "watchlist_hits", url.watchlistHits());
    g.writeEndObject();
  }

  private static void lostLink(JsonGenerator g, LostLink link) throws IOException {
    g.writeStartObject();
    date(g, "new_lost_date", link.newLostDate());
    g.writeStringField("url_from", link.urlFrom());
    g.writeStringField("url_to", link.urlTo());
    g.writeStringField("reason_lost", link.reasonLost() == null ? "" : link.reasonLost().value());
    g.writeStringField("link_type", link.linkType() == null ? null : link.linkType().value());
    g.writeBooleanField("nofollow", link.nofollow());
    rank(g, "inlink_rank", link.inlinkRank());
    rank(g, "domain_inlink_rank", link.domainInlinkRank());
    g.writeBooleanField("deploy_caused", link.deployCaused());
    g.writeBooleanField("ignored", link.ignored());
    g.writeStringField("watchlist_entry", link.watchlistEntry());
    g.writeEndObject();
  }

  /** An unknown rank (-1 from the API) is written as null, never as -1. */
  private static void rank(JsonGenerator g, String name, InlinkRank rank) throws IOException {
    g.writeFieldName(name);
    if (rank == null || !rank.isKnown()) {
      g.writeNull();
    } else {
      g.writeNumber(rank.raw());
    }
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumber(value.longValue());
    } else {
      g.writeNumber(round(value, 4));
    }
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  private static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
    g.writeStringField(name, date == null ? null : date.toString());
  }

  private static void counts(JsonGenerator g, String name, Map<String, Long> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
