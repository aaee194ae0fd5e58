package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.KEY;
import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.params;
import static io.spsbacklinks.core.TestSupport.sample;
import static io.spsbacklinks.core.TestSupport.sampleRequest;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostKind;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.core.model.ReasonLost;
import io.spsbacklinks.core.model.Refdomain;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.SubscriptionStatus;
import io.spsbacklinks.core.model.TaskStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command: the exact request sent and the document's own sample response parsed. */
class ClientRequestsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client = TestSupport.clientFor(server, new TestSupport.FakeTime()).build();
  }

  private static void assertGet(RecordedRequest request, String command) {
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/backlinks/v1.0/" + command);
    assertThat(request.getUrl().queryParameter("apikey")).isEqualTo(KEY);
    assertThat(request.getBodySize()).isZero();
  }

  /** Same parameters as the document's sample request (order aside). */
  private static void assertSameParams(RecordedRequest request, String samplePrefix) {
    assertThat(params(request.getUrl()))
        .containsExactlyInAnyOrderEntriesOf(params(sampleRequest(samplePrefix)));
  }

  @Test
  void getMetricsForOneTargetIsTheDocumentsGet() {
    server.enqueue(ok(sample("get-metrics-get.json")));

    List<Metrics> metrics = client.getMetrics(List.of("seopowersuite.com"), Mode.HOST);

    RecordedRequest request = take(server);
    assertGet(request, "get-metrics");
    assertSameParams(
        request,
        "https://api.seopowersuite.com/backlinks/v1.0/get-metrics?apikey=XXX"
            + "&target=seopowersuite.com");
    assertThat(request.getUrl().encodedQuery())
        .isEqualTo("apikey=" + KEY + "&target=seopowersuite.com&mode=host&output=json");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("sps-backlinks-java/");
    assertThat(metrics)
        .containsExactly(new Metrics("seopowersuite.com", 20, 10, 4, 8, 0, 20, 0, 2));
  }

  @Test
  void getMetricsForTwoTargetsIsTheDocumentsPost() throws Exception {
    server.enqueue(ok(sample("get-metrics-post.json")));

    List<Metrics> metrics =
        client.getMetrics(
            List.of("https://www.seopowersite.com/", "https://www.link-assistant.com/"), Mode.HOST);

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/backlinks/v1.0/get-metrics");
    assertThat(request.getUrl().encodedQuery()).isEqualTo("apikey=" + KEY + "&output=json");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(request.getBody().utf8()))
        .isEqualTo(json.readTree(sample("get-metrics-post-body.json")));
    assertThat(metrics)
        .extracting(Metrics::target)
        .containsExactly("https://www.seopowersite.com/", "https://www.link-assistant.com/");
    assertThat(metrics.get(1))
        .isEqualTo(
            new Metrics("https://www.link-assistant.com/", 1245, 956, 448, 488, 246, 999, 46, 4));
  }

  @Test
  void getMetricsWithoutModeSendsNoMode() {
    server.enqueue(ok(sample("get-metrics-get.json")));

    client.getMetrics(List.of("seopowersuite.com"), null);

    assertThat(params(take(server).getUrl())).doesNotContainKey("mode");
  }

  @Test
  void getInlinkRankForOneTargetIsTheDocumentsGet() {
    server.enqueue(ok(sample("get-inlink-rank-get.json")));

    List<PageInlinkRank> pages = client.getInlinkRank(List.of("https://www.seopowersuite.com"));

    RecordedRequest request = take(server);
    assertGet(request, "get-inlink-rank");
    assertSameParams(request, "https://api.seopowersuite.com/backlinks/v1.0/get-inlink-rank");
    assertThat(pages)
        .containsExactly(
            new PageInlinkRank(
                "https://www.seopowersuite.com", InlinkRank.of(63), InlinkRank.of(68)));
  }

  @Test
  void getInlinkRankForTwoTargetsIsTheDocumentsPost() throws Exception {
    server.enqueue(ok(sample("get-inlink-rank-post.json")));

    List<PageInlinkRank> pages =
        client.getInlinkRank(
            List.of(
                "https://www.seopowersite.com/", "https://www.link-assistant.com/rank-tracker/"));

    RecordedRequest request = take(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedQuery()).isEqualTo("apikey=" + KEY + "&output=json");
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(request.getBody().utf8()))
        .isEqualTo(json.readTree(sample("get-inlink-rank-post-body.json")));
    assertThat(pages.get(1).inlinkRank().value()).hasValue(64);
    assertThat(pages.get(1).domainInlinkRank().value()).hasValue(82);
  }

  @Test
  void getBacklinksSendsEveryParameterAndParsesTheSample() {
    server.enqueue(ok(sample("get-backlinks.json")));

    List<Backlink> rows;
    try (RowStream<Backlink> stream =
        client.getBacklinks(
            BacklinksQuery.builder("https://seopowersuite.com")
                .mode(Mode.DOMAIN)
                .limit(2)
                .orderBy(BacklinksOrder.DATE_FOUND)
                .perDomain(1)
                .build())) {
      rows = stream.stream().collect(Collectors.toList());
      assertThat(stream.rowsRead()).isEqualTo(2);
    }

    RecordedRequest request = take(server);
    assertGet(request, "get-backlinks");
    assertSameParams(
        request,
        "https://api.seopowersuite.com/backlinks/v1.0/get-backlinks?apikey=XXX"
            + "&target=https://seopowersuite.com&mode=domain&limit=2");
    assertThat(request.getUrl().encodedQuery())
        .isEqualTo(
            "apikey="
                + KEY
                + "&target=https%3A%2F%2Fseopowersuite.com&mode=domain&limit=2&order_by=date_found"
                + "&per_domain=1&output=json");
    assertThat(rows).hasSize(2);
    Backlink first = rows.get(0);
    // The sample breaks this string over two lines; it is kept as sent.
    assertThat(first.urlFrom())
        .startsWith("https://www.adrianorbai.com/4-nume-grele")
        .contains("conver\nsiilor");
    assertThat(first.alt()).isNull();
    assertThat(first.imageSource()).isNull();
    assertThat(first.nofollow()).isFalse();
    assertThat(first.inlinkRank().value()).hasValue(0);
    assertThat(rows.get(1))
        .isEqualTo(
            new Backlink(
                "https://automizy.com/blog/15-saas-marketing-tools-effective/",
                "https://www.seopowersuite.com/",
                "15+ Must-Have SaaS Marketing Tools to be more Effective",
                "Rank Tracker",
                null,
                false,
                false,
                null,
                InlinkRank.of(0),
                InlinkRank.of(67),
                LocalDate.of(2019, 10, 18),
                LocalDate.of(2019, 10, 18)));
  }

  @Test
  void unsetOptionalParametersAreNotSent() {
    server.enqueue(ok("{\"backlinks\": []}"));

    try (RowStream<Backlink> rows = client.getBacklinks(BacklinksQuery.builder("a.com").build())) {
      assertThat(rows.hasNext()).isFalse();
    }

    assertThat(take(server).getUrl().encodedQuery())
        .isEqualTo("apikey=" + KEY + "&target=a.com&output=json");
  }

  @Test
  void getRefdomainsSendsTheDocumentsParameters() {
    server.enqueue(ok(sample("get-refdomains.json")));

    List<Refdomain> rows;
    try (RowStream<Refdomain> stream =
        client.getRefdomains(
            RefdomainsQuery.builder("seopowersuite.com").mode(Mode.DOMAIN).limit(2).build())) {
      rows = stream.stream().collect(Collectors.toList());
    }

    RecordedRequest request = take(server);
    assertGet(request, "get-refdomains");
    assertSameParams(request, "https://api.seopowersuite.com/backlinks/v1.0/get-refdomains");
    assertThat(rows)
        .containsExactly(
            new Refdomain("frashmi.net", 1, 1, LocalDate.of(2018, 11, 5), InlinkRank.of(76)),
            new Refdomain("martech.tools", 12, 5, LocalDate.of(2010, 1, 9), InlinkRank.of(38)));
  }

  @Test
  void getRefdomainsSendsOrderBy() {
    server.enqueue(ok("{\"refdomains\": []}"));

    client
        .getRefdomains(
            RefdomainsQuery.builder("x.com").orderBy(BacklinksOrder.DOMAIN_INLINK_RANK).build())
        .close();

    assertThat(take(server).getUrl().queryParameter("order_by")).isEqualTo("domain_inlink_rank");
  }

  @Test
  void getNewLostBacklinksSendsEveryFilter() {
    server.enqueue(ok(sample("get-new-lost-backlinks.json")));

    List<NewLostBacklink> rows;
    try (RowStream<NewLostBacklink> stream =
        client.getNewLostBacklinks(
            NewLostBacklinksQuery.builder("https://www.seopowersuite.com")
                .mode(Mode.DOMAIN)
                .newLostType(NewLostType.NEW)
                .dateFrom("2019-01-14")
                .dateTo(LocalDate.of(2019, 8, 28))
                .linkType(LinkType.HREF)
                .anchorType(AnchorType.TEXT)
                .dofollow(DofollowFilter.DOFOLLOW)
                .build())) {
      rows = stream.stream().collect(Collectors.toList());
    }

    RecordedRequest request = take(server);
    assertGet(request, "get-new-lost-backlinks");
    assertSameParams(
        request,
        "https://api.seopowersuite.com/backlinks/v1.0/get-new-lost-backlinks?apikey=XXX"
            + "&target=https://www.seopowersuite.com&mode=domain&new_lost_type=new");
    assertThat(rows).hasSize(2);
    NewLostBacklink lost = rows.get(1);
    assertThat(lost.newLostType()).isEqualTo(NewLostKind.LOST);
    assertThat(lost.linkType()).isEqualTo(LinkKind.REDIRECT);
    assertThat(lost.reasonLost()).isEqualTo(ReasonLost.BROKEN_REDIRECT);
    assertThat(lost.newLostDate()).isEqualTo(LocalDate.of(2019, 1, 17));
    assertThat(lost.title()).isEmpty();
    assertThat(rows.get(0).reasonLost().isNone()).isTrue();
    assertThat(rows.get(0).inlinkRank().value()).hasValue(21);
  }

  @Test
  void getNewLostBacklinksSendsUrlFromOrderAndLimit() {
    server.enqueue(ok("{\"new_lost_backlinks\": []}"));

    client
        .getNewLostBacklinks(
            NewLostBacklinksQuery.builder("x.com")
                .newLostType(NewLostType.LOST)
                .anchorType(AnchorType.IMAGE)
                .dofollow(DofollowFilter.NOFOLLOW)
                .linkType(LinkType.REDIRECT)
                .urlFrom("http://seo.jouwlinkhier.nl/path")
                .orderBy(NewLostOrder.INLINK_RANK)
                .limit(10)
                .build())
        .close();

    assertThat(take(server).getUrl().encodedQuery())
        .isEqualTo(
            "apikey="
                + KEY
                + "&target=x.com&new_lost_type=lost&link_type=redirect&anchor_type=image"
                + "&dofollow=nofollow&url_from=http%3A%2F%2Fseo.jouwlinkhier.nl%2Fpath"
                + "&order_by=inlink_rank&limit=10&output=json");
  }

  @Test
  void getNewLostRefdomainsSendsTheDocumentsParameters() {
    server.enqueue(ok(sample("get-new-lost-refdomains.json")));

    List<NewLostRefdomain> rows;
    try (RowStream<NewLostRefdomain> stream =
        client.getNewLostRefdomains(
            NewLostRefdomainsQuery.builder("https://www.seopowersuite.com")
                .mode(Mode.DOMAIN)
                .newLostType(NewLostType.NEW)
                .dateFrom(LocalDate.of(2019, 1, 14))
                .dateTo("2019-08-28")
                .build())) {
      rows = stream.stream().collect(Collectors.toList());
    }

    RecordedRequest request = take(server);
    assertGet(request, "get-new-lost-refdomains");
    assertSameParams(
        request, "https://api.seopowersuite.com/backlinks/v1.0/get-new-lost-refdomains");
    assertThat(rows)
        .containsExactly(
            new NewLostRefdomain(
                LocalDate.of(2019, 7, 17),
                NewLostKind.NEW,
                "seo.jouwlinkhier.nl",
                1,
                1,
                LocalDate.of(2016, 10, 26),
                InlinkRank.of(24)),
            new NewLostRefdomain(
                LocalDate.of(2019, 7, 17),
                NewLostKind.LOST,
                "martech.tools",
                12,
                5,
                LocalDate.of(2016, 10, 26),
                InlinkRank.of(68)));
  }

  @Test
  void getNewLostRefdomainsSendsOrderAndLimit() {
    server.enqueue(ok("{\"new_lost_refdomains\": []}"));

    client
        .getNewLostRefdomains(
            NewLostRefdomainsQuery.builder("x.com")
                .orderBy(NewLostRefdomainsOrder.DOMAIN_INLINK_RANK)
                .limit(10000)
                .build())
        .close();

    assertThat(take(server).getUrl().encodedQuery())
        .isEqualTo(
            "apikey=" + KEY + "&target=x.com&order_by=domain_inlink_rank&limit=10000&output=json");
  }

  @Test
  void getSubscriptionInfoParsesDateTimes() {
    server.enqueue(ok(sample("get-subscription-info.json")));

    SubscriptionInfo info = client.getSubscriptionInfo();

    RecordedRequest request = take(server);
    assertGet(request, "get-subscription-info");
    assertSameParams(request, "https://api.seopowersuite.com/backlinks/v1.0/get-subscription-info");
    assertThat(info)
        .isEqualTo(
            new SubscriptionInfo(
                SubscriptionStatus.ACTIVE,
                LocalDateTime.of(2021, 1, 25, 1, 2, 3),
                LocalDateTime.of(2022, 1, 24, 23, 22, 21),
                5_000_000,
                123_456));
  }

  @Test
  void downloadAllBacklinksParsesTheSampleWithItsTrailingComma() {
    server.enqueue(ok(sample("download-all-backlinks.json")));

    ExportTask task = client.downloadAllBacklinks("http://seopowersuite.com", Mode.DOMAIN);

    RecordedRequest request = take(server);
    assertGet(request, "download-all-backlinks");
    assertSameParams(
        request,
        "https://api.seopowersuite.com/backlinks/v1.0/download-all-backlinks"
            + "?apikey=XXX&target=http://");
    assertThat(task)
        .isEqualTo(
            new ExportTask(
                TaskStatus.QUEUED_FOR_PROCESSING, "CB8C36874702C69A767AC086AFD01B1B", null));
  }

  @Test
  void downloadAllBacklinksStatusSendsTheTaskId() {
    server.enqueue(ok(sample("download-all-backlinks-status.json")));

    ExportTask task = client.downloadAllBacklinksStatus("CB8C36874702C69A767AC086AFD01B1B");

    RecordedRequest request = take(server);
    assertGet(request, "download-all-backlinks-status");
    assertSameParams(
        request, "https://api.seopowersuite.com/backlinks/v1.0/download-all-backlinks-status");
    assertThat(task.taskStatus().isComplete()).isTrue();
    assertThat(task.downloadLocation())
        .hasValue("https://api.seopowersuite.com/export/c/seopowersuite.com-1572280448369.csv.gz");
  }

  @Test
  void rawBacklinksFirstPageSendsNoCursor() {
    server.enqueue(ok(sample("get-raw-backlinks-page1.json")));

    try (RawPage page =
        client.getRawBacklinksPage(
            RawBacklinksQuery.builder("seopowersuite.com").mode(Mode.DOMAIN).limit(2).build(),
            null)) {
      assertThat(page.stream().count()).isEqualTo(2);
      assertThat(page.nextCursor()).hasValueSatisfying(c -> assertThat(c).startsWith("uaputGo_"));
    }

    RecordedRequest request = take(server);
    assertGet(request, "get-raw-backlinks");
    // The sample spells the key "apiKey"; the parameters are otherwise the same.
    assertSameParams(
        request,
        "https://api.seopowersuite.com/backlinks/v1.0/get-raw-backlinks"
            + "?apiKey=XXX&target=seopowersuite.com&mode=domain&limit=2&output=json");
    assertThat(request.getUrl().queryParameter("next")).isNull();
  }

  @Test
  void rawBacklinksNextPageSendsTheDocumentsCursor() {
    server.enqueue(ok(sample("get-raw-backlinks-page2.json")));
    HttpUrl sample =
        sampleRequest(
            "https://api.seopowersuite.com/backlinks/v1.0/get-raw-backlinks"
                + "?apiKey=XXX&target=seopowersuite.com&mode=domain&limit=2&output=json&next=uaput");

    try (RawPage page =
        client.getRawBacklinksPage(
            RawBacklinksQuery.builder("seopowersuite.com").mode(Mode.DOMAIN).limit(2).build(),
            sample.queryParameter("next"))) {
      assertThat(page.stream().count()).isEqualTo(2);
    }

    RecordedRequest request = take(server);
    assertSameParams(request, sample.toString());
    assertThat(request.getUrl().encodedQuery()).contains("&next=uaputGo_").contains("Y%2FapcUXFZ");
  }

  @Test
  void unknownFieldsAndNestedValuesAreIgnored() {
    server.enqueue(
        ok(
            "{\"took_ms\": 5, \"meta\": {\"a\": [1, 2]}, \"refdomains\": [{"
                + "\"refdomain\": \"a.com\", \"backlinks\": 3, \"dofollow_backlinks\": 2, "
                + "\"first_seen\": \"2020-01-02\", \"domain_inlink_rank\": -1, \"extra\": {\"x\": 1},"
                + " \"tags\": [\"t\"]}], \"trailer\": null}"));

    try (RowStream<Refdomain> rows = client.getRefdomains(RefdomainsQuery.builder("x").build())) {
      Refdomain row = rows.next();
      assertThat(row.refdomain()).isEqualTo("a.com");
      assertThat(row.domainInlinkRank().isKnown()).isFalse();
      assertThat(rows.hasNext()).isFalse();
    }
  }
}
