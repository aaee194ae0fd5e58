package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.sample;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Mode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** output=xml end to end: every sample converted to the project's XML shape parses the same. */
class XmlOutputTest {
  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  @StartStop final MockWebServer server = new MockWebServer();

  private BacklinksClient jsonClient;
  private BacklinksClient xmlClient;

  @BeforeEach
  void setUp() {
    TestSupport.FakeTime time = new TestSupport.FakeTime();
    jsonClient = TestSupport.clientFor(server, time).build();
    xmlClient =
        TestSupport.clientFor(server, time)
            .output(OutputFormat.XML)
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  /** The common.md mapping: members to elements, arrays to item elements, null omitted. */
  static String toXml(String json) throws Exception {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write(xml, "response", LENIENT.readTree(json));
    return xml.toString();
  }

  private static void write(StringBuilder xml, String name, JsonNode node) {
    if (node.isNull()) {
      return;
    }
    xml.append('<').append(name).append('>');
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        write(xml, field.getKey(), field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(item -> write(xml, "item", item));
    } else {
      xml.append(node.asText().replace("&", "&amp;").replace("<", "&lt;"));
    }
    xml.append("</").append(name).append('>');
  }

  private <T> void assertSameAsJson(String sampleName, Function<BacklinksClient, T> call)
      throws Exception {
    String json = sample(sampleName);
    server.enqueue(TestSupport.ok(json));
    T fromJson = call.apply(jsonClient);
    server.enqueue(TestSupport.xml(200, toXml(json)));
    T fromXml = call.apply(xmlClient);
    assertThat(fromXml).isEqualTo(fromJson);
    take(server);
    RecordedRequest xmlRequest = take(server);
    assertThat(xmlRequest.getUrl().queryParameter("output")).isEqualTo("xml");
    assertThat(xmlRequest.getHeaders().get("Accept")).isEqualTo("application/xml");
  }

  private static <T> List<T> all(RowStream<T> rows) {
    try (rows) {
      return rows.stream().collect(Collectors.toList());
    }
  }

  @Test
  void everySampleParsesTheSameAsXml() throws Exception {
    assertSameAsJson(
        "get-metrics-get.json", c -> c.getMetrics(List.of("seopowersuite.com"), Mode.HOST));
    assertSameAsJson(
        "get-metrics-post.json",
        c ->
            c.getMetrics(
                List.of("https://www.seopowersite.com/", "https://www.link-assistant.com/"), null));
    assertSameAsJson(
        "get-inlink-rank-post.json",
        c ->
            c.getInlinkRank(
                List.of(
                    "https://www.seopowersite.com/",
                    "https://www.link-assistant.com/rank-tracker/")));
    assertSameAsJson(
        "get-backlinks.json", c -> all(c.getBacklinks(BacklinksQuery.builder("x").build())));
    assertSameAsJson(
        "get-refdomains.json", c -> all(c.getRefdomains(RefdomainsQuery.builder("x").build())));
    assertSameAsJson(
        "get-new-lost-backlinks.json",
        c -> all(c.getNewLostBacklinks(NewLostBacklinksQuery.builder("x").build())));
    assertSameAsJson(
        "get-new-lost-refdomains.json",
        c -> all(c.getNewLostRefdomains(NewLostRefdomainsQuery.builder("x").build())));
    assertSameAsJson("get-subscription-info.json", BacklinksClient::getSubscriptionInfo);
    assertSameAsJson("download-all-backlinks.json", c -> c.downloadAllBacklinks("x", null));
    assertSameAsJson(
        "download-all-backlinks-status.json",
        c -> c.downloadAllBacklinksStatus("CB8C36874702C69A767AC086AFD01B1B"));
  }

  @Test
  void rawPagesCarryTheirCursorInXml() throws Exception {
    server.enqueue(TestSupport.xml(200, toXml(sample("get-raw-backlinks-page1.json"))));

    try (RawPage page =
        xmlClient.getRawBacklinksPage(RawBacklinksQuery.builder("x").build(), null)) {
      assertThat(page.stream().count()).isEqualTo(2);
      assertThat(page.nextCursor()).hasValueSatisfying(c -> assertThat(c).endsWith("Ap8ErI1"));
    }
  }

  @Test
  void emptyElementIsEmptyAndOmittedElementIsNull() {
    server.enqueue(
        TestSupport.xml(
            200,
            "<response><backlinks><item><url_from>u</url_from>"
                + "<alt/><title><![CDATA[A <b>&</b> B]]></title><inlink_rank>-1</inlink_rank>"
                + "<nofollow>true</nofollow><unknown><deep>1</deep></unknown></item></backlinks>"
                + "</response>"));

    Backlink row = all(xmlClient.getBacklinks(BacklinksQuery.builder("x").build())).get(0);

    assertThat(row.alt()).isEmpty();
    assertThat(row.imageSource()).isNull();
    assertThat(row.title()).isEqualTo("A <b>&</b> B");
    assertThat(row.inlinkRank().isKnown()).isFalse();
    assertThat(row.nofollow()).isTrue();
  }

  @Test
  void errorDocumentInXmlIsAnError() {
    server.enqueue(
        TestSupport.xml(
            200,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>"
                + "<error><code>403</code><message>Authentication failed.</message></error></response>"));

    assertThatThrownBy(() -> xmlClient.getSubscriptionInfo())
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("Authentication failed.");
  }

  @Test
  void externalEntitiesAreRefused() {
    server.enqueue(
        TestSupport.xml(
            200,
            "<?xml version=\"1.0\"?><!DOCTYPE response ["
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><response><subscription_info>"
                + "<status>&xxe;</status><units_limit>1</units_limit><units_left>1</units_left>"
                + "</subscription_info></response>"));

    assertThatThrownBy(() -> xmlClient.getSubscriptionInfo())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageNotContaining("root:");
  }

  @Test
  void entityExpansionIsRefused() {
    server.enqueue(
        TestSupport.xml(
            200,
            "<?xml version=\"1.0\"?><!DOCTYPE response ["
                + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<response><backlinks><item><url_from>&b;</url_from></item></backlinks></response>"));

    assertThatThrownBy(() -> xmlClient.getBacklinks(BacklinksQuery.builder("x").build()))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void htmlTruncatedAndForeignDocumentsAreMalformed() {
    server.enqueue(TestSupport.xml(200, "<html><body>Maintenance</body></html>"));
    server.enqueue(TestSupport.xml(200, "<response><backlinks><item><url_from>u</url_from>"));
    server.enqueue(TestSupport.xml(200, "not xml at all"));

    assertThatThrownBy(() -> xmlClient.getBacklinks(BacklinksQuery.builder("x").build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("<html>");
    try (RowStream<Backlink> rows = xmlClient.getBacklinks(BacklinksQuery.builder("x").build())) {
      assertThatThrownBy(rows::next).isInstanceOf(MalformedResponseException.class);
    }
    assertThatThrownBy(() -> xmlClient.getBacklinks(BacklinksQuery.builder("x").build()))
        .isInstanceOf(MalformedResponseException.class);
  }
}
