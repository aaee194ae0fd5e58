package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.Verdict;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report action's model: the summary kept in build.xml and the full page read from the JSON report. */
class ReportModelTest {
  private static SandboxFixture fixture;
  private static GateOutcome outcome;
  private static ReportView report;

  @BeforeAll
  static void runTheStagedDeploy(@TempDir Path buildDir) throws IOException {
    fixture = new SandboxFixture();
    FakeHost host = new FakeHost(buildDir, "job/deploy/3/");
    outcome = fixture.execution().execute(fixture.settings(), GateDefaults.none(), Sandbox.DEMO_API_KEY, host);
    report = ReportView.read(buildDir.resolve("shop.example-host").resolve(GateReports.JSON_FILE));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void summaryHasTheVerdictWhyAndTheKeyNumbers() {
    GateRunSummary s = outcome.summary();

    assertThat(s.getReportId()).isEqualTo("shop.example-host");
    assertThat(s.getTarget()).isEqualTo("shop.example");
    assertThat(s.getMode()).isEqualTo("host");
    assertThat(s.getVerdict()).isEqualTo(Verdict.WARN);
    assertThat(s.getOutcome()).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(s.getDeployedBaseUrl()).isEqualTo(outcome.result().deployedBaseUrl()).startsWith(fixture.site.baseUrl());
    assertThat(s.getProbedUrls()).isEqualTo(outcome.result().probedUrls()).isPositive();
    assertThat(s.getBrokenUrls()).isEqualTo(1);
    assertThat(s.getLostBacklinks()).isEqualTo(3);
    assertThat(s.getIgnoredLostBacklinks()).isEqualTo(1);
    assertThat(s.getLostRefdomains()).isEqualTo(3);
    assertThat(s.getLostFrom()).isEqualTo("2026-11-21");
    assertThat(s.getLostTo()).isEqualTo("2026-11-28");
    assertThat(s.getBacklinksBefore()).isNull();
    assertThat(s.getBacklinksAfter()).isEqualTo(outcome.result().metricDeltas().after().backlinks());
    assertThat(s.getUnitsSpent()).isEqualTo(outcome.result().unitsSpent()).isPositive();
    assertThat(s.getUnitBudget()).isEqualTo(5_000);
    assertThat(s.getApiErrors()).isZero();
    assertThat(s.getRules()).extracting(GateRunSummary.RuleLine::getId).contains("broken-targets", "lost-backlinks");
    assertThat(s.getFiredRules()).extracting(GateRunSummary.RuleLine::getId)
        .containsExactly("broken-targets", "broken-targets-weight");
    GateRunSummary.RuleLine broken = s.getFiredRules().get(0);
    assertThat(broken.getValue()).isEqualTo("1 urls");
    assertThat(broken.getThreshold()).isEqualTo("warn >= 1, fail >= 5");
    assertThat(broken.getMessage()).isNotBlank();
    assertThat(s.getNotes()).anySatisfy(n -> assertThat(n).contains("first run"));
  }

  @Test
  void summaryListsAtMostTenBrokenUrls() {
    GateResult many = Results.result("shop.example", Verdict.FAIL, 10L, 2L, 0, 0);
    assertThat(GateRunSummary.of("x", many, "#2").getListedBrokenUrls()).isEmpty();
    assertThat(GateRunSummary.of("x", many, "#2").getBaselineFrom()).isEqualTo("#2");
  }

  @Test
  void reportPageListsBrokenUrlsWithStatusAndReferringDomains() {
    assertThat(report.getBrokenUrlTotal()).isEqualTo(1);
    List<String> pricing = report.getBrokenUrls().get(0).getCells();
    assertThat(pricing.get(0)).isEqualTo("https://shop.example/pricing");
    assertThat(pricing.get(1)).isEqualTo(fixture.site.baseUrl() + "/pricing");
    assertThat(pricing.get(2)).isEqualTo("http error");
    assertThat(pricing.get(3)).isEqualTo("404");
    assertThat(pricing.get(7)).isEqualTo("1");
    assertThat(pricing.get(8)).isEqualTo("80");
    assertThat(pricing.get(9)).isEqualTo("4");
    // The Fix column: the suggestion the gate made for it, as the reports word it.
    assertThat(pricing.get(10)).isEqualTo(outcome.result().fix(outcome.result().brokenUrls().get(0))
        .orElseThrow().fix()).isNotBlank();
    assertThat(report.getUnknownUrls()).isEmpty();
    assertThat(report.isRedirectsSuggested()).isTrue();
    assertThat(report.getRedirectFiles())
        .containsExactly("redirects.nginx.conf", "redirects.apache.conf", "_redirects", "redirects.csv", "redirects.json");
  }

  @Test
  void reportPageListsLostLinksWithReasonAndRanks() {
    assertThat(report.isLostChecked()).isTrue();
    assertThat(report.getLostWindow()).isEqualTo("2026-11-21 .. 2026-11-28");
    assertThat(report.getLostBacklinks()).hasSize(4);
    assertThat(report.getLostBacklinks()).anySatisfy(row -> assertThat(row.getCells())
        .containsSubsequence("https://theta.example/a", "https://shop.example/features", "page_not_found")
        .contains("60", "counted"));
    assertThat(report.getLostBacklinks()).anySatisfy(row -> assertThat(row.getCells())
        .contains("crawl_error", "ignored"));
    assertThat(report.getLostRefdomains()).hasSize(4);
    assertThat(report.getLostBacklinkTotal()).isEqualTo(4);
  }

  @Test
  void reportPageHasMetricsUnitsRulesAndNotes() {
    assertThat(report.getMetrics()).extracting(r -> r.getCells().get(0))
        .containsExactly("backlinks", "refdomains", "dofollow_backlinks");
    assertThat(report.getMetrics().get(0).getCells().get(1)).isEmpty();
    assertThat(report.getUnits().getCells()).containsExactly("5,000",
        GateRunSummary.Numbers.format(outcome.result().unitEstimate().total()),
        GateRunSummary.Numbers.format(outcome.result().unitsSpent()));
    assertThat(report.getRules()).anySatisfy(r -> assertThat(r.getCells())
        .containsSubsequence("broken-targets", "Broken backlinked URLs", "WARN", "1 urls", "warn >= 1, fail >= 5"));
    assertThat(report.getApiErrors()).isEmpty();
    assertThat(report.getNotes()).isNotEmpty();
  }

  @Test
  void unknownRanksShowAsUnknownAndLongTablesAreCut() throws IOException {
    StringBuilder json = new StringBuilder("{\"schema\":\"" + GateReports.JSON_SCHEMA + "\",\"target\":\"t.example\","
        + "\"lost\":{\"date_from\":\"2026-11-01\",\"date_to\":\"2026-11-28\",\"backlinks\":[");
    for (int i = 0; i < ReportView.MAX_ROWS + 20; i++) {
      json.append(i == 0 ? "" : ",").append("{\"url_from\":\"https://r").append(i)
          .append(".example/\",\"reason_lost\":\"\",\"domain_inlink_rank\":null,\"inlink_rank\":7}");
    }
    json.append("],\"refdomains\":[]}}");

    ReportView view = ReportView.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(view.getLostBacklinks()).hasSize(ReportView.MAX_ROWS);
    assertThat(view.getLostBacklinkTotal()).isEqualTo(ReportView.MAX_ROWS + 20);
    assertThat(view.getLostBacklinks().get(0).getCells()).containsSubsequence("(none)", "", "dofollow", "7", "unknown");
    assertThat(view.getMetrics()).isEmpty();
    assertThat(view.getBrokenUrls()).isEmpty();
  }

  @Test
  void otherDocumentsAreRejected() {
    assertThatThrownBy(() -> ReportView.read(new ByteArrayInputStream("{\"schema\":\"other\"}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class).hasMessageContaining(GateReports.JSON_SCHEMA);
  }
}
