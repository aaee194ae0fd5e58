package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The staged deploy every gate test uses: {@code shop.example} in the sandbox (scenario {@code
 * gate/shop-deploy.json}) and its deployed site, on the sandbox's default "today" 2026-11-28.
 *
 * <p>Live backlinks point to /pricing (404, two referring domains ranked 80 and unknown), /old
 * (500, from gamma 50 and partner 70), /loop (redirects to itself), /moved (redirects to /gone,
 * 404), / and /docs?lang=en (200). Lost between 2026-11-21 and 2026-11-28: page_not_found (theta
 * 60), link_removed (iota 30, nofollow), crawl_error (kappa 40), page_dropped (lambda 10),
 * broken_redirect from www.shop.example (55, a redirect), redirect (nu 5), noindex (watched 25),
 * other (xi unknown); link_removed on 2026-11-10 (mu) is before the window.
 */
final class GateFixtures {
  static final String TARGET = "shop.example";
  static final String SCENARIO = resource("/gate/shop-deploy.json");
  static final LocalDate TODAY = Sandbox.DEFAULT_TODAY;

  private GateFixtures() {}

  /** A fixed clock at noon UTC of {@code day}. */
  static Clock clockAt(LocalDate day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  static BacklinksClient client(Sandbox sandbox, String apiKey) {
    return BacklinksClient.builder()
        .endpoint(sandbox.endpoint())
        .apiKey(apiKey)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static Gate gate(Sandbox sandbox) {
    return gate(sandbox, Sandbox.DEMO_API_KEY, TODAY);
  }

  static Gate gate(Sandbox sandbox, String apiKey, LocalDate today) {
    return Gate.builder().client(client(sandbox, apiKey)).clock(clockAt(today)).build();
  }

  /** The deployed site of the scenario, started. */
  static DeployedSite site() {
    return DeployedSite.builder().fromScenario(SCENARIO).build().start();
  }

  static GateRequest request(DeployedSite site, Baseline baseline, GatePolicy policy) {
    return new GateRequest(
        TARGET, Mode.HOST, site == null ? null : site.baseUrl(), baseline, policy);
  }

  /** The default policy with only the given checks enabled. */
  static GatePolicy.Builder only(boolean broken, boolean lost, boolean metrics) {
    GatePolicy d = GatePolicy.defaults();
    return d.toBuilder()
        .brokenTargets(d.brokenTargets().toBuilder().enabled(broken).build())
        .lost(d.lost().toBuilder().enabled(lost).build())
        .metrics(d.metrics().toBuilder().enabled(metrics).build());
  }

  /**
   * The deployed site's request log once it holds {@code entries}, or after 5 s. The site logs a
   * request after answering it, so the client may see the answer before the log does.
   */
  static List<String> awaitLog(DeployedSite site, String... entries) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<String> log = site.requestLog();
    while (!log.containsAll(List.of(entries)) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      log = site.requestLog();
    }
    return log;
  }

  static String resource(String name) {
    try (InputStream in = GateFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
