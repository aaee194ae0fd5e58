package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The watchlist: the loss of a watched referring domain or page always trips its criticality. */
class WatchlistGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  private static GateResult run(
      DeployedSite site,
      boolean broken,
      boolean lost,
      List<String> watchlist,
      Criticality criticality) {
    GatePolicy policy =
        only(broken, lost, false).watchlist(watchlist).watchlistCriticality(criticality).build();
    return gate(SANDBOX.sandbox()).run(request(site, null, policy));
  }

  @Test
  void aLostLinkFromAWatchedDomainFailsEvenWithTheLostCheckOff() {
    GateResult result = run(null, false, false, List.of("watched.example"), Criticality.FAIL);

    RuleResult rule = result.rule(GateRule.WATCHLIST).orElseThrow();
    assertThat(rule.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(rule.value()).isEqualTo(2.0); // its backlink and the referring domain itself
    assertThat(rule.message())
        .contains(
            "lost backlink https://watched.example/g -> https://shop.example/ (noindex)",
            "lost referring domain watched.example");
    assertThat(result.rule(GateRule.LOST_BACKLINKS)).isEmpty();
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.lostLinks())
        .filteredOn(l -> l.watchlistEntry() != null)
        .extracting(LostLink::watchlistEntry)
        .containsExactly("watched.example");
  }

  @Test
  void theCriticalityDecidesTheVerdict() {
    GateResult result = run(null, false, true, List.of("watched.example"), Criticality.WARN);

    assertThat(result.rule(GateRule.WATCHLIST).orElseThrow().verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
  }

  @Test
  void ignoredReasonsDoNotHideAWatchedLoss() {
    GateResult result =
        run(null, false, true, List.of("https://kappa.example/c"), Criticality.FAIL);

    // kappa.example's loss is a crawl_error: ignored by the lost check, not by the watchlist.
    assertThat(result.rule(GateRule.WATCHLIST).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.rule(GateRule.WATCHLIST).orElseThrow().message()).contains("kappa.example/c");
  }

  @Test
  void aBrokenTargetLinkedFromAWatchedPageTrips() {
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result =
          run(site, true, false, List.of("https://www.partner.example/friends/"), Criticality.FAIL);

      BrokenUrl old =
          result.brokenUrls().stream()
              .filter(u -> u.url().endsWith("/old"))
              .findFirst()
              .orElseThrow();
      assertThat(old.watchlistHits()).containsExactly("https://www.partner.example/friends/");
      RuleResult rule = result.rule(GateRule.WATCHLIST).orElseThrow();
      assertThat(rule.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(rule.message())
          .contains(
              "broken URL https://shop.example/old linked from https://www.partner.example/friends/");
    }
  }

  @Test
  void passesWhenNoWatchedSourceLostALink() {
    GateResult result =
        run(
            null,
            false,
            true,
            List.of("nobody.example", "https://theta.example/other-page"),
            Criticality.FAIL);

    RuleResult rule = result.rule(GateRule.WATCHLIST).orElseThrow();
    assertThat(rule.verdict()).isEqualTo(Verdict.PASS);
    assertThat(rule.value()).isEqualTo(0.0);
  }
}
