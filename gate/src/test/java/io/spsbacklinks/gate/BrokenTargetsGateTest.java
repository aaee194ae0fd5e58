package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The broken-targets check against the sandbox and the staged deployed site. */
class BrokenTargetsGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  private static GatePolicy broken(BrokenTargetsPolicy.Builder b) {
    return only(true, false, false).brokenTargets(b.build()).build();
  }

  private static GateResult run(DeployedSite site, BrokenTargetsPolicy.Builder policy) {
    return gate(SANDBOX.sandbox()).run(request(site, null, broken(policy)));
  }

  private static Map<String, BrokenUrl> byPath(GateResult result) {
    return result.brokenUrls().stream()
        .collect(
            Collectors.toMap(
                u -> u.url().substring("https://shop.example".length()), Function.identity()));
  }

  @Test
  void findsEveryKindOfBrokenUrlOnTheDeployedSite() {
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder());

      assertThat(result.probedUrls()).isEqualTo(6);
      Map<String, BrokenUrl> broken = byPath(result);
      assertThat(broken).containsOnlyKeys("/pricing", "/old", "/loop", "/moved");
      assertThat(broken.get("/pricing").outcome()).isEqualTo(ProbeOutcome.HTTP_ERROR);
      assertThat(broken.get("/pricing").status()).isEqualTo(404);
      assertThat(broken.get("/old").outcome()).isEqualTo(ProbeOutcome.HTTP_ERROR);
      assertThat(broken.get("/old").status()).isEqualTo(500);
      assertThat(broken.get("/loop").outcome()).isEqualTo(ProbeOutcome.REDIRECT_LOOP);
      assertThat(broken.get("/moved").outcome()).isEqualTo(ProbeOutcome.REDIRECT_TO_ERROR);
      assertThat(broken.get("/moved").status()).isEqualTo(404);
      assertThat(broken.get("/moved").redirectChain()).containsExactly(site.baseUrl() + "/gone");
      assertThat(result.unknownUrls()).isEmpty();
      // The 200 pages were probed too (HEAD only: they answered).
      assertThat(GateFixtures.awaitLog(site, "HEAD / -> 200", "HEAD /docs -> 200"))
          .contains("HEAD / -> 200", "HEAD /docs -> 200");

      RuleResult rule = result.rule(GateRule.BROKEN_TARGETS).orElseThrow();
      assertThat(rule.value()).isEqualTo(4.0);
      assertThat(rule.verdict()).isEqualTo(Verdict.WARN); // default: warn >= 1, fail >= 5
      assertThat(rule.message())
          .contains(
              "4 of 6 backlinked URLs are broken on " + site.baseUrl(),
              "http_error 2",
              "redirect_loop 1",
              "redirect_to_error 1");
      // The default weight threshold (fail >= 5) fails: see the next test.
      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }
  }

  @Test
  void weighsBrokenUrlsByTheirReferringDomainsAndTreatsUnknownRankWithTheDefault() {
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder().unknownDomainInlinkRank(20));

      BrokenUrl pricing = byPath(result).get("/pricing");
      assertThat(pricing.backlinks()).isEqualTo(2);
      assertThat(pricing.refdomains()).isEqualTo(2);
      // news.beta.example reports -1: never the best rank, weighed as rank 20.
      assertThat(pricing.bestDomainInlinkRank()).isEqualTo(InlinkRank.of(80));
      assertThat(pricing.weight())
          .isCloseTo(Math.pow(2, 30 / 15.0) + Math.pow(2, -30 / 15.0), within(1e-9));
      BrokenUrl old = byPath(result).get("/old");
      assertThat(old.weight()).isCloseTo(1 + Math.pow(2, 20 / 15.0), within(1e-9));
      // Heaviest first.
      assertThat(result.brokenUrls().get(0).url()).isEqualTo("https://shop.example/pricing");

      double total = result.brokenUrls().stream().mapToDouble(BrokenUrl::weight).sum();
      RuleResult rule = result.rule(GateRule.BROKEN_TARGETS_WEIGHT).orElseThrow();
      assertThat(rule.value()).isCloseTo(total, within(1e-9));
      assertThat(rule.verdict()).isEqualTo(Verdict.FAIL); // default fail >= 5; total is about 8.5
    }
  }

  @Test
  void thresholdBoundariesAreInclusive() {
    try (DeployedSite site = GateFixtures.site()) {
      assertThat(verdict(site, Threshold.of(4.0, 5.0))).isEqualTo(Verdict.WARN);
      assertThat(verdict(site, Threshold.of(3.0, 4.0))).isEqualTo(Verdict.FAIL);
      assertThat(verdict(site, Threshold.of(5.0, 6.0))).isEqualTo(Verdict.PASS);
      assertThat(verdict(site, Threshold.of(null, 4.0))).isEqualTo(Verdict.FAIL);
      assertThat(verdict(site, Threshold.off())).isEqualTo(Verdict.PASS);
    }
  }

  private static Verdict verdict(DeployedSite site, Threshold brokenUrls) {
    GatePolicy policy =
        only(true, false, false)
            .threshold(GateRule.BROKEN_TARGETS, brokenUrls)
            .threshold(GateRule.BROKEN_TARGETS_WEIGHT, Threshold.off())
            .build();
    GateResult result = gate(SANDBOX.sandbox()).run(request(site, null, policy));
    assertThat(result.verdict())
        .isEqualTo(result.rule(GateRule.BROKEN_TARGETS).orElseThrow().verdict());
    return result.verdict();
  }

  @Test
  void fallsBackToGetWhenTheSiteRefusesHead() {
    try (DeployedSite site =
        DeployedSite.builder().fromScenario(SCENARIO).headNotAllowed().build().start()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder());

      assertThat(byPath(result)).containsOnlyKeys("/pricing", "/old", "/loop", "/moved");
      assertThat(byPath(result).get("/pricing").detail()).isEqualTo("HEAD 405, GET 404");
      String[] expected = {"HEAD /pricing -> 405", "GET /pricing -> 404", "GET / -> 200"};
      assertThat(GateFixtures.awaitLog(site, expected)).contains(expected);
    }
  }

  @Test
  void allRawReadsEveryBacklinkAndFindsTheSameUrls() {
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder().source(BacklinkSource.ALL_RAW));

      assertThat(byPath(result)).containsOnlyKeys("/pricing", "/old", "/loop", "/moved");
      assertThat(result.unitEstimate().items())
          .extracting(UnitEstimate.Item::command)
          .containsExactly("get-metrics", "get-raw-backlinks");
      assertThat(result.unitEstimate().complete()).isTrue();
      assertThat(result.unitsSpent()).isEqualTo(30 + 8); // get-metrics + 8 live backlinks
    }
  }

  @Test
  void topNLimitsTheBacklinksRead() {
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder().topN(2));

      // The two backlinks with the best InLink Rank: /pricing (40) and /old (35).
      assertThat(result.probedUrls()).isEqualTo(2);
      assertThat(byPath(result)).containsOnlyKeys("/pricing", "/old");
      assertThat(result.unitsSpent()).isEqualTo(2);
    }
  }

  @Test
  void aUrlThatTimesOutIsReportedUnknownAndNotCounted() {
    // The probe client times out on /docs (HEAD, twice); every other request reaches the site.
    OkHttpClient docsTimesOut =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  if (chain.request().url().encodedPath().equals("/docs")) {
                    throw new SocketTimeoutException("timeout");
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    try (DeployedSite site = GateFixtures.site()) {
      Gate gate =
          Gate.builder()
              .client(GateFixtures.client(SANDBOX.sandbox(), Sandbox.DEMO_API_KEY))
              .probeClient(docsTimesOut)
              .clock(GateFixtures.clockAt(GateFixtures.TODAY))
              .build();
      GateResult result = gate.run(request(site, null, broken(BrokenTargetsPolicy.builder())));

      assertThat(result.unknownUrls())
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.url()).isEqualTo("https://shop.example/docs?lang=en");
                assertThat(u.probedUrl()).isEqualTo(site.baseUrl() + "/docs?lang=en");
                assertThat(u.outcome()).isEqualTo(ProbeOutcome.TIMEOUT);
                assertThat(u.attempts()).isEqualTo(2);
              });
      assertThat(byPath(result)).containsOnlyKeys("/pricing", "/old", "/loop", "/moved");
      // 4 broken would only warn, and the unprobed URL could be a fifth: not measured, FAIL by
      // default.
      RuleResult rule = result.rule(GateRule.BROKEN_TARGETS).orElseThrow();
      assertThat(rule.evaluated()).isFalse();
      assertThat(rule.status()).isEqualTo("NOT MEASURED (FAIL)");
      assertThat(rule.message())
          .startsWith("Not measured: 1 backlinked URL of 6 could not be probed on ")
          .contains("https://shop.example/docs?lang=en", "4 of 6 backlinked URLs are broken");
      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    }
  }

  @Test
  void aDeployedSiteThatIsDownIsNotMeasuredAndFailsByDefault() {
    GateRequest down =
        new GateRequest(
            GateFixtures.TARGET,
            Mode.HOST,
            "http://127.0.0.1:1/",
            null,
            broken(BrokenTargetsPolicy.builder()));
    GateResult result = gate(SANDBOX.sandbox()).run(down);

    assertThat(result.unknownUrls()).hasSize(6);
    for (GateRule rule : List.of(GateRule.BROKEN_TARGETS, GateRule.BROKEN_TARGETS_WEIGHT)) {
      RuleResult r = result.rule(rule).orElseThrow();
      assertThat(r.evaluated()).as(rule.id()).isFalse();
      assertThat(r.verdict()).as(rule.id()).isEqualTo(Verdict.FAIL);
      assertThat(r.message())
          .startsWith("Not measured: 6 backlinked URLs of 6 could not be probed");
    }
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);

    GatePolicy lenient = down.policy().toBuilder().notMeasured(ApiErrorAction.WARN).build();
    GateResult warned =
        gate(SANDBOX.sandbox())
            .run(
                new GateRequest(
                    GateFixtures.TARGET, Mode.HOST, "http://127.0.0.1:1/", null, lenient));
    assertThat(warned.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void passesWhenNothingIsBroken() {
    try (DeployedSite site = DeployedSite.builder().build().start()) {
      GateResult result = run(site, BrokenTargetsPolicy.builder());

      assertThat(result.brokenUrls()).isEmpty();
      assertThat(result.verdict()).isEqualTo(Verdict.PASS);
      assertThat(result.rule(GateRule.BROKEN_TARGETS).orElseThrow().message())
          .startsWith("0 of 6 backlinked URLs are broken");
    }
  }
}
