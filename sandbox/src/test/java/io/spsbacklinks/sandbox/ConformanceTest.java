package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The document's sample requests, GET and POST, answered with the documented shape and field types,
 * in JSON and XML.
 */
class ConformanceTest {
  @RegisterExtension
  static SandboxExtension sandbox =
      SandboxExtension.builder().exportDelay(Duration.ofSeconds(2)).build();

  private static final List<String> BACKLINK_FIELDS =
      List.of(
          "url_from",
          "url_to",
          "title",
          "anchor",
          "alt",
          "nofollow",
          "image",
          "image_source",
          "inlink_rank",
          "domain_inlink_rank",
          "first_seen",
          "last_visited");
  private static final List<String> METRIC_FIELDS =
      List.of(
          "target",
          "backlinks",
          "refdomains",
          "subnets",
          "ips",
          "nofollow_backlinks",
          "dofollow_backlinks",
          "edu_backlinks",
          "gov_backlinks");
  private static final List<String> REFDOMAIN_FIELDS =
      List.of("refdomain", "backlinks", "dofollow_backlinks", "first_seen", "domain_inlink_rank");
  private static final List<String> NEW_LOST_FIELDS =
      List.of(
          "new_lost_date",
          "new_lost_type",
          "url_from",
          "url_to",
          "title",
          "anchor",
          "alt",
          "link_type",
          "nofollow",
          "image",
          "image_source",
          "reason_lost",
          "inlink_rank",
          "domain_inlink_rank",
          "first_seen");
  private static final List<String> NEW_LOST_REFDOMAIN_FIELDS =
      List.of(
          "new_lost_date",
          "new_lost_type",
          "refdomain",
          "backlinks",
          "dofollow_backlinks",
          "first_seen",
          "domain_inlink_rank");

  private TestApi api() {
    return new TestApi(sandbox.endpoint(), sandbox.apiKey());
  }

  @Test
  void getMetricsGetAndPost() {
    JsonNode get =
        ok(
            api()
                .get(
                    "get-metrics",
                    "target",
                    "seopowersuite.com",
                    "mode",
                    "host",
                    "output",
                    "json"));
    assertThat(get.fieldNames()).toIterable().containsExactly("metrics");
    assertThat(get.get("metrics")).hasSize(1);
    JsonNode metrics = get.get("metrics").get(0);
    assertFields(metrics, METRIC_FIELDS);
    assertThat(metrics.get("target").asText()).isEqualTo("seopowersuite.com");
    for (String field : METRIC_FIELDS.subList(1, METRIC_FIELDS.size())) {
      assertThat(metrics.get(field).isIntegralNumber()).as(field).isTrue();
      assertThat(metrics.get(field).asLong()).as(field).isNotNegative();
    }
    assertThat(
            metrics.get("dofollow_backlinks").asLong() + metrics.get("nofollow_backlinks").asLong())
        .isEqualTo(metrics.get("backlinks").asLong());

    ok(
        api()
            .get(
                "get-metrics",
                "target",
                "https://www.seopowersuite.com",
                "mode",
                "url",
                "output",
                "json"));

    JsonNode post =
        ok(
            api()
                .post(
                    "get-metrics",
                    "{\"target\": [ \"https://www.seopowersite.com/\", \"https://www.link-assistant.com/\" ], \"mode\": \"host\"}",
                    "output",
                    "json"));
    assertThat(post.get("metrics")).hasSize(2);
    assertThat(post.get("metrics").get(0).get("target").asText())
        .isEqualTo("https://www.seopowersite.com/");
    assertThat(post.get("metrics").get(1).get("target").asText())
        .isEqualTo("https://www.link-assistant.com/");
    post.get("metrics").forEach(item -> assertFields(item, METRIC_FIELDS));

    JsonNode batchGet =
        ok(
            api()
                .get(
                    "get-metrics",
                    "target",
                    "https://www.seopowersite.com/",
                    "target",
                    "https://www.link-assistant.com/",
                    "mode",
                    "host"));
    assertThat(batchGet).isEqualTo(post);
  }

  @Test
  void getInlinkRankGetAndPost() {
    JsonNode get =
        ok(
            api()
                .get(
                    "get-inlink-rank",
                    "target",
                    "https://www.seopowersuite.com",
                    "output",
                    "json"));
    JsonNode page = get.get("pages").get(0);
    assertFields(page, List.of("url", "inlink_rank", "domain_inlink_rank"));
    assertThat(page.get("url").asText()).isEqualTo("https://www.seopowersuite.com");
    assertThat(page.get("inlink_rank").asInt()).isBetween(-1, 100);
    assertThat(page.get("domain_inlink_rank").asInt()).isBetween(0, 100);

    JsonNode post =
        ok(
            api()
                .post(
                    "get-inlink-rank",
                    "{\"target\": [ \"https://www.seopowersite.com/\", \"https://www.link-assistant.com/rank-tracker/\" ]}",
                    "output",
                    "json"));
    assertThat(post.get("pages")).hasSize(2);
    // A page the index has never seen has an unknown InLink Rank.
    assertThat(post.get("pages").get(1).get("inlink_rank").asInt()).isEqualTo(-1);
    JsonNode empty = ok(api().get("get-inlink-rank", "target", "https://empty.example/"));
    assertThat(empty.get("pages").get(0).get("domain_inlink_rank").asInt()).isEqualTo(-1);
  }

  @Test
  void getBacklinksGetAndPost() {
    JsonNode get =
        ok(
            api()
                .get(
                    "get-backlinks",
                    "target",
                    "https://seopowersuite.com",
                    "mode",
                    "domain",
                    "limit",
                    "2",
                    "order_by",
                    "date_found",
                    "output",
                    "json",
                    "per_domain",
                    "1"));
    assertThat(get.get("backlinks")).hasSize(2);
    get.get("backlinks").forEach(ConformanceTest::assertBacklink);
    JsonNode post =
        ok(
            api()
                .post(
                    "get-backlinks",
                    "{\"target\": \"https://www.seopowersuite.com/\", "
                        + "\"order_by\": \"date_found\", \"mode\": \"domain\", \"limit\": 2, \"per_domain\": 1}",
                    "output",
                    "json"));
    // Same domain, same parameters: the same answer whichever way they come.
    assertThat(post).isEqualTo(get);
    JsonNode top =
        ok(
            api()
                .get(
                    "get-backlinks",
                    "target",
                    "https://seopowersuite.com",
                    "mode",
                    "domain",
                    "limit",
                    "100",
                    "order_by",
                    "inlink_rank",
                    "per_domain",
                    "1",
                    "output",
                    "json"));
    top.get("backlinks").forEach(ConformanceTest::assertBacklink);
  }

  @Test
  void getRefdomainsGetAndPost() {
    JsonNode get =
        ok(
            api()
                .get(
                    "get-refdomains",
                    "target",
                    "seopowersuite.com",
                    "mode",
                    "domain",
                    "limit",
                    "2",
                    "output",
                    "json"));
    assertThat(get.get("refdomains")).hasSize(2);
    for (JsonNode item : get.get("refdomains")) {
      assertFields(item, REFDOMAIN_FIELDS);
      assertThat(item.get("refdomain").isTextual()).isTrue();
      assertThat(item.get("backlinks").asInt()).isPositive();
      assertThat(item.get("dofollow_backlinks").asInt())
          .isBetween(0, item.get("backlinks").asInt());
      assertDate(item.get("first_seen"));
      assertThat(item.get("domain_inlink_rank").asInt()).isBetween(-1, 100);
    }
    JsonNode post =
        ok(
            api()
                .post(
                    "get-refdomains",
                    "{\"target\": \"seopowersuite.com\", \"mode\": \"domain\", \"limit\": 2}",
                    "output",
                    "json"));
    assertThat(post).isEqualTo(get);
  }

  @Test
  void downloadAllBacklinksSampleFlow() {
    TestApi.Response queued =
        api()
            .get(
                "download-all-backlinks",
                "target",
                "http://seopowersuite.com",
                "mode",
                "domain",
                "output",
                "json");
    assertThat(queued.status()).isEqualTo(200);
    // The document's sample ends with a trailing comma; the sandbox reproduces it.
    assertThat(queued.body()).endsWith("\",}");
    JsonNode task = queued.json();
    assertThat(task.get("task_status").asText()).isEqualTo("queued_for_processing");
    String id = task.get("task_id").asText();
    assertThat(id).matches("[0-9A-F]{32}");

    JsonNode pending =
        ok(api().get("download-all-backlinks-status", "task_id", id, "output", "json"));
    assertThat(pending.get("task_status").asText()).isEqualTo("queued_for_processing");
    assertThat(pending.has("download_file")).isFalse();
    sandbox.sandbox().advance(Duration.ofSeconds(1));
    assertThat(
            ok(api().get("download-all-backlinks-status", "task_id", id))
                .get("task_status")
                .asText())
        .isEqualTo("processing");
    sandbox.sandbox().advance(Duration.ofSeconds(1));
    JsonNode complete =
        ok(api().get("download-all-backlinks-status", "task_id", id, "output", "json"));
    assertFields(complete, List.of("task_status", "task_id", "download_file"));
    assertThat(complete.get("task_status").asText()).isEqualTo("complete");
    assertThat(complete.get("download_file").asText())
        .matches(
            "\\Q"
                + sandbox.sandbox().baseUrl()
                + "\\E/export/c/seopowersuite\\.com-\\d+\\.csv\\.gz");

    TestApi.Response file =
        api()
            .send(
                HttpRequest.newBuilder(URI.create(complete.get("download_file").asText()))
                    .GET()
                    .build());
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("application/gzip");
    assertThat(file.bytes()).startsWith((byte) 0x1f, (byte) 0x8b);
  }

  @Test
  void getRawBacklinksSampleFlow() {
    TestApi api = api();
    URI first =
        URI.create(
            api.endpoint
                + "get-raw-backlinks?apiKey="
                + api.apiKey
                + "&target=seopowersuite.com&mode=domain&limit=2&output=json");
    JsonNode page = ok(api.send(HttpRequest.newBuilder(first).GET().build()));
    assertThat(page.fieldNames()).toIterable().containsExactly("backlinks", "next");
    assertThat(page.get("backlinks")).hasSize(2);
    page.get("backlinks").forEach(ConformanceTest::assertBacklink);
    String next = page.get("next").asText();
    JsonNode second =
        ok(
            api.get(
                "get-raw-backlinks",
                "target",
                "seopowersuite.com",
                "mode",
                "domain",
                "limit",
                "2",
                "output",
                "json",
                "next",
                next));
    assertThat(second.get("backlinks")).hasSize(2);
    assertThat(second.get("backlinks").get(0)).isNotEqualTo(page.get("backlinks").get(0));
  }

  @Test
  void getNewLostBacklinksGetAndPost() {
    TestApi api = api();
    // The document's sample query has "&&": an empty pair is ignored.
    URI sample =
        URI.create(
            api.endpoint
                + "get-new-lost-backlinks?apikey="
                + api.apiKey
                + "&target=https://www.seopowersuite.com&mode=domain&date_from=2026-10-01&date_to=2026-11-28&&output=json");
    JsonNode get = ok(api.send(HttpRequest.newBuilder(sample).GET().build()));
    assertThat(get.get("new_lost_backlinks")).isNotEmpty();
    for (JsonNode item : get.get("new_lost_backlinks")) {
      assertFields(item, NEW_LOST_FIELDS);
      assertDate(item.get("new_lost_date"));
      assertThat(item.get("new_lost_type").asText()).isIn("new", "lost");
      assertThat(item.get("link_type").asText()).isIn("href", "redirect");
      assertThat(item.get("alt").asText()).isEmpty();
      assertThat(item.get("nofollow").isBoolean()).isTrue();
      assertThat(item.get("image").isBoolean()).isTrue();
      assertThat(item.get("image_source").isTextual()).isTrue();
      String reason = item.get("reason_lost").asText();
      if (item.get("new_lost_type").asText().equals("lost")) {
        assertThat(reason)
            .isIn(
                "page_not_found",
                "crawl_error",
                "page_dropped",
                "redirect",
                "not_canonical",
                "noindex",
                "link_removed",
                "broken_redirect",
                "other");
      } else {
        assertThat(reason).isEmpty();
        assertThat(item.get("first_seen")).isEqualTo(item.get("new_lost_date"));
      }
    }
    JsonNode post =
        ok(
            api.post(
                "get-new-lost-backlinks",
                "{\"target\": \"https://www.seopowersuite.com\", "
                    + "\"mode\": \"domain\", \"date_from\": \"2026-10-01\", \"date_to\": \"2026-11-28\"}",
                "output",
                "json"));
    assertThat(post).isEqualTo(get);
    JsonNode filtered =
        ok(
            api.get(
                "get-new-lost-backlinks",
                "target",
                "https://www.seopowersuite.com",
                "mode",
                "domain",
                "new_lost_type",
                "new",
                "date_from",
                "2019-01-14",
                "date_to",
                "2026-08-28",
                "link_type",
                "href",
                "anchor_type",
                "text",
                "dofollow",
                "dofollow",
                "output",
                "json"));
    for (JsonNode item : filtered.get("new_lost_backlinks")) {
      assertThat(item.get("new_lost_type").asText()).isEqualTo("new");
      assertThat(item.get("link_type").asText()).isEqualTo("href");
      assertThat(item.get("image").asBoolean()).isFalse();
      assertThat(item.get("nofollow").asBoolean()).isFalse();
    }
    assertThat(filtered.get("new_lost_backlinks")).isNotEmpty();
  }

  @Test
  void getNewLostRefdomainsGetAndPost() {
    JsonNode get =
        ok(
            api()
                .get(
                    "get-new-lost-refdomains",
                    "target",
                    "https://www.seopowersuite.com",
                    "mode",
                    "domain",
                    "new_lost_type",
                    "new",
                    "date_from",
                    "2019-01-14",
                    "date_to",
                    "2026-08-28",
                    "output",
                    "json"));
    assertThat(get.get("new_lost_refdomains")).isNotEmpty();
    for (JsonNode item : get.get("new_lost_refdomains")) {
      assertFields(item, NEW_LOST_REFDOMAIN_FIELDS);
      assertThat(item.get("new_lost_type").asText()).isEqualTo("new");
      assertThat(item.get("backlinks").asInt()).isPositive();
      assertDate(item.get("first_seen"));
    }
    JsonNode post =
        ok(
            api()
                .post(
                    "get-new-lost-refdomains",
                    "{\"target\": \"https://www.seopowersuite.com\", "
                        + "\"mode\": \"domain\", \"new_lost_type\": \"new\", \"date_from\": \"2019-01-14\", "
                        + "\"date_to\": \"2026-08-28\"}",
                    "output",
                    "json"));
    assertThat(post).isEqualTo(get);
  }

  @Test
  void getSubscriptionInfo() {
    JsonNode info =
        ok(api().get("get-subscription-info", "output", "json")).get("subscription_info");
    assertFields(
        info, List.of("status", "start_date", "expiration_date", "units_limit", "units_left"));
    assertThat(info.get("status").asText()).isEqualTo("active");
    assertThat(info.get("start_date").asText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(info.get("expiration_date").asText())
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(info.get("units_limit").isIntegralNumber()).isTrue();
    assertThat(info.get("units_left").asLong()).isBetween(0L, info.get("units_limit").asLong());
  }

  @Test
  void xmlMirrorsJsonForEveryCommand() {
    List<String[]> requests =
        List.of(
            new String[] {
              "get-metrics",
              "target",
              "seopowersuite.com",
              "target",
              "example.org",
              "mode",
              "domain"
            },
            new String[] {"get-inlink-rank", "target", "https://www.seopowersuite.com"},
            new String[] {
              "get-backlinks", "target", "seopowersuite.com", "mode", "domain", "limit", "50"
            },
            new String[] {
              "get-refdomains", "target", "seopowersuite.com", "mode", "domain", "limit", "50"
            },
            new String[] {"get-raw-backlinks", "target", "empty.example"},
            new String[] {
              "get-new-lost-backlinks", "target", "seopowersuite.com", "date_from", "2026-01-01"
            },
            new String[] {
              "get-new-lost-refdomains", "target", "seopowersuite.com", "date_from", "2026-01-01"
            },
            new String[] {"get-subscription-info"},
            new String[] {"download-all-backlinks-status", "task_id", "nope"});
    for (String[] request : requests) {
      String[] params = Arrays.copyOfRange(request, 1, request.length);
      JsonNode json = ok(api().get(request[0], params));
      List<String> xmlParams = new ArrayList<>(List.of(params));
      xmlParams.addAll(List.of("output", "xml"));
      TestApi.Response xml = api().get(request[0], xmlParams.toArray(String[]::new));
      assertThat(xml.status()).isEqualTo(200);
      assertThat(xml.contentType()).startsWith("application/xml");
      assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>");
      Element root = xml.xml().getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("response");
      assertMirrors(json, root, request[0]);
    }
  }

  @Test
  void errorsInXml() {
    TestApi.Response response = api().get("get-metrics", "output", "xml");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><error><code>400</code>"
                + "<message>Parameter target is missing.</message></error></response>");
  }

  // ---- helpers ----

  static JsonNode ok(TestApi.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
    return response.json();
  }

  static void assertFields(JsonNode item, List<String> fields) {
    assertThat(item.fieldNames()).toIterable().containsExactlyElementsOf(fields);
  }

  static void assertBacklink(JsonNode item) {
    assertFields(item, BACKLINK_FIELDS);
    assertThat(item.get("url_from").asText()).startsWith("http");
    assertThat(item.get("url_to").asText()).startsWith("http");
    assertThat(item.get("title").isTextual()).isTrue();
    assertThat(item.get("anchor").isTextual()).isTrue();
    assertThat(item.get("alt").isNull()).isTrue();
    assertThat(item.get("nofollow").isBoolean()).isTrue();
    assertThat(item.get("image").isBoolean()).isTrue();
    assertThat(item.get("image_source").isNull()).isEqualTo(!item.get("image").asBoolean());
    assertThat(item.get("inlink_rank").isInt()).isTrue();
    assertThat(item.get("inlink_rank").asInt()).isBetween(-1, 100);
    assertThat(item.get("domain_inlink_rank").asInt()).isBetween(-1, 100);
    assertDate(item.get("first_seen"));
    assertDate(item.get("last_visited"));
    assertThat(item.get("last_visited").asText())
        .isGreaterThanOrEqualTo(item.get("first_seen").asText());
  }

  static void assertDate(JsonNode node) {
    assertThat(node.asText()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  /** XML per common.md: same names, arrays as item elements, nulls omitted, scalars as text. */
  static void assertMirrors(JsonNode json, Element element, String path) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        children.add((Element) child);
      }
    }
    if (json.isObject()) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        if (!field.getValue().isNull()) {
          names.add(field.getKey());
        }
      }
      assertThat(children)
          .extracting(Element::getTagName)
          .as(path)
          .containsExactlyElementsOf(names);
      for (Element child : children) {
        assertMirrors(json.get(child.getTagName()), child, path + "/" + child.getTagName());
      }
    } else if (json.isArray()) {
      assertThat(children).as(path).hasSize(json.size());
      for (int i = 0; i < children.size(); i++) {
        assertThat(children.get(i).getTagName()).isEqualTo("item");
        assertMirrors(json.get(i), children.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(element.getTextContent()).as(path).isEqualTo(json.asText());
    }
  }
}
