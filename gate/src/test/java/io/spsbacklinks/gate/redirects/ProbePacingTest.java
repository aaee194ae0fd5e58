package io.spsbacklinks.gate.redirects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.sandbox.DeployedSite;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** A site that asks to be left alone is: its waits are kept (on a fake clock) and it gets fewer. */
class ProbePacingTest {
  private static final OkHttpClient HTTP = new OkHttpClient();

  /** A wall clock that only moves when the pacing sleeps, recording every wait. */
  private static final class FakeTime {
    final AtomicLong millis = new AtomicLong(Instant.parse("2026-12-01T12:00:00Z").toEpochMilli());
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    Instant now() {
      return Instant.ofEpochMilli(millis.get());
    }

    ProbePacing pacing(int concurrency) {
      return new ProbePacing(
          concurrency,
          millis::get,
          d -> {
            waits.add(d);
            millis.addAndGet(d.toMillis());
          });
    }
  }

  private static int get(ProbePacing pacing, DeployedSite site, String path) throws IOException {
    Request request = new Request.Builder().url(site.baseUrl() + path).get().build();
    try (Response r = pacing.execute(HTTP, request)) {
      return r.code();
    }
  }

  @Test
  void a429WithRetryAfterIsWaitedForThenSentAgainAndTheHostGetsFewerAtOnce() throws Exception {
    FakeTime time = new FakeTime();
    ProbePacing pacing = time.pacing(8);
    try (DeployedSite site = DeployedSite.builder().throttle("/busy", 1, "3").build().start()) {
      assertThat(get(pacing, site, "/busy")).isEqualTo(200);
      assertThat(get(pacing, site, "/other")).isEqualTo(200);

      assertThat(time.waits).containsExactly(Duration.ofSeconds(3));
      assertThat(site.requestLog())
          .containsExactly("GET /busy -> 429", "GET /busy -> 200", "GET /other -> 200");
      HttpUrl base = HttpUrl.get(site.baseUrl());
      assertThat(pacing.limit(base.host(), base.port())).isEqualTo(4);
    }
  }

  @Test
  void aHostThatKeepsAnswering429GetsTwoMoreTriesThenTheAnswerStands() throws Exception {
    FakeTime time = new FakeTime();
    ProbePacing pacing = time.pacing(8);
    try (DeployedSite site = DeployedSite.builder().throttle("/busy", 10, "2").build().start()) {
      assertThat(get(pacing, site, "/busy")).isEqualTo(429);

      assertThat(time.waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
      HttpUrl base = HttpUrl.get(site.baseUrl());
      assertThat(pacing.limit(base.host(), base.port())).isEqualTo(1); // 8 -> 4 -> 2 -> 1
    }
  }

  @Test
  void aWaitLongerThanTheMaximumIsNotWaitedFor() throws Exception {
    FakeTime time = new FakeTime();
    ProbePacing pacing = time.pacing(4);
    try (DeployedSite site = DeployedSite.builder().throttle("/busy", 1, "3600").build().start()) {
      assertThat(get(pacing, site, "/busy")).isEqualTo(429);

      assertThat(time.waits).isEmpty();
      assertThat(site.requestLog()).containsExactly("GET /busy -> 429");
    }
  }

  @Test
  void retryAfterAsAnHttpDateAndA429WithoutRetryAfterWaitOneSecond() throws Exception {
    FakeTime time = new FakeTime();
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.now().plusSeconds(10).atZone(ZoneOffset.UTC));
    ProbePacing pacing = time.pacing(4);
    try (DeployedSite site =
        DeployedSite.builder()
            .throttle("/dated", 1, inTenSeconds)
            .throttle("/bare", 1, null)
            .build()
            .start()) {
      assertThat(get(pacing, site, "/dated")).isEqualTo(200);
      assertThat(get(pacing, site, "/bare")).isEqualTo(200);

      assertThat(time.waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(1));
    }
  }

  @Test
  void a503WithRetryAfterIsWaitedForLikeA429() throws Exception {
    FakeTime time = new FakeTime();
    ProbePacing pacing = time.pacing(4);
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "5").build());
      server.enqueue(new MockResponse.Builder().code(200).build());
      server.start();
      Request request = new Request.Builder().url(server.url("/maintenance")).get().build();
      try (Response r = pacing.execute(HTTP, request)) {
        assertThat(r.code()).isEqualTo(200);
      }

      assertThat(time.waits).containsExactly(Duration.ofSeconds(5));
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(pacing.limit(server.getHostName(), server.getPort())).isEqualTo(2);
    }
  }

  @Test
  void a503WithoutRetryAfterIsAnAnswerNotABackOff() throws Exception {
    FakeTime time = new FakeTime();
    ProbePacing pacing = time.pacing(4);
    try (DeployedSite site = DeployedSite.builder().brokenPath("/down", 503).build().start()) {
      assertThat(get(pacing, site, "/down")).isEqualTo(503);

      assertThat(time.waits).isEmpty();
      assertThat(site.requestLog()).containsExactly("GET /down -> 503");
    }
  }

  @Test
  void mapKeepsTheItemsOrderAndConcurrencyIsChecked() {
    assertThat(new ProbePacing(3).map(List.of(5, 1, 4, 2, 3), i -> i * 10))
        .containsExactly(50, 10, 40, 20, 30);
    assertThatThrownBy(() -> new ProbePacing(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..64");
    assertThatThrownBy(() -> new ProbePacing(65)).hasMessageContaining("was 65");
  }
}
