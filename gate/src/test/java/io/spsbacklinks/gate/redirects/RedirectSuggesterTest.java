package io.spsbacklinks.gate.redirects;

import static io.spsbacklinks.gate.redirects.Sites.HTTP;
import static io.spsbacklinks.gate.redirects.Sites.PROD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.gate.redirects.Suggestion.CandidateOrigin;
import io.spsbacklinks.gate.redirects.Suggestion.Kind;
import io.spsbacklinks.sandbox.DeployedSite;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions on a redesigned site: what is matched, what is verified, what is never offered. */
class RedirectSuggesterTest {
  private static final List<BrokenTarget> BROKEN =
      List.of(
          new BrokenTarget(
              PROD + "/blog/10-seo-tips", 404, "HEAD 404", 40, 31, "10 SEO tips | Acme"),
          new BrokenTarget(PROD + "/blog/link-building", 410, "HEAD 410", 25, 20, null),
          new BrokenTarget(PROD + "/Pricing", 404, "HEAD 404", 90, 70, null),
          new BrokenTarget(PROD + "/p/1234", 404, "HEAD 404", 12, 9, "Blue Widget Deluxe - Acme"),
          new BrokenTarget(
              PROD + "/blog/company-picnic-2019", 404, "HEAD 404", 3, 3, "Company picnic 2019"),
          new BrokenTarget(PROD + "/about", 404, "HEAD 404", 7, 5, null),
          new BrokenTarget(PROD + "/team", 404, "HEAD 404", 1, 1, null));

  private static DeployedSite site;
  private static RedirectPlan plan;
  private static Map<String, Suggestion> bySource;

  @BeforeAll
  static void suggest() {
    site = Sites.redesign();
    plan = RedirectSuggester.builder(HTTP, site.baseUrl()).build().suggest(BROKEN);
    bySource =
        plan.suggestions().stream()
            .collect(Collectors.toMap(Suggestion::source, Function.identity()));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void aRenamedSlugIsMatchedByItsWordsAndSpelling() {
    Suggestion s = bySource.get("/blog/10-seo-tips");
    assertThat(s.kind()).isEqualTo(Kind.REDIRECT);
    assertThat(s.target()).isEqualTo("/blog/ten-seo-tips");
    assertThat(s.confidence()).isBetween(0.6, 0.97);
    assertThat(s.reason())
        .contains("slug '10-seo-tips' ~ 'ten-seo-tips'")
        .contains("same section /blog");
    assertThat(s.origin()).isEqualTo(CandidateOrigin.SITEMAP);
  }

  @Test
  void aSitemapEntryThatIsItselfBrokenIsNeverSuggested() {
    // /blog/10-seo-tip is closer in spelling than /blog/ten-seo-tips, but answers 404.
    assertThat(plan.suggestions())
        .extracting(Suggestion::target)
        .doesNotContain("/blog/10-seo-tip");
    assertThat(site.requestLog()).contains("GET /blog/10-seo-tip -> 404");
  }

  @Test
  void aMovedSectionKeepsTheSlug() {
    Suggestion s = bySource.get("/blog/link-building");
    assertThat(s.target()).isEqualTo("/guides/link-building");
    assertThat(s.confidence()).isEqualTo(Similarity.MOVED);
    assertThat(s.reason())
        .contains("same slug 'link-building'")
        .contains("moved from /blog to /guides");
  }

  @Test
  void caseAndTrailingSlashChangesAreTheSamePage() {
    Suggestion s = bySource.get("/Pricing");
    assertThat(s.target()).isEqualTo("/pricing/");
    assertThat(s.confidence()).isEqualTo(Similarity.COSMETIC);
  }

  @Test
  void theLastKnownTitleFindsAPageWhoseUrlSharesNothing() {
    Suggestion s = bySource.get("/p/1234");
    assertThat(s.kind()).isEqualTo(Kind.REDIRECT);
    assertThat(s.target()).isEqualTo("/products/blue-widget-deluxe");
    assertThat(s.reason()).contains("same title 'Blue Widget Deluxe | Acme'");
  }

  @Test
  void aDeletedPageGetsNoConfidentTargetButItsClosestSectionPage() {
    Suggestion s = bySource.get("/blog/company-picnic-2019");
    assertThat(s.kind()).isEqualTo(Kind.NO_CONFIDENT_TARGET);
    assertThat(s.target()).isNull();
    assertThat(s.confidence()).isLessThan(RedirectSuggester.DEFAULT_MIN_CONFIDENCE);
    assertThat(s.sectionPage()).isEqualTo("/blog/");
    assertThat(s.reason())
        .startsWith("no confident target")
        .contains("closest section page: /blog/");
  }

  @Test
  void aCandidateThatRedirectsToAnErrorIsNeverSuggested() {
    Suggestion s = bySource.get("/about");
    assertThat(s.kind()).isEqualTo(Kind.NO_CONFIDENT_TARGET);
    assertThat(s.sectionPage()).isEqualTo("/");
    assertThat(site.requestLog()).contains("GET /about-us -> 301", "GET /about-us-2020 -> 404");
  }

  @Test
  void aUrlThatAnswers200IsNotBrokenAndGetsNoRule() {
    Suggestion s = bySource.get("/team");
    assertThat(s.kind()).isEqualTo(Kind.NOT_BROKEN);
    assertThat(plan.redirects()).extracting(Suggestion::source).doesNotContain("/team");
  }

  @Test
  void everyOfferedTargetAnswered200OnTheDeployedSite() {
    assertThat(plan.redirects())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(site.requestLog()).contains("GET " + r.target() + " -> 200"));
  }

  @Test
  void thePlanBecomesNginxRulesForEveryVerifiedTarget() throws Exception {
    StringWriter out = new StringWriter();
    RuleFormat.NGINX.write(plan.suggestions(), out);
    assertThat(RuleFormatTest.parseNginx(out.toString()))
        .containsExactly(
            Map.entry("/Pricing", "/pricing/"),
            Map.entry("/blog/10-seo-tips", "/blog/ten-seo-tips"),
            Map.entry("/blog/link-building", "/guides/link-building"),
            Map.entry("/p/1234", "/products/blue-widget-deluxe"));
  }

  @Test
  void onceTheRulesAreAppliedEveryRedirectedUrlAnswers200AndNoRuleIsSuggestedAgain()
      throws Exception {
    StringWriter out = new StringWriter();
    RuleFormat.NGINX.write(plan.suggestions(), out);
    DeployedSite.Builder fixed = Sites.redesignBuilder();
    RuleFormatTest.parseNginx(out.toString()).forEach(fixed::redirect);
    try (DeployedSite after = fixed.build().start()) {
      RedirectPlan again =
          RedirectSuggester.builder(HTTP, after.baseUrl())
              .build()
              .suggest(plan.redirects().stream().map(r -> BrokenTarget.of(r.url())).toList());
      assertThat(again.suggestions())
          .hasSize(4)
          .allSatisfy(
              s -> {
                assertThat(s.kind()).isEqualTo(Kind.NOT_BROKEN);
                assertThat(s.reason())
                    .isEqualTo(
                        "not broken: already redirects to " + bySource.get(s.source()).target());
              });
    }
  }

  @Test
  void onlyTheDeployedSiteIsEverRequested() {
    List<String> hosts = new CopyOnWriteArrayList<>();
    // Another host is answered here, never sent: tests stay on loopback even if the guard failed.
    OkHttpClient recording =
        HTTP.newBuilder()
            .addInterceptor(
                chain -> {
                  hosts.add(chain.request().url().host());
                  return chain.request().url().host().equals("127.0.0.1")
                      ? chain.proceed(chain.request())
                      : new Response.Builder()
                          .request(chain.request())
                          .protocol(Protocol.HTTP_1_1)
                          .code(404)
                          .message("x")
                          .build();
                })
            .build();
    RedirectPlan p =
        RedirectSuggester.builder(recording, site.baseUrl())
            .candidates(
                List.of(
                    "https://elsewhere.example.org/blog/ten-seo-tips-2",
                    "//elsewhere.example.org/blog/x"))
            .build()
            .suggest(
                List.of(
                    BrokenTarget.of(PROD + "//elsewhere.example.org/blog/10-seo-tips"),
                    BrokenTarget.of(PROD + "/blog/10-seo-tips")));
    assertThat(hosts).isNotEmpty().containsOnly("127.0.0.1");
    assertThat(p.redirects()).extracting(Suggestion::target).containsOnly("/blog/ten-seo-tips");
  }

  @Test
  void suggestionsAreSortedByWhatIsAtStake() {
    assertThat(plan.suggestions())
        .extracting(Suggestion::weight)
        .containsExactly(90.0, 40.0, 25.0, 12.0, 7.0, 3.0, 1.0);
  }

  @Test
  void sitemapIndexesAndGzipSitemapsAreReadAndOtherSitesNeverRequested() {
    SitemapStats stats = plan.sitemaps();
    assertThat(stats.sitemapsRead())
        .isEqualTo(4); // the index, its two sitemaps on the site, /sitemap.xml
    assertThat(stats.urlsKept()).isEqualTo(9);
    assertThat(stats.offSiteSkipped()).isEqualTo(2);
    assertThat(stats.problems()).isEmpty();
    assertThat(stats.stoppedBy()).isNull();
    assertThat(site.requestLog())
        .contains("GET /sitemap-blog.xml.gz -> 200", "GET /sitemap-pages.xml -> 200")
        .noneMatch(line -> line.contains("elsewhere"));
  }

  @Test
  void userCandidatesAndLiveBacklinkedUrlsAreCandidatesToo() {
    try (DeployedSite small =
        DeployedSite.builder()
            .notFoundByDefault()
            .page("/docs/getting-started", "Start")
            .page("/kb/install-guide", "Install")
            .build()
            .start()) {
      RedirectPlan p =
          RedirectSuggester.builder(HTTP, small.baseUrl())
              .candidates(List.of("/docs/getting-started"))
              .liveBacklinkedUrls(
                  List.of(PROD + "/kb/install-guide", "https://elsewhere.example.org/kb/install"))
              .build()
              .suggest(
                  List.of(
                      BrokenTarget.of(PROD + "/docs/getting-started-guide"),
                      BrokenTarget.of(PROD + "/kb/install")));
      Map<String, Suggestion> s = plan(p);
      assertThat(s.get("/docs/getting-started-guide").origin()).isEqualTo(CandidateOrigin.USER);
      assertThat(s.get("/docs/getting-started-guide").target()).isEqualTo("/docs/getting-started");
      assertThat(s.get("/kb/install").target()).isEqualTo("/kb/install-guide");
      assertThat(s.get("/kb/install").origin()).isEqualTo(CandidateOrigin.BACKLINKED);
      assertThat(s.get("/kb/install").status()).isEqualTo(404);
    }
  }

  @Test
  void theOldUrlsOwnRedirectSaysWhereTheSiteMeantItToGo() {
    try (DeployedSite small =
        DeployedSite.builder()
            .notFoundByDefault()
            .redirect("/specials", "/offers/spring-sale")
            .page("/offers/spring-sale-2026", "Spring sale")
            .resource(
                "/sitemap.xml", "application/xml", Sites.urlset(PROD + "/offers/spring-sale-2026"))
            .build()
            .start()) {
      Suggestion s =
          RedirectSuggester.builder(HTTP, small.baseUrl())
              .build()
              .suggest(List.of(BrokenTarget.of(PROD + "/specials")))
              .suggestions()
              .get(0);
      assertThat(s.why()).isEqualTo("301 -> /offers/spring-sale, 404");
      assertThat(s.target()).isEqualTo("/offers/spring-sale-2026");
      assertThat(s.reason())
          .startsWith("its own redirect went to /offers/spring-sale: slug 'spring-sale'");
    }
  }

  @Test
  void aHigherFloorTurnsWeakMatchesIntoNoConfidentTarget() {
    RedirectPlan strict =
        RedirectSuggester.builder(HTTP, site.baseUrl())
            .minConfidence(0.95)
            .build()
            .suggest(
                List.of(
                    BrokenTarget.of(PROD + "/blog/10-seo-tips"),
                    BrokenTarget.of(PROD + "/Pricing")));
    assertThat(plan(strict).get("/blog/10-seo-tips").kind()).isEqualTo(Kind.NO_CONFIDENT_TARGET);
    assertThat(plan(strict).get("/blog/10-seo-tips").reason())
        .contains("closest is /blog/ten-seo-tips");
    assertThat(plan(strict).get("/Pricing").kind()).isEqualTo(Kind.REDIRECT);
  }

  @Test
  void badInputIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> RedirectSuggester.builder(HTTP, "not a url"))
        .hasMessageContaining("deployed base URL must be an http(s) URL");
    assertThatThrownBy(() -> RedirectSuggester.builder(HTTP, site.baseUrl()).minConfidence(1.5))
        .hasMessageContaining("minConfidence must be within [0, 1], was 1.5");
    assertThatThrownBy(
            () ->
                RedirectSuggester.builder(HTTP, site.baseUrl())
                    .build()
                    .suggest(List.of(BrokenTarget.of("ftp://x/y"))))
        .hasMessageContaining("'ftp://x/y'");
  }

  private static Map<String, Suggestion> plan(RedirectPlan p) {
    return p.suggestions().stream()
        .collect(Collectors.toMap(Suggestion::source, Function.identity()));
  }

  @Test
  void oneRequestAtATimeGivesTheSamePlanAsSeveral() {
    RedirectPlan sequential;
    try (DeployedSite fresh = Sites.redesign()) {
      sequential =
          RedirectSuggester.builder(HTTP, fresh.baseUrl())
              .pacing(new ProbePacing(1))
              .build()
              .suggest(BROKEN);
      assertThat(fresh.maxInFlight()).isEqualTo(1);
    }

    assertThat(sequential).isEqualTo(plan); // suggestions, order, sitemap stats, request count
  }

  @Test
  void aSlowSiteIsVerifiedSeveralAtATimeButNeverMoreThanThePacingAllows() {
    DeployedSite.Builder slow = DeployedSite.builder().notFoundByDefault().page("/", "Home");
    List<BrokenTarget> broken = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      // Each answers its 404 after half a second: one at a time, never two in flight.
      slow.slowPath("/gone-" + i, java.time.Duration.ofMillis(500));
      broken.add(BrokenTarget.of(PROD + "/gone-" + i));
    }
    try (DeployedSite s = slow.build().start()) {
      RedirectPlan p =
          RedirectSuggester.builder(HTTP, s.baseUrl())
              .pacing(new ProbePacing(4))
              .readSitemaps(false)
              .build()
              .suggest(broken);

      assertThat(p.suggestions()).hasSize(6);
      assertThat(s.maxInFlight()).isEqualTo(4);
    }
  }

  @Test
  void whereTheUrlRedirectedBeforeIsOfferedFirstButOnlyIfItStillAnswers() {
    try (DeployedSite s = Sites.redesign()) {
      RedirectPlan p =
          RedirectSuggester.builder(HTTP, s.baseUrl())
              .build()
              .suggest(
                  List.of(
                      new BrokenTarget(
                          PROD + "/spring-deals", 404, "HEAD 404", 5, 2, null, "/pricing/"),
                      new BrokenTarget(
                          PROD + "/staff", 404, "HEAD 404", 1, 1, null, PROD + "/about-us")));
      Map<String, Suggestion> s2 = plan(p);

      Suggestion deals = s2.get("/spring-deals");
      assertThat(deals.kind()).isEqualTo(Kind.REDIRECT);
      assertThat(deals.target()).isEqualTo("/pricing/");
      assertThat(deals.origin()).isEqualTo(CandidateOrigin.HISTORY);
      assertThat(deals.reason()).isEqualTo("before the deploy it redirected to /pricing/");
      // /about-us now redirects to an error: history or not, it is never offered.
      assertThat(s2.get("/staff").target()).isNotIn("/about-us", "/about-us-2020");
      assertThat(s2.get("/staff").origin()).isNotEqualTo(CandidateOrigin.HISTORY);
    }
  }
}
