package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.gate.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The project trend: points per target across builds, drawn as CSP-safe SVG. */
class TrendTest {
  private static TrendData.BuildSummaries build(int number, GateRunSummary... summaries) {
    return new TrendData.BuildSummaries(number, List.of(summaries));
  }

  @Test
  void pointsArePerTargetOldestFirst() {
    List<TrendData.Trend> trends = TrendData.collect(List.of(
        build(12, Results.summary("a.example", Verdict.FAIL, 900L, 80L, 40), Results.summary("b.example", Verdict.PASS, 5L, 2L, 0)),
        build(11),
        build(10, Results.summary("a.example", Verdict.PASS, 1000L, 90L, 1))));

    assertThat(trends).extracting(TrendData.Trend::reportId).containsExactly("a.example-host", "b.example-host");
    TrendData.Trend a = trends.get(0);
    assertThat(a.getTitle()).isEqualTo("a.example (host)");
    assertThat(a.points()).containsExactly(
        new TrendPoint(10, Verdict.PASS, 1000L, 90L, 1),
        new TrendPoint(12, Verdict.FAIL, 900L, 80L, 40));
    assertThat(a.getNewestFirst()).extracting(TrendPoint::build).containsExactly(12, 10);
  }

  @Test
  void readsAtMostFiftyBuilds() {
    List<TrendData.BuildSummaries> builds = new ArrayList<>();
    for (int n = 200; n > 0; n--) {
      builds.add(build(n, Results.summary("a.example", Verdict.PASS, (long) n, 1L, 0)));
    }
    Iterable<TrendData.BuildSummaries> history = () -> builds.stream()
        .peek(b -> assertThat(b.build()).as("builds read").isGreaterThan(200 - TrendData.MAX_BUILDS - 1))
        .iterator();

    List<TrendPoint> points = TrendData.collect(history).get(0).points();

    assertThat(points).hasSize(TrendData.MAX_BUILDS);
    assertThat(points.get(0).build()).isEqualTo(151);
  }

  @Test
  void chartIsWellFormedSvgWithoutScriptsOrStyles() throws Exception {
    String svg = TrendChart.render(List.of(
        new TrendPoint(1, Verdict.PASS, 1000L, 90L, 0),
        new TrendPoint(2, Verdict.WARN, 990L, 89L, 12),
        new TrendPoint(3, Verdict.FAIL, null, null, 60)));

    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("style").getLength()).isZero();
    assertThat(doc.getElementsByTagName("foreignObject").getLength()).isZero();
    assertNoStyleOrEventAttributes(doc.getElementsByTagName("*"));
    assertThat(svg).doesNotContain("href");
    assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
    // Backlinks and refdomains have no value in build 3: two points each; lost backlinks has three.
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(7);
    assertThat(svg).contains("<title>#3: 60 lost backlinks, gate FAIL</title>")
        .contains("<title>#1: 1,000 backlinks, gate PASS</title>")
        .contains(">#1</text>").contains(">#3</text>");
  }

  @Test
  void chartWithoutMetricsSaysSo() throws Exception {
    String svg = TrendChart.render(List.of(new TrendPoint(4, Verdict.WARN, null, null, 3)));

    parse(svg);
    assertThat(svg).contains(">no data</text>");
    assertThat(svg.split("<circle", -1)).hasSize(2);
  }

  @Test
  void largeStableCountsGetAZoomedAxis() {
    String svg = TrendChart.render(List.of(
        new TrendPoint(1, Verdict.PASS, 100_000L, 5_000L, 0),
        new TrendPoint(2, Verdict.PASS, 100_500L, 5_010L, 0)));

    assertThat(svg).contains(">100,000</text>").contains(">100,500</text>");
  }

  @Test
  void textIsEscaped() {
    assertThat(TrendChart.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertNoStyleOrEventAttributes(NodeList elements) {
    for (int i = 0; i < elements.getLength(); i++) {
      NamedNodeMap attributes = elements.item(i).getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        String name = attributes.item(j).getNodeName();
        assertThat(name).as("attribute of <%s>", elements.item(i).getNodeName())
            .isNotEqualTo("style").doesNotStartWith("on");
      }
    }
  }
}
