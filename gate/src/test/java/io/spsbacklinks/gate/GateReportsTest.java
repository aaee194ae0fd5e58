package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The four reports of a full run (a week-old baseline, the staged deploy) parse and hold the
 * evidence.
 */
class GateReportsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  @TempDir static Path dir;

  private static GateResult result;
  private static List<Path> files;

  @BeforeAll
  static void runTheGate() throws Exception {
    Sandbox sandbox = SANDBOX.sandbox();
    sandbox.setToday(TODAY.minusDays(7));
    Baseline baseline =
        gate(sandbox, Sandbox.DEMO_API_KEY, TODAY.minusDays(7))
            .run(request(null, null, only(false, false, true).build()))
            .newBaseline();
    sandbox.setToday(TODAY);
    try (DeployedSite site = GateFixtures.site()) {
      result = gate(sandbox).run(request(site, baseline, GatePolicy.defaults()));
    }
    files = GateReports.writeAll(result, dir.resolve("reports"));
  }

  private static String read(String name) throws Exception {
    return Files.readString(dir.resolve("reports").resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void writesTheFourFilesAndTheRedirectRulesBesideThem() {
    // Broken URLs were found and suggestions are on by default: the rule files follow the reports.
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "gate-report.json",
            "gate-report.md",
            "gate-report.html",
            "gate-junit.xml",
            "redirects.nginx.conf",
            "redirects.apache.conf",
            "_redirects",
            "redirects.csv",
            "redirects.json");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void noReportHoldsTheApiKey() throws Exception {
    for (Path file : files) {
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(file.toString())
          .doesNotContain(Sandbox.DEMO_API_KEY);
    }
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws Exception {
    JsonNode json = new ObjectMapper().readTree(read("gate-report.json"));

    assertThat(json.path("schema").asText()).isEqualTo("sps-backlinks/gate-report@1");
    assertThat(json.path("target").asText()).isEqualTo("shop.example");
    assertThat(json.path("mode").asText()).isEqualTo("host");
    assertThat(json.path("ran_at").asText()).isEqualTo("2026-11-28T12:00:00Z");
    assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
    List<String> ids = new ArrayList<>();
    json.path("rules").forEach(rule -> ids.add(rule.path("id").asText()));
    assertThat(ids)
        .containsExactly(
            "unit-budget",
            "api-errors",
            "broken-targets",
            "broken-targets-weight",
            "lost-backlinks",
            "lost-refdomains",
            "metrics-backlinks-drop",
            "metrics-refdomains-drop",
            "metrics-dofollow-drop");
    JsonNode brokenRule = json.path("rules").get(2);
    assertThat(brokenRule.path("verdict").asText()).isEqualTo("WARN");
    assertThat(brokenRule.path("value").asInt()).isEqualTo(4);
    assertThat(brokenRule.path("threshold").path("warn_at").asInt()).isEqualTo(1);
    assertThat(brokenRule.path("evaluated").asBoolean()).isTrue();

    JsonNode pricing = json.path("broken_targets").path("broken").get(0);
    assertThat(pricing.path("url").asText()).isEqualTo("https://shop.example/pricing");
    assertThat(pricing.path("outcome").asText()).isEqualTo("http_error");
    assertThat(pricing.path("status").asInt()).isEqualTo(404);
    assertThat(pricing.path("refdomains").asInt()).isEqualTo(2);
    assertThat(pricing.path("best_domain_inlink_rank").asInt()).isEqualTo(80);
    assertThat(json.path("broken_targets").path("probed_urls").asInt()).isEqualTo(6);

    JsonNode lost = json.path("lost");
    assertThat(lost.path("date_from").asText()).isEqualTo("2026-11-21");
    assertThat(lost.path("by_reason").path("page_not_found").asInt()).isEqualTo(1);
    assertThat(lost.path("ignored_by_reason").path("crawl_error").asInt()).isEqualTo(1);
    JsonNode xi = null;
    for (JsonNode link : lost.path("backlinks")) {
      if (link.path("url_from").asText().equals("https://xi.example/h")) {
        xi = link;
      }
      if (link.path("reason_lost").asText().equals("broken_redirect")) {
        assertThat(link.path("deploy_caused").asBoolean()).isTrue();
      }
    }
    assertThat(xi).isNotNull();
    assertThat(xi.path("domain_inlink_rank").isNull()).as("-1 is written as null").isTrue();

    JsonNode backlinks = json.path("metrics").path("deltas").get(0);
    assertThat(backlinks.path("metric").asText()).isEqualTo("backlinks");
    assertThat(backlinks.path("before").asInt()).isEqualTo(16);
    assertThat(backlinks.path("after").asInt()).isEqualTo(8);
    assertThat(backlinks.path("drop_percent").asDouble()).isEqualTo(50.0);

    assertThat(json.path("units").path("estimated").asInt()).isEqualTo(2130);
    assertThat(json.path("units").path("spent").asLong()).isEqualTo(result.unitsSpent());
    assertThat(json.path("new_baseline").path("schema").asText()).isEqualTo(Baselines.SCHEMA);
    assertThat(json.path("new_baseline").path("history")).hasSize(2);
    assertThat(json.path("policy").path("unitBudget").asInt()).isEqualTo(5000);
  }

  @Test
  void junitXmlHasOneTestcasePerRuleAndFailuresCarryTheEvidence() throws Exception {
    Document doc = ReportParsing.parse(read("gate-junit.xml"));

    Element suite = (Element) ReportParsing.all(doc, "testsuite").item(0);
    NodeList cases = ReportParsing.all(doc, "testcase");
    assertThat(cases.getLength()).isEqualTo(result.rules().size());
    assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(result.rules().size()));
    long fails = result.rules().stream().filter(r -> r.verdict() == Verdict.FAIL).count();
    assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(fails));
    assertThat(ReportParsing.all(doc, "failure").getLength()).isEqualTo((int) fails);
    assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-11-28T12:00:00");

    Element weight = testcase(cases, "broken-targets-weight");
    Element failure = (Element) weight.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .startsWith("Weighted referring domains of broken URLs: ");
    assertThat(failure.getTextContent())
        .contains(
            "https://shop.example/pricing [http error 404]",
            "https://shop.example/loop [redirect loop 302]");

    Element broken = testcase(cases, "broken-targets");
    assertThat(broken.getElementsByTagName("failure").getLength()).isZero();
    assertThat(broken.getElementsByTagName("system-out").item(0).getTextContent())
        .startsWith("WARN: ");

    Element drop = testcase(cases, "metrics-backlinks-drop");
    assertThat(drop.getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("backlinks 16 -> 8 since 2026-11-21: 50.0% drop.");
  }

  private static Element testcase(NodeList cases, String name) {
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase " + name);
  }

  @Test
  void htmlIsStandaloneWithTablesAndAnSvgChart() throws Exception {
    String html = read("gate-report.html");
    Document doc = ReportParsing.parse(html);

    assertThat(html).startsWith("<!DOCTYPE html>");
    // Rules are named by their id, the name policy files, the CLI and Jenkins use.
    assertThat(html).contains("<td>broken-targets-weight</td>", "<td>lost-backlinks</td>");
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(doc.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/1999/xhtml");
    assertThat(ReportParsing.all(doc, "script").getLength()).isZero();
    assertThat(ReportParsing.all(doc, "link").getLength()).isZero();
    assertThat(ReportParsing.loadsAnything(doc)).isFalse();

    NodeList svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength())
        .isEqualTo(3);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
        .isEqualTo(6);
    assertThat(ReportParsing.all(doc, "title").item(0).getTextContent())
        .isEqualTo("Backlinks gate FAIL: shop.example");

    String text = doc.getDocumentElement().getTextContent();
    assertThat(text)
        .contains(
            "https://shop.example/pricing",
            "HEAD 404",
            "page_not_found",
            "broken_redirect (deploy-caused)",
            "2026-11-21: 16");
    assertThat(ReportParsing.all(doc, "table").getLength()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void markdownIsAPullRequestComment() throws Exception {
    String md = read("gate-report.md");

    assertThat(md).startsWith("## Backlinks gate: FAIL\n");
    assertThat(md)
        .contains(
            "| `metrics-backlinks-drop` | **FAIL** | 50.0 % | warn >= 10, fail >= 25 |",
            "| `broken-targets` | **WARN** | 4 urls | warn >= 1, fail >= 5 |",
            "| `https://shop.example/pricing` | http error | 404 | 2 | 80 | 4.16 |",
            "### Lost backlinks 2026-11-21 .. 2026-11-28",
            "| backlinks | 16 | 8 | 50.0 % |");
  }
}
