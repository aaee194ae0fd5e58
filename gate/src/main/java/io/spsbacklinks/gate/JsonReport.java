package io.spsbacklinks.gate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the {@code sps-backlinks/gate-report@1} JSON document (schema in {@link GateReports}): the
 * result is mapped onto the typed records below and serialized by Jackson, component names in snake
 * case. Baselines, metrics and the policy keep the files' own formats ({@link Baselines}, {@link
 * GatePolicies}).
 */
final class JsonReport {
  static final String SCHEMA = "sps-backlinks/gate-report@1";

  private static final ObjectWriter WRITER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .addModule(
              new SimpleModule()
                  .addSerializer(Baseline.class, serializer(Baselines::writeBaseline))
                  .addSerializer(Metrics.class, serializer(Baselines::writeMetrics))
                  .addSerializer(GatePolicy.class, serializer(GatePolicies::writePolicy)))
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build()
          .writerWithDefaultPrettyPrinter();

  private JsonReport() {}

  /** The whole document. Fields are only ever added within a schema version. */
  record Report(
      String schema,
      String target,
      String mode,
      String deployedBaseUrl,
      String ranAt,
      String verdict,
      boolean firstRun,
      boolean enforced,
      String rulesVerdict,
      List<Rule> rules,
      BrokenTargets brokenTargets,
      Lost lost,
      MetricsSection metrics,
      Units units,
      List<FailedApiCall> apiErrors,
      List<String> notes,
      Baseline baseline,
      Baseline newBaseline,
      GatePolicy policy,
      Redirects redirects) {}

  /** One rule; {@code status} reads e.g. "NOT MEASURED (FAIL)" for a rule that was not measured. */
  record Rule(
      String id,
      String title,
      String verdict,
      String status,
      boolean enforced,
      boolean evaluated,
      Number value,
      String unit,
      Levels threshold,
      String message) {}

  record Levels(Number warnAt, Number failAt) {}

  record BrokenTargets(int probedUrls, List<Url> broken, List<Url> unknown) {}

  record Url(
      String url,
      String probedUrl,
      String outcome,
      int status,
      List<String> redirectChain,
      String detail,
      int attempts,
      long backlinks,
      int refdomains,
      Integer bestDomainInlinkRank,
      double weight,
      List<String> watchlistHits,
      Fix fix) {}

  /** A broken URL's redirect suggestion (null if suggestions did not run). */
  record Fix(
      String kind,
      String source,
      String target,
      double confidence,
      String reason,
      String sectionPage,
      String origin,
      String summary) {}

  /**
   * What the redirect suggestions did; null if they did not run. {@code files} are written beside
   * the report by {@code GateReports.writeAll}.
   */
  record Redirects(
      double minConfidence,
      int rules,
      int candidates,
      int probeRequests,
      int sitemapsRead,
      String sitemapsStoppedBy,
      List<String> sitemapProblems,
      List<String> files) {}

  record Lost(
      String dateFrom,
      String dateTo,
      Map<String, Long> byReason,
      Map<String, Long> ignoredByReason,
      List<Link> backlinks,
      List<Refdomain> refdomains) {}

  record Link(
      String newLostDate,
      String urlFrom,
      String urlTo,
      String reasonLost,
      String linkType,
      boolean nofollow,
      Integer inlinkRank,
      Integer domainInlinkRank,
      boolean deployCaused,
      boolean ignored,
      String watchlistEntry) {}

  record Refdomain(
      String newLostDate,
      String refdomain,
      long backlinks,
      long dofollowBacklinks,
      Integer domainInlinkRank,
      boolean ignored,
      String watchlistEntry) {}

  record MetricsSection(Metrics before, Metrics after, List<Delta> deltas) {}

  record Delta(String metric, Long before, long after, Number dropPercent) {}

  record Units(
      long budget,
      long estimated,
      boolean estimateComplete,
      long spent,
      List<UnitEstimate.Item> items) {}

  static void write(GateResult r, Writer out) throws IOException {
    WRITER.writeValue(out, report(r));
    out.write(System.lineSeparator());
    out.flush();
  }

  static Report report(GateResult r) {
    List<Rule> rules =
        r.rules().stream()
            .map(
                rule ->
                    new Rule(
                        rule.id(),
                        rule.title(),
                        rule.verdict().name(),
                        rule.status(),
                        r.enforced(),
                        rule.evaluated(),
                        number(rule.value()),
                        rule.unit(),
                        rule.threshold() == null
                            ? null
                            : new Levels(
                                number(rule.threshold().warnAt()),
                                number(rule.threshold().failAt())),
                        rule.message()))
            .toList();
    BrokenTargets broken =
        new BrokenTargets(
            r.probedUrls(),
            r.brokenUrls().stream().map(u -> url(u, r.fix(u).orElse(null))).toList(),
            r.unknownUrls().stream().map(u -> url(u, null)).toList());
    Lost lost =
        r.lostFrom() == null
            ? null
            : new Lost(
                date(r.lostFrom()),
                date(r.lostTo()),
                r.lostByReason(),
                r.ignoredByReason(),
                r.lostLinks().stream().map(JsonReport::link).toList(),
                r.lostRefdomains().stream()
                    .map(
                        d ->
                            new Refdomain(
                                date(d.newLostDate()),
                                d.refdomain(),
                                d.backlinks(),
                                d.dofollowBacklinks(),
                                rank(d.domainInlinkRank()),
                                d.ignored(),
                                d.watchlistEntry()))
                    .toList());
    MetricDeltas m = r.metricDeltas();
    MetricsSection metrics =
        m == null
            ? null
            : new MetricsSection(
                m.before(),
                m.after(),
                m.all().stream()
                    .map(d -> new Delta(d.metric(), d.before(), d.after(), number(d.dropPercent())))
                    .toList());
    UnitEstimate e = r.unitEstimate();
    return new Report(
        SCHEMA,
        r.target(),
        r.mode().wireValue(),
        r.deployedBaseUrl(),
        r.ranAt().toString(),
        r.verdict().name(),
        r.firstRun(),
        r.enforced(),
        r.rulesVerdict().name(),
        rules,
        broken,
        lost,
        metrics,
        new Units(e.budget(), e.total(), e.complete(), r.unitsSpent(), e.items()),
        r.apiFailures(),
        r.notes(),
        r.baseline(),
        r.newBaseline(),
        r.policy(),
        redirects(r));
  }

  private static Redirects redirects(GateResult r) {
    RedirectPlan plan = r.redirects();
    return plan == null
        ? null
        : new Redirects(
            r.policy().redirects().minConfidence(),
            RuleFormat.rules(plan.suggestions()).size(),
            plan.candidates(),
            plan.probes(),
            plan.sitemaps().sitemapsRead(),
            plan.sitemaps().stoppedBy(),
            plan.sitemaps().problems(),
            ReportText.ruleFiles());
  }

  private static Url url(BrokenUrl u, Suggestion s) {
    return new Url(
        u.url(),
        u.probedUrl(),
        u.outcome().name().toLowerCase(Locale.ROOT),
        u.status(),
        u.redirectChain(),
        u.detail(),
        u.attempts(),
        u.backlinks(),
        u.refdomains(),
        rank(u.bestDomainInlinkRank()),
        round(u.weight()),
        u.watchlistHits(),
        s == null
            ? null
            : new Fix(
                s.kind().name().toLowerCase(Locale.ROOT),
                s.source(),
                s.target(),
                round(s.confidence()),
                s.reason(),
                s.sectionPage(),
                s.origin() == null ? null : s.origin().name().toLowerCase(Locale.ROOT),
                s.fix()));
  }

  private static Link link(LostLink l) {
    return new Link(
        date(l.newLostDate()),
        l.urlFrom(),
        l.urlTo(),
        l.reasonLost() == null ? "" : l.reasonLost().value(),
        l.linkType() == null ? null : l.linkType().value(),
        l.nofollow(),
        rank(l.inlinkRank()),
        rank(l.domainInlinkRank()),
        l.deployCaused(),
        l.ignored(),
        l.watchlistEntry());
  }

  /** An unknown rank (-1 from the API) is null, never -1. */
  private static Integer rank(InlinkRank rank) {
    return rank == null || !rank.isKnown() ? null : rank.raw();
  }

  /** A whole value as an integer, others rounded to 4 places. */
  private static Number number(Double value) {
    if (value == null) {
      return null;
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? (Number) value.longValue()
        : round(value);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> JsonSerializer<T> serializer(Write<T> write) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write.write(g, value);
      }
    };
  }
}
