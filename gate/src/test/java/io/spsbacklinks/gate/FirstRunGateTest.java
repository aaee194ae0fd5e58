package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TARGET;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link GatePolicy#firstRun()}: a run without a usable baseline enforces its rules, or only
 * records.
 */
class FirstRunGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  private static final GatePolicy ENFORCE = GatePolicy.defaults();
  private static final GatePolicy RECORD =
      GatePolicy.builder().firstRun(FirstRunAction.RECORD).build();

  /** A week-old baseline of the target whose metrics were far higher: the metric drops fail. */
  private static final Baseline WEEK_OLD =
      new Baseline(
          TARGET,
          Mode.HOST,
          TODAY.minusDays(7),
          new Metrics(TARGET, 1_000, 100, 50, 50, 0, 1_000, 0, 0),
          List.of());

  private static DeployedSite site;

  @BeforeAll
  static void startSite() {
    site = GateFixtures.site();
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  private static GateResult run(Baseline baseline, GatePolicy policy) {
    return gate(SANDBOX.sandbox()).run(request(site, baseline, policy));
  }

  @Test
  void enforceIsTheDefaultAndAFirstRunCanFail() {
    assertThat(GatePolicy.defaults().firstRun()).isEqualTo(FirstRunAction.ENFORCE);

    GateResult result = run(null, ENFORCE);

    assertThat(result.firstRun()).isTrue();
    assertThat(result.enforced()).isTrue();
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL).isEqualTo(result.rulesVerdict());
    assertThat(result.notes()).noneMatch(n -> n.contains("rules not enforced"));
  }

  @Test
  void recordPassesAFirstRunAndReportsEveryRuleWithItsWouldBeVerdict() {
    GateResult enforced = run(null, ENFORCE);
    GateResult recorded = run(null, RECORD);

    assertThat(recorded.firstRun()).isTrue();
    assertThat(recorded.enforced()).isFalse();
    assertThat(recorded.verdict()).isEqualTo(Verdict.PASS);
    assertThat(recorded.rulesVerdict()).isEqualTo(Verdict.FAIL);
    // Every check ran as under ENFORCE, broken targets included: same rules, same verdicts, same
    // evidence.
    assertThat(recorded.rules()).isEqualTo(enforced.rules());
    assertThat(recorded.rule(GateRule.BROKEN_TARGETS_WEIGHT).orElseThrow().verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(recorded.brokenUrls()).isEqualTo(enforced.brokenUrls());
    assertThat(recorded.lostLinks()).isEqualTo(enforced.lostLinks());
    assertThat(recorded.newBaseline()).isEqualTo(enforced.newBaseline());
    assertThat(recorded.notes().get(0))
        .startsWith("First run: baseline recorded, rules not enforced")
        .contains("FAIL overall");
  }

  @Test
  void recordWithABaselineIsEnforcedLikeEnforce() {
    GateResult enforced = run(WEEK_OLD, ENFORCE);
    GateResult recorded = run(WEEK_OLD, RECORD);

    assertThat(recorded.firstRun()).isFalse();
    assertThat(recorded.enforced()).isTrue();
    assertThat(recorded.verdict()).isEqualTo(Verdict.FAIL).isEqualTo(enforced.verdict());
    assertThat(recorded.rule(GateRule.METRICS_BACKLINKS_DROP).orElseThrow().verdict())
        .isEqualTo(Verdict.FAIL);
    assertThat(recorded.rules()).isEqualTo(enforced.rules());
    assertThat(recorded.notes())
        .isEqualTo(enforced.notes())
        .noneMatch(n -> n.contains("rules not enforced"));
  }

  @Test
  void aBaselineOfAnotherTargetIsAFirstRunAndOnlyRecords() {
    Baseline other =
        new Baseline("other.example", Mode.HOST, TODAY.minusDays(7), WEEK_OLD.metrics(), List.of());

    GateResult result = run(other, RECORD);

    assertThat(result.baseline()).isNull();
    assertThat(result.firstRun()).isTrue();
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.rulesVerdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.notes())
        .anyMatch(n -> n.startsWith("The baseline is for other.example (host)"));
  }

  @Test
  void reportsShowTheRulesAsReportedNotEnforced() throws Exception {
    GateResult result = run(null, RECORD);

    StringWriter json = new StringWriter();
    GateReports.writeJson(result, json);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    assertThat(root.path("schema").asText()).isEqualTo("sps-backlinks/gate-report@1");
    assertThat(root.path("verdict").asText()).isEqualTo("PASS");
    assertThat(root.path("first_run").asBoolean()).isTrue();
    assertThat(root.path("enforced").isBoolean()).isTrue();
    assertThat(root.path("enforced").asBoolean()).isFalse();
    assertThat(root.path("rules_verdict").asText()).isEqualTo("FAIL");
    assertThat(root.path("policy").path("firstRun").asText()).isEqualTo("record");
    JsonNode weight = rule(root, "broken-targets-weight");
    assertThat(weight.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(weight.path("enforced").asBoolean(true)).isFalse();

    StringWriter junit = new StringWriter();
    GateReports.writeJunitXml(result, junit);
    Document doc = ReportParsing.parse(junit.toString());
    assertThat(ReportParsing.all(doc, "failure").getLength()).isZero();
    assertThat(((Element) ReportParsing.all(doc, "testsuite").item(0)).getAttribute("failures"))
        .isEqualTo("0");
    assertThat(systemOut(ReportParsing.all(doc, "testcase"), "broken-targets-weight"))
        .startsWith("FAIL (not enforced): Weighted referring domains of broken URLs: ");
    assertThat(systemOut(ReportParsing.all(doc, "testcase"), "broken-targets"))
        .startsWith("WARN (not enforced): ");
    assertThat(junit.toString()).contains("<property name=\"enforced\" value=\"false\"/>");

    StringWriter md = new StringWriter();
    GateReports.writeMarkdown(result, md);
    assertThat(md.toString())
        .startsWith("## Backlinks gate: PASS\n")
        .contains(
            "**First run: baseline recorded, rules not enforced. The rules show the verdict they would have"
                + " had: FAIL.**")
        .contains("| `broken-targets-weight` | FAIL (not enforced) |")
        .doesNotContain("**FAIL**", "**WARN**");

    StringWriter html = new StringWriter();
    GateReports.writeHtml(result, html);
    Document page = ReportParsing.parse(html.toString());
    assertThat(ReportParsing.all(page, "title").item(0).getTextContent())
        .isEqualTo("Backlinks gate PASS: shop.example");
    assertThat(page.getDocumentElement().getTextContent())
        .contains("First run: baseline recorded, rules not enforced.", "FAIL (not enforced)");
  }

  @Test
  void enforcedReportsSayNothingAboutEnforcement() throws Exception {
    GateResult result = run(WEEK_OLD, RECORD);

    StringWriter json = new StringWriter();
    GateReports.writeJson(result, json);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    assertThat(root.path("first_run").asBoolean(true)).isFalse();
    assertThat(root.path("enforced").asBoolean()).isTrue();
    assertThat(root.path("rules_verdict").asText())
        .isEqualTo(root.path("verdict").asText())
        .isEqualTo("FAIL");
    assertThat(rule(root, "metrics-backlinks-drop").path("enforced").asBoolean()).isTrue();

    StringWriter md = new StringWriter();
    GateReports.writeMarkdown(result, md);
    assertThat(md.toString()).contains("| **FAIL** |").doesNotContain("not enforced");
    StringWriter junit = new StringWriter();
    GateReports.writeJunitXml(result, junit);
    assertThat(junit.toString()).contains("<failure").doesNotContain("not enforced");
  }

  private static JsonNode rule(JsonNode root, String id) {
    for (JsonNode rule : root.path("rules")) {
      if (rule.path("id").asText().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }

  private static String systemOut(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e.getElementsByTagName("system-out").item(0).getTextContent();
      }
    }
    throw new AssertionError("no testcase " + name);
  }
}
