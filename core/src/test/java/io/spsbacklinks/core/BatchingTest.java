package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.PageInlinkRank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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

  @StartStop final MockWebServer server = new MockWebServer();

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
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            List<String> targets = targetsOf(request);
            Collections.reverse(targets);
            String items =
                targets.stream()
                    .map(t -> "{\"" + keyField + "\": \"" + t + "\", " + extraFields + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            return ok("{\"" + member + "\": " + items + "}");
          }
        });
  }

  @Test
  void twoHundredFiftyTargetsAreThreePostsInInputOrder() throws Exception {
    answerReversed(
        "metrics",
        "target",
        "\"backlinks\": 1, \"refdomains\": 1, \"subnets\": 1, "
            + "\"ips\": 1, \"nofollow_backlinks\": 0, \"dofollow_backlinks\": 1, "
            + "\"edu_backlinks\": 0, \"gov_backlinks\": 0");
    List<String> targets =
        IntStream.range(0, 250).mapToObj(i -> "site" + i + ".com").collect(Collectors.toList());

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
    // Batches are sent concurrently, so they may arrive in any order.
    assertThat(batches)
        .containsExactlyInAnyOrder(
            targets.subList(0, 100), targets.subList(100, 200), targets.subList(200, 250));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aLastBatchOfOneIsStillAPost() {
    answerReversed("pages", "url", "\"inlink_rank\": -1, \"domain_inlink_rank\": 5");
    List<String> urls =
        IntStream.range(0, 101).mapToObj(i -> "https://a.com/" + i).collect(Collectors.toList());

    List<PageInlinkRank> pages = client.getInlinkRank(urls);

    assertThat(pages).extracting(PageInlinkRank::url).containsExactlyElementsOf(urls);
    assertThat(pages.get(0).inlinkRank().isKnown()).isFalse();
    List<RecordedRequest> requests = List.of(take(server), take(server));
    assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "POST");
    assertThat(requests).extracting(BatchingTest::targetsOf).contains(List.of("https://a.com/100"));
  }

  @Test
  void duplicateTargetsKeepTheirPositions() {
    answerReversed("pages", "url", "\"inlink_rank\": 1, \"domain_inlink_rank\": 2");

    List<PageInlinkRank> pages = client.getInlinkRank(List.of("a", "b", "a"));

    assertThat(pages).extracting(PageInlinkRank::url).containsExactly("a", "b", "a");
  }

  @Test
  void targetsEchoedDifferentlyKeepTheApisOrder() {
    server.enqueue(
        ok(
            "{\"pages\": [{\"url\": \"https://a.com/\", \"inlink_rank\": 1},"
                + " {\"url\": \"https://b.com/\", \"inlink_rank\": 2}]}"));

    List<PageInlinkRank> pages = client.getInlinkRank(List.of("a.com", "b.com"));

    assertThat(pages).extracting(p -> p.inlinkRank().raw()).containsExactly(1, 2);
  }

  private static final String METRICS_FIELDS =
      "\"backlinks\": 1, \"refdomains\": 1, "
          + "\"subnets\": 1, \"ips\": 1, \"nofollow_backlinks\": 0, \"dofollow_backlinks\": 1, "
          + "\"edu_backlinks\": 0, \"gov_backlinks\": 0";

  private static MockResponse metricsFor(List<String> targets) {
    return ok(
        targets.stream()
            .map(t -> "{\"target\": \"" + t + "\", " + METRICS_FIELDS + "}")
            .collect(Collectors.joining(",", "{\"metrics\": [", "]}")));
  }

  @Test
  void batchesAreInFlightTogetherUpToTheConcurrencyAndResultsKeepTheInputOrder() {
    int concurrency = 3;
    client =
        TestSupport.clientFor(server, new TestSupport.FakeTime())
            .batchConcurrency(concurrency)
            .build();
    // The first `concurrency` requests are only answered once all of them have arrived: the call
    // can only finish if that many are in flight at once.
    CyclicBarrier together = new CyclicBarrier(concurrency);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    AtomicInteger seen = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              if (seen.getAndIncrement() < concurrency) {
                together.await(30, TimeUnit.SECONDS);
              }
              return metricsFor(targetsOf(request));
            } catch (BrokenBarrierException | TimeoutException e) {
              throw new AssertionError(
                  "fewer than " + concurrency + " batches in flight at once", e);
            } finally {
              inFlight.decrementAndGet();
            }
          }
        });
    List<String> targets =
        IntStream.range(0, 1000)
            .mapToObj(i -> "h" + i + ".example.com")
            .collect(Collectors.toList());

    List<Metrics> metrics = client.getMetrics(targets, Mode.HOST);

    assertThat(metrics).extracting(Metrics::target).containsExactlyElementsOf(targets);
    assertThat(server.getRequestCount()).isEqualTo(10);
    assertThat(mostInFlight.get()).isEqualTo(concurrency);
  }

  @Test
  void aRateLimitedBatchWaitsItsRetryAfterAndTheCallStillReturnsEveryTargetOnce() {
    TestSupport.FakeTime time = new TestSupport.FakeTime();
    client = TestSupport.clientFor(server, time).build();
    AtomicInteger requests = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (requests.getAndIncrement() == 1) {
              return new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build();
            }
            return metricsFor(targetsOf(request));
          }
        });
    List<String> targets =
        IntStream.range(0, 600)
            .mapToObj(i -> "h" + i + ".example.com")
            .collect(Collectors.toList());

    List<Metrics> metrics = client.getMetrics(targets, Mode.HOST);

    assertThat(metrics).extracting(Metrics::target).containsExactlyElementsOf(targets);
    assertThat(server.getRequestCount()).isEqualTo(7);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void batchConcurrencyOutsideItsRangeIsRefusedNamingIt() {
    assertThatThrownBy(() -> BacklinksClient.builder().batchConcurrency(0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("batchConcurrency")
        .hasMessageContaining("1..16");
  }
}
