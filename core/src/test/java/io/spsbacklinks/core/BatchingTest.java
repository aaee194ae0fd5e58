package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.PageInlinkRank;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get-metrics / get-inlink-rank: at most 100 targets per POST, results in input order. */
class BatchingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @StartStop
  final MockWebServer server = new MockWebServer();

  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client = TestSupport.clientFor(server, new TestSupport.FakeTime()).build();
  }

  private static List<String> targetsOf(RecordedRequest request) {
    try {
      List<String> targets = new ArrayList<>();
      JSON.readTree(request.getBody().utf8()).get("target").forEach(t -> targets.add(t.asText()));
      return targets;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Answers each batch in reverse order, as an API is free to do. */
  private void answerReversed(String member, String keyField, String extraFields) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        List<String> targets = targetsOf(request);
        Collections.reverse(targets);
        String items = targets.stream()
            .map(t -> "{\"" + keyField + "\": \"" + t + "\", " + extraFields + "}")
            .collect(Collectors.joining(",", "[", "]"));
        return ok("{\"" + member + "\": " + items + "}");
      }
    });
  }

  @Test
  void twoHundredFiftyTargetsAreThreePostsInInputOrder() throws Exception {
    answerReversed("metrics", "target", "\"backlinks\": 1, \"refdomains\": 1, \"subnets\": 1, "
        + "\"ips\": 1, \"nofollow_backlinks\": 0, \"dofollow_backlinks\": 1, "
        + "\"edu_backlinks\": 0, \"gov_backlinks\": 0");
    List<String> targets = IntStream.range(0, 250).mapToObj(i -> "site" + i + ".com")
        .collect(Collectors.toList());

    List<Metrics> metrics = client.getMetrics(targets, Mode.DOMAIN);

    assertThat(metrics).extracting(Metrics::target).containsExactlyElementsOf(targets);
    List<List<String>> batches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest request = take(server);
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().queryParameterNames()).containsExactly("apikey", "output");
      JsonNode body = JSON.readTree(request.getBody().utf8());
      assertThat(body.get("mode").asText()).isEqualTo("domain");
      batches.add(targetsOf(request));
    }
    assertThat(batches).containsExactly(targets.subList(0, 100), targets.subList(100, 200),
        targets.subList(200, 250));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aLastBatchOfOneIsStillAPost() {
    answerReversed("pages", "url", "\"inlink_rank\": -1, \"domain_inlink_rank\": 5");
    List<String> urls = IntStream.range(0, 101).mapToObj(i -> "https://a.com/" + i)
        .collect(Collectors.toList());

    List<PageInlinkRank> pages = client.getInlinkRank(urls);

    assertThat(pages).extracting(PageInlinkRank::url).containsExactlyElementsOf(urls);
    assertThat(pages.get(0).inlinkRank().isKnown()).isFalse();
    assertThat(take(server).getMethod()).isEqualTo("POST");
    RecordedRequest last = take(server);
    assertThat(last.getMethod()).isEqualTo("POST");
    assertThat(targetsOf(last)).containsExactly("https://a.com/100");
  }

  @Test
  void duplicateTargetsKeepTheirPositions() {
    answerReversed("pages", "url", "\"inlink_rank\": 1, \"domain_inlink_rank\": 2");

    List<PageInlinkRank> pages = client.getInlinkRank(List.of("a", "b", "a"));

    assertThat(pages).extracting(PageInlinkRank::url).containsExactly("a", "b", "a");
  }

  @Test
  void targetsEchoedDifferentlyKeepTheApisOrder() {
    server.enqueue(ok("{\"pages\": [{\"url\": \"https://a.com/\", \"inlink_rank\": 1},"
        + " {\"url\": \"https://b.com/\", \"inlink_rank\": 2}]}"));

    List<PageInlinkRank> pages = client.getInlinkRank(List.of("a.com", "b.com"));

    assertThat(pages).extracting(p -> p.inlinkRank().raw()).containsExactly(1, 2);
  }
}
