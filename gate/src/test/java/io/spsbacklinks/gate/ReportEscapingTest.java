package io.spsbacklinks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.ReasonLost;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.SitemapStats;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Hostile text from the API or a site (markup, table pipes, control characters) cannot break a
 * report.
 */
class ReportEscapingTest {
  private static final String HOSTILE = "<script>alert(1)</script> | **bold** ]]> \u0001 & \"q\"";

  private static GateResult hostileResult() {
    LocalDate day = LocalDate.parse("2026-11-28");
    BrokenUrl broken =
        new BrokenUrl(
            "https://shop.example/a?x=<b>|y",
            "http://127.0.0.1/a",
            ProbeOutcome.HTTP_ERROR,
            404,
            List.of(),
            HOSTILE,
            1,
            1,
            1,
            InlinkRank.UNKNOWN,
            0.16,
            List.of());
    LostLink lost =
        new LostLink(
            day,
            "https://evil.example/<img src=x>",
            "https://shop.example/",
            ReasonLost.of("other"),
            LinkKind.HREF,
            false,
            InlinkRank.of(3),
            InlinkRank.UNKNOWN,
            false,
            false,
            null);
    RuleResult rule =
        new RuleResult(
            GateRule.BROKEN_TARGETS,
            Verdict.FAIL,
            true,
            1.0,
            "urls",
            Threshold.of(null, 1.0),
            HOSTILE);
    Baseline baseline = new Baseline("shop.example", Mode.HOST, day, null, List.of());
    return new GateResult(
        "shop.example",
        Mode.HOST,
        null,
        Instant.parse("2026-11-28T12:00:00Z"),
        Verdict.FAIL,
        List.of(rule),
        1,
        List.of(broken),
        List.of(),
        day.minusDays(7),
        day,
        List.of(lost),
        List.of(),
        null,
        new UnitEstimate(List.of(), 0, 10, true),
        0,
        List.of(),
        List.of(HOSTILE),
        null,
        baseline,
        GatePolicy.defaults(),
        new RedirectPlan(
            List.of(
                new Suggestion(
                    broken.url(),
                    "/a?x=<b>|y",
                    404,
                    "404",
                    0.16,
                    1,
                    Suggestion.Kind.NO_CONFIDENT_TARGET,
                    null,
                    0.2,
                    HOSTILE,
                    "/" + HOSTILE,
                    null)),
            new SitemapStats(0, 0, 0, 0, 0, null, List.of()),
            0,
            1));
  }

  @Test
  void htmlAndJunitStayWellFormedAndInert() throws Exception {
    StringWriter html = new StringWriter();
    GateReports.writeHtml(hostileResult(), html);
    Document doc = ReportParsing.parse(html.toString());
    assertThat(ReportParsing.all(doc, "script").getLength()).isZero();
    assertThat(ReportParsing.all(doc, "img").getLength()).isZero();
    assertThat(doc.getDocumentElement().getTextContent())
        .contains("<script>alert(1)</script> | **bold** ]]> \uFFFD & \"q\"")
        .contains("no confident target; closest section page /<script>");

    StringWriter junit = new StringWriter();
    GateReports.writeJunitXml(hostileResult(), junit);
    Document xml = ReportParsing.parse(junit.toString());
    assertThat(ReportParsing.all(xml, "failure").item(0).getTextContent())
        .startsWith("<script>alert(1)</script>");
  }

  @Test
  void markdownEscapesMarkupAndPipes() throws Exception {
    StringWriter md = new StringWriter();
    GateReports.writeMarkdown(hostileResult(), md);

    assertThat(md.toString())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*bold\\*\\*")
        .contains("`https://shop.example/a?x=<b>\\|y`")
        .contains("no confident target; closest section page /&lt;script&gt;");
  }

  @Test
  void jsonKeepsTheTextVerbatim() throws Exception {
    StringWriter json = new StringWriter();
    GateReports.writeJson(hostileResult(), json);

    assertThat(
            new ObjectMapper()
                .readTree(json.toString())
                .path("rules")
                .get(0)
                .path("message")
                .asText())
        .isEqualTo(HOSTILE);
  }
}
