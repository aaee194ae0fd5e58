package io.spsbacklinks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.gate.redirects.ProbePacing;
import io.spsbacklinks.sandbox.DeployedSite;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Probing one URL: HEAD/GET, redirects, loops, timeouts, host rewriting. */
class ProberTest {
  /**
   * Probes stay on the loopback test servers: the scope's site is 127.0.0.1 (MockWebServer's
   * "localhost" allowed).
   */
  private static final ProbeScope LOCAL = new ProbeScope("127.0.0.1", null, List.of("localhost"));

  private static final BrokenTargetsPolicy POLICY = BrokenTargetsPolicy.defaults();

  private static Prober.Probe probe(DeployedSite site, String path) {
    return prober(new OkHttpClient(), POLICY, LOCAL).probe(HttpUrl.get(site.baseUrl() + path));
  }

  @Test
  void classifiesAnswers() {
    try (DeployedSite site =
        DeployedSite.builder()
            .brokenPath("/gone", 404)
            .brokenPath("/error", 503)
            .redirect("/a", "/b")
            .redirect("/b", "/ok")
            .redirect("/to-gone", "/gone")
            .redirectLoop("/loop")
            .redirect("/ping", "/pong")
            .redirect("/pong", "/ping")
            .build()
            .start()) {
      assertThat(probe(site, "/ok").outcome()).isEqualTo(ProbeOutcome.OK);
      assertThat(probe(site, "/gone"))
          .extracting(Prober.Probe::outcome, Prober.Probe::status)
          .containsExactly(ProbeOutcome.HTTP_ERROR, 404);
      assertThat(probe(site, "/error"))
          .extracting(Prober.Probe::outcome, Prober.Probe::status)
          .containsExactly(ProbeOutcome.HTTP_ERROR, 503);

      Prober.Probe twoHops = probe(site, "/a");
      assertThat(twoHops.outcome()).isEqualTo(ProbeOutcome.OK);
      assertThat(twoHops.chain()).containsExactly(site.baseUrl() + "/b", site.baseUrl() + "/ok");
      assertThat(twoHops.detail()).isEqualTo("HEAD 301 -> HEAD 301 -> HEAD 200");

      Prober.Probe toGone = probe(site, "/to-gone");
      assertThat(toGone)
          .extracting(Prober.Probe::outcome, Prober.Probe::status)
          .containsExactly(ProbeOutcome.REDIRECT_TO_ERROR, 404);

      assertThat(probe(site, "/loop").outcome()).isEqualTo(ProbeOutcome.REDIRECT_LOOP);
      Prober.Probe pingPong = probe(site, "/ping");
      assertThat(pingPong.outcome()).isEqualTo(ProbeOutcome.REDIRECT_LOOP);
      assertThat(pingPong.chain())
          .containsExactly(site.baseUrl() + "/pong", site.baseUrl() + "/ping");
    }
  }

  @Test
  void countsMoreRedirectsThanAllowedAsBroken() {
    try (DeployedSite site =
        DeployedSite.builder()
            .redirect("/r1", "/r2")
            .redirect("/r2", "/r3")
            .redirect("/r3", "/ok")
            .build()
            .start()) {
      HttpUrl url = HttpUrl.get(site.baseUrl() + "/r1");
      BrokenTargetsPolicy two = POLICY.toBuilder().maxRedirects(2).build();
      BrokenTargetsPolicy three = POLICY.toBuilder().maxRedirects(3).build();

      assertThat(prober(new OkHttpClient(), two, LOCAL).probe(url).outcome())
          .isEqualTo(ProbeOutcome.TOO_MANY_REDIRECTS);
      assertThat(prober(new OkHttpClient(), three, LOCAL).probe(url).outcome())
          .isEqualTo(ProbeOutcome.OK);
    }
  }

  @Test
  void fallsBackToGetWhenHeadFailsWithoutTimingOut() {
    try (DeployedSite site = DeployedSite.builder().brokenPath("/gone", 410).build().start()) {
      OkHttpClient headBreaks =
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain -> {
                    if (chain.request().method().equals("HEAD")) {
                      throw new IOException("connection reset by a HEAD-hostile proxy");
                    }
                    return chain.proceed(chain.request());
                  })
              .build();
      Prober.Probe probe =
          prober(headBreaks, POLICY, LOCAL).probe(HttpUrl.get(site.baseUrl() + "/gone"));

      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.HTTP_ERROR);
      assertThat(probe.detail())
          .startsWith("HEAD failed (IOException: connection reset")
          .endsWith("GET 410");
      assertThat(GateFixtures.awaitLog(site, "GET /gone -> 410"))
          .containsExactly("GET /gone -> 410");
    }
  }

  @Test
  void aTimeoutIsRetriedOnceAndReportedUnknownNeverBroken() {
    AtomicInteger calls = new AtomicInteger();
    OkHttpClient timesOut =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  calls.incrementAndGet();
                  throw new SocketTimeoutException("timeout");
                })
            .build();
    Prober.Probe probe =
        prober(timesOut, POLICY, LOCAL).probe(HttpUrl.get("http://127.0.0.1:9/slow"));

    assertThat(probe.outcome()).isEqualTo(ProbeOutcome.TIMEOUT);
    assertThat(probe.outcome().isBroken()).isFalse();
    assertThat(probe.outcome().isUnknown()).isTrue();
    assertThat(probe.attempts()).isEqualTo(2);
    assertThat(calls).hasValue(2); // one HEAD per attempt: a timed-out HEAD is not retried as GET
    assertThat(probe.detail()).isEqualTo("HEAD timed out after 10s");
  }

  @Test
  void probeAllKeepsAtMostConcurrencyRequestsInFlightAndAnswersInInputOrder() {
    try (DeployedSite site = DeployedSite.builder().brokenPath("/p3", 404).build().start()) {
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger maxInFlight = new AtomicInteger();
      // Each request waits for a second one in flight: proves two run at once, and no third can
      // join.
      CyclicBarrier pair = new CyclicBarrier(2);
      OkHttpClient counting =
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                      pair.await(5, TimeUnit.SECONDS);
                      return chain.proceed(chain.request());
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                      throw new IOException("no second request in flight", e);
                    } finally {
                      inFlight.decrementAndGet();
                    }
                  })
              .build();
      BrokenTargetsPolicy two = POLICY.toBuilder().concurrency(2).build();
      List<HttpUrl> urls = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        urls.add(HttpUrl.get(site.baseUrl() + "/p" + i));
      }

      List<Prober.Probe> probes = prober(counting, two, LOCAL).probeAll(urls);

      assertThat(maxInFlight).hasValue(2);
      assertThat(probes)
          .extracting(Prober.Probe::outcome)
          .containsExactly(
              ProbeOutcome.OK,
              ProbeOutcome.OK,
              ProbeOutcome.HTTP_ERROR,
              ProbeOutcome.OK,
              ProbeOutcome.OK,
              ProbeOutcome.OK);
      assertThat(probes.get(2).probedUrl()).endsWith("/p3");
    }
  }

  @Test
  void aSiteThatKeepsAnswering429IsThrottledUnknownNeverBroken() {
    try (DeployedSite site =
        DeployedSite.builder()
            .throttle("/busy", 100, "0")
            .throttle("/once", 1, "0")
            .build()
            .start()) {
      Prober.Probe busy = probe(site, "/busy");
      Prober.Probe once = probe(site, "/once");

      assertThat(busy.outcome()).isEqualTo(ProbeOutcome.THROTTLED);
      assertThat(busy.outcome().isBroken()).isFalse();
      assertThat(busy.outcome().isUnknown()).isTrue();
      assertThat(busy.attempts()).isEqualTo(2);
      assertThat(busy.detail()).isEqualTo("HEAD 429 (still after backing off)");
      // Per attempt: the HEAD and its two resends after the site's Retry-After.
      assertThat(site.requestLog()).filteredOn(l -> l.contains("/busy")).hasSize(6);
      assertThat(once.outcome()).isEqualTo(ProbeOutcome.OK);
    }
  }

  @Test
  void aSlowSiteTimesOutAgainstTheRealClock() {
    try (DeployedSite site =
        DeployedSite.builder().slowPath("/slow", Duration.ofSeconds(20)).build().start()) {
      BrokenTargetsPolicy fast = POLICY.toBuilder().requestTimeout(Duration.ofMillis(300)).build();
      Prober.Probe probe =
          prober(new OkHttpClient(), fast, LOCAL).probe(HttpUrl.get(site.baseUrl() + "/slow"));

      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.TIMEOUT);
      assertThat(probe.attempts()).isEqualTo(2);
    }
  }

  @Test
  void aRefusedConnectionIsUnknownNotBroken() throws IOException {
    int port;
    try (MockWebServer closed = new MockWebServer()) {
      closed.start();
      port = closed.getPort();
    }
    Prober.Probe probe = probe(port);
    assertThat(probe.outcome()).isEqualTo(ProbeOutcome.UNREACHABLE);
    assertThat(probe.outcome().isBroken()).isFalse();
    assertThat(probe.attempts()).isEqualTo(2);
  }

  private static Prober.Probe probe(int port) {
    return prober(new OkHttpClient(), POLICY, LOCAL)
        .probe(HttpUrl.get("http://127.0.0.1:" + port + "/x"));
  }

  @Test
  void aRedirectWithoutLocationIsBroken() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(302).build());
      server.start();
      Prober.Probe probe = prober(new OkHttpClient(), POLICY, LOCAL).probe(server.url("/x"));
      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.BAD_REDIRECT);
      assertThat(probe.detail()).isEqualTo("HEAD 302 without Location");
    }
  }

  @Test
  void rewritesTheSitesHostToTheDeployedBaseUrlKeepingPathAndQuery() throws Exception {
    try (MockWebServer staging = new MockWebServer()) {
      staging.enqueue(
          new MockResponse.Builder()
              .code(301)
              .addHeader("Location", "https://www.shop.example/docs/v2?lang=en")
              .build());
      staging.enqueue(new MockResponse.Builder().code(200).build());
      staging.start();
      GateRequest request =
          new GateRequest(
              "shop.example",
              null,
              staging.url("/staging/").toString(),
              null,
              GatePolicy.defaults());
      ProbeScope rewrite = ProbeScope.of(request);

      Prober.Probe probe =
          prober(new OkHttpClient(), POLICY, rewrite)
              .probe(HttpUrl.get("https://www.shop.example/docs?lang=en#intro"));

      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.OK);
      assertThat(probe.probedUrl()).isEqualTo(staging.url("/staging/docs?lang=en").toString());
      // The redirect back to the production host is followed on staging too.
      assertThat(probe.chain()).containsExactly(staging.url("/staging/docs/v2?lang=en").toString());
      RecordedRequest first = staging.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest second = staging.takeRequest(5, TimeUnit.SECONDS);
      assertThat(
              List.of(
                  first.getMethod() + " " + first.getTarget(),
                  second.getMethod() + " " + second.getTarget()))
          .containsExactly("HEAD /staging/docs?lang=en", "HEAD /staging/docs/v2?lang=en");
      assertThat(first.getHeaders().get("User-Agent")).isEqualTo(Prober.USER_AGENT);

      // Another site's URL is not probed at all.
      assertThat(rewrite.probes(HttpUrl.get("https://cdn.other.example/a?b=c"))).isFalse();
    }
  }

  @Test
  void aRedirectOffTheDeployedSiteIsReportedNotFollowed() throws Exception {
    try (MockWebServer staging = new MockWebServer();
        MockWebServer internal = new MockWebServer()) {
      internal.start();
      staging.enqueue(
          new MockResponse.Builder()
              .code(302)
              .addHeader("Location", internal.url("/admin").toString())
              .build());
      staging.start();
      GateRequest request =
          new GateRequest(
              "shop.example", null, staging.url("/").toString(), null, GatePolicy.defaults());

      Prober.Probe probe =
          prober(new OkHttpClient(), POLICY, ProbeScope.of(request))
              .probe(HttpUrl.get("https://shop.example/old"));

      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.OFF_SITE_REDIRECT);
      assertThat(probe.chain()).containsExactly(internal.url("/admin").toString());
      assertThat(internal.getRequestCount()).isZero();
    }
  }

  @Test
  void anAllowedHostIsFollowed() throws Exception {
    try (MockWebServer staging = new MockWebServer();
        MockWebServer cdn = new MockWebServer()) {
      cdn.enqueue(new MockResponse.Builder().code(404).build());
      cdn.start();
      staging.enqueue(
          new MockResponse.Builder()
              .code(302)
              .addHeader("Location", cdn.url("/img").toString())
              .build());
      staging.start();
      ProbeScope scope =
          new ProbeScope("shop.example", staging.url("/"), List.of(cdn.url("/").host()));

      Prober.Probe probe =
          prober(new OkHttpClient(), POLICY, scope).probe(HttpUrl.get("https://shop.example/old"));

      assertThat(probe.outcome()).isEqualTo(ProbeOutcome.REDIRECT_TO_ERROR);
      assertThat(cdn.getRequestCount()).isEqualTo(1);
    }
  }

  private static Prober prober(OkHttpClient http, BrokenTargetsPolicy policy, ProbeScope scope) {
    return new Prober(http, policy, scope, new ProbePacing(policy.concurrency()));
  }
}
