package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TARGET;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lost-in-the-index check against the sandbox's staged history. */
class LostGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  private static GateResult run(Baseline baseline, LostPolicy.Builder lost) {
    return run(baseline, lost, null, null);
  }

  private static GateResult run(
      Baseline baseline, LostPolicy.Builder lost, Threshold links, Threshold domains) {
    GatePolicy.Builder b = only(false, true, false).lost(lost.build());
    if (links != null) {
      b.threshold(GateRule.LOST_BACKLINKS, links).threshold(GateRule.LOST_REFDOMAINS, domains);
    }
    GatePolicy policy = b.build();
    return gate(SANDBOX.sandbox()).run(request(null, baseline, policy));
  }

  private static List<String> counted(GateResult result) {
    return result.lostLinks().stream()
        .filter(l -> !l.ignored())
        .map(LostLink::urlFrom)
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void theFirstRunNoteSpeaksPlainlyWithoutFieldNamesAndWithTheRightPlural() {
    GateResult result = run(null, LostPolicy.builder().lookbackDays(1));

    assertThat(result.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains(
                        "for the last 1 day and",
                        "becomes the baseline of the next run once it is stored"));
    assertThat(result.notes()).noneSatisfy(n -> assertThat(n).contains("newBaseline"));
    assertThat(GateRun.count(1, "referring domain", "referring domains"))
        .isEqualTo("1 referring domain");
    assertThat(GateRun.count(2, "referring domain", "referring domains"))
        .isEqualTo("2 referring domains");
  }

  @Test
  void countsLostLinksOfTheLookbackWindowGroupedByReason() {
    GateResult result = run(null, LostPolicy.builder());

    assertThat(result.lostFrom()).isEqualTo(TODAY.minusDays(7));
    assertThat(result.lostTo()).isEqualTo(TODAY);
    // mu.example was lost on 2026-11-10, before the window.
    assertThat(counted(result))
        .containsExactly(
            "http://www.shop.example/old-home",
            "https://iota.example/b",
            "https://nu.example/f",
            "https://theta.example/a",
            "https://watched.example/g",
            "https://xi.example/h");
    assertThat(result.lostByReason())
        .containsOnly(
            entry("broken_redirect", 1L),
            entry("link_removed", 1L),
            entry("noindex", 1L),
            entry("other", 1L),
            entry("page_not_found", 1L),
            entry("redirect", 1L));
    assertThat(result.ignoredByReason())
        .containsOnly(entry("crawl_error", 1L), entry("page_dropped", 1L));

    RuleResult rule = result.rule(GateRule.LOST_BACKLINKS).orElseThrow();
    assertThat(rule.value()).isEqualTo(6.0);
    assertThat(rule.verdict()).isEqualTo(Verdict.PASS); // default warn >= 25
    assertThat(rule.message())
        .contains(
            "6 lost backlinks counted from 2026-11-21 to 2026-11-28",
            "1 deploy-caused",
            "ignored: crawl_error 1, page_dropped 1");
    assertThat(result.notes()).anyMatch(n -> n.startsWith("No baseline: first run."));
  }

  @Test
  void aBrokenRedirectFromTheSitesOwnHostIsDeployCausedAndNeverIgnored() {
    GateResult result =
        run(null, LostPolicy.builder().ignoredReasons(List.of("broken_redirect", "crawl_error")));

    LostLink redirect =
        result.lostLinks().stream()
            .filter(l -> l.urlFrom().equals("http://www.shop.example/old-home"))
            .findFirst()
            .orElseThrow();
    assertThat(redirect.deployCaused()).isTrue();
    assertThat(redirect.ignored()).isFalse();
    assertThat(redirect.linkType().value()).isEqualTo("redirect");
    assertThat(result.lostLinks()).filteredOn(LostLink::deployCaused).hasSize(1);
    // page_dropped is no longer ignored; crawl_error still is.
    assertThat(result.ignoredByReason()).containsOnly(entry("crawl_error", 1L));
  }

  @Test
  void lostReferringDomainsWhoseLossesWereAllIgnoredAreIgnored() {
    GateResult result = run(null, LostPolicy.builder());

    assertThat(result.lostRefdomains())
        .extracting(LostRefdomain::refdomain)
        .containsExactlyInAnyOrder(
            "theta.example",
            "iota.example",
            "kappa.example",
            "lambda.example",
            "www.shop.example",
            "nu.example",
            "watched.example",
            "xi.example");
    assertThat(result.lostRefdomains())
        .filteredOn(LostRefdomain::ignored)
        .extracting(LostRefdomain::refdomain)
        .containsExactlyInAnyOrder("kappa.example", "lambda.example");
    assertThat(result.rule(GateRule.LOST_REFDOMAINS).orElseThrow().value()).isEqualTo(6.0);
  }

  @Test
  void thresholdsOnLostBacklinksAndRefdomains() {
    GateResult warn =
        run(null, LostPolicy.builder(), Threshold.of(6.0, 7.0), Threshold.of(7.0, null));
    assertThat(warn.rule(GateRule.LOST_BACKLINKS).orElseThrow().verdict()).isEqualTo(Verdict.WARN);
    assertThat(warn.rule(GateRule.LOST_REFDOMAINS).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    assertThat(warn.verdict()).isEqualTo(Verdict.WARN);

    GateResult fail =
        run(null, LostPolicy.builder(), Threshold.of(1.0, 6.0), Threshold.of(null, 6.0));
    assertThat(fail.rule(GateRule.LOST_BACKLINKS).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.rule(GateRule.LOST_REFDOMAINS).orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void minimumDomainInlinkRankLeavesOutWeakDomainsButNeverUnknownOnes() {
    GateResult result = run(null, LostPolicy.builder().minDomainInlinkRank(20));

    // nu.example (5) and lambda.example (10) are below 20; xi.example (-1, unknown) is kept.
    assertThat(result.lostLinks())
        .extracting(LostLink::urlFrom)
        .doesNotContain("https://nu.example/f", "https://lambda.example/d")
        .contains("https://xi.example/h");
    assertThat(result.lostRefdomains())
        .extracting(LostRefdomain::refdomain)
        .doesNotContain("nu.example", "lambda.example")
        .contains("xi.example");
    assertThat(result.rule(GateRule.LOST_BACKLINKS).orElseThrow().value()).isEqualTo(5.0);
    assertThat(result.rule(GateRule.LOST_BACKLINKS).orElseThrow().message())
        .contains("2 below Domain InLink Rank 20 left out");
  }

  @Test
  void dofollowOnlyAndLinkTypeFilterTheLostLinks() {
    GateResult dofollow = run(null, LostPolicy.builder().dofollowOnly(true));
    // iota.example was nofollow; the sandbox counts redirects as neither dofollow nor nofollow.
    assertThat(counted(dofollow))
        .doesNotContain("https://iota.example/b", "http://www.shop.example/old-home")
        .contains("https://theta.example/a");
    assertThat(dofollow.lostRefdomains())
        .extracting(LostRefdomain::refdomain)
        .doesNotContain("iota.example");

    GateResult redirects = run(null, LostPolicy.builder().linkType(LinkType.REDIRECT));
    assertThat(counted(redirects)).containsExactly("http://www.shop.example/old-home");
  }

  @Test
  void theWindowStartsAtTheBaselinesDate() {
    Baseline baseline =
        new Baseline(TARGET, Mode.HOST, LocalDate.parse("2026-11-26"), null, List.of());
    GateResult result = run(baseline, LostPolicy.builder());

    assertThat(result.lostFrom()).isEqualTo(LocalDate.parse("2026-11-26"));
    assertThat(counted(result))
        .containsExactly("http://www.shop.example/old-home", "https://iota.example/b");
    assertThat(result.newBaseline().date()).isEqualTo(TODAY);
  }

  @Test
  void aBaselineOfAnotherTargetIsIgnored() {
    Baseline other =
        new Baseline(
            "other.example",
            Mode.HOST,
            LocalDate.parse("2026-11-26"),
            new Metrics("other.example", 1, 1, 1, 1, 0, 1, 0, 0),
            List.of());
    GateResult result = run(other, LostPolicy.builder());

    assertThat(result.baseline()).isNull();
    assertThat(result.lostFrom()).isEqualTo(TODAY.minusDays(7));
    assertThat(result.notes())
        .anyMatch(n -> n.startsWith("The baseline is for other.example (host)"));
  }

  @Test
  void aTruncatedListIsNotedAsALowerBound() {
    GateResult result = run(null, LostPolicy.builder().maxRows(3));

    assertThat(result.lostLinks()).hasSize(3);
    assertThat(result.notes())
        .anyMatch(n -> n.startsWith("get-new-lost-backlinks returned its limit of 3 rows"));
    assertThat(result.unitsSpent()).isEqualTo(6);
  }
}
