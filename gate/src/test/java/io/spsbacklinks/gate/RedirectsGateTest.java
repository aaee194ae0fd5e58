package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.only;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.redirects.Suggestion;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The gate's redirect suggestions: wired after the broken-targets check, reported, written. */
class RedirectsGateTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  /**
   * The scenario's site after a redesign: /pricing (404) became /pricing/, /old (500) became
   * /old.html; the sitemap also lists /gone, which is broken. Nothing else exists.
   */
  private static DeployedSite redesigned() {
    String sitemap =
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>https://shop.example/pricing/</loc></url>"
            + "<url><loc>https://shop.example/old.html</loc></url>"
            + "<url><loc>https://shop.example/gone</loc></url>"
            + "<url><loc>https://shop.example/docs</loc></url></urlset>";
    return DeployedSite.builder()
        .fromScenario(SCENARIO)
        .notFoundByDefault()
        .page("/", "Shop")
        .page("/docs", "Docs")
        .page("/pricing/", "Pricing")
        .page("/old.html", "Old")
        .resource("/sitemap.xml", "application/xml", sitemap)
        .build()
        .start();
  }

  private static GateResult run(DeployedSite site, RedirectsPolicy redirects) {
    GatePolicy policy = only(true, false, false).redirects(redirects).build();
    return gate(SANDBOX.sandbox()).run(request(site, null, policy));
  }

  @Test
  void suggestsVerifiedRedirectsWithoutChangingAVerdict() {
    try (DeployedSite site = redesigned()) {
      GateResult on = run(site, RedirectsPolicy.defaults());
      GateResult off = run(site, RedirectsPolicy.defaults().withEnabled(false));

      assertThat(off.redirects()).isNull();
      assertThat(on.rules()).isEqualTo(off.rules());
      assertThat(on.verdict()).isEqualTo(off.verdict());
      List<Suggestion> rules = RuleFormat.rules(on.redirects().suggestions());
      assertThat(rules)
          .extracting(Suggestion::source, Suggestion::target)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("/pricing", "/pricing/"),
              org.assertj.core.groups.Tuple.tuple("/old", "/old.html"));
      // Most at stake first: /pricing's domains (80 and unknown) outweigh /old's (50 and 70).
      assertThat(rules.get(0).weight()).isGreaterThan(rules.get(1).weight());
      List<String> brokenPaths =
          on.brokenUrls().stream()
              .map(u -> u.url().substring("https://shop.example".length()))
              .toList();
      assertThat(rules).extracting(Suggestion::target).doesNotContainAnyElementsOf(brokenPaths);
      assertThat(rules).extracting(Suggestion::target).doesNotContain("/gone");
      BrokenUrl loop =
          on.brokenUrls().stream().filter(u -> u.url().endsWith("/loop")).findFirst().orElseThrow();
      assertThat(on.fix(loop).orElseThrow().fix()).startsWith("no confident target");
      assertThat(on.redirects().probes()).isPositive();
    }
  }

  @Test
  void reportsCarryTheFixAndTheRuleFilesSitBesideThem(@TempDir Path dir) throws Exception {
    GateResult result;
    try (DeployedSite site = redesigned()) {
      result = run(site, RedirectsPolicy.defaults());
    }
    List<Path> written = GateReports.writeAll(result, dir);

    List<String> names = new ArrayList<>();
    written.forEach(p -> names.add(p.getFileName().toString()));
    assertThat(names)
        .contains(
            "redirects.nginx.conf",
            "redirects.apache.conf",
            "_redirects",
            "redirects.csv",
            "redirects.json");
    assertThat(Files.readAllLines(dir.resolve("_redirects")))
        .filteredOn(l -> !l.startsWith("#") && !l.isBlank())
        .containsExactly("/pricing /pricing/ 301", "/old /old.html 301");
    assertThat(Files.readString(dir.resolve("redirects.nginx.conf")))
        .contains("location = /pricing { return 301 /pricing/; }");
    assertThat(Files.readAllLines(dir.resolve("redirects.csv")).get(1)).startsWith("/pricing,");
    JsonNode rules = new ObjectMapper().readTree(dir.resolve("redirects.json").toFile());
    assertThat(rules.path("rules").get(0).path("target").asText()).isEqualTo("/pricing/");

    JsonNode report = new ObjectMapper().readTree(dir.resolve(GateReports.JSON_FILE).toFile());
    assertThat(report.path("schema").asText()).isEqualTo("sps-backlinks/gate-report@1");
    JsonNode pricing = report.path("broken_targets").path("broken").get(0);
    assertThat(pricing.path("url").asText()).isEqualTo("https://shop.example/pricing");
    assertThat(pricing.path("fix").path("kind").asText()).isEqualTo("redirect");
    assertThat(pricing.path("fix").path("target").asText()).isEqualTo("/pricing/");
    assertThat(report.path("redirects").path("rules").asInt()).isEqualTo(2);
    assertThat(report.path("redirects").path("probe_requests").asInt())
        .isEqualTo(result.redirects().probes());
    assertThat(report.path("policy").path("redirects").path("enabled").asBoolean()).isTrue();

    String md = Files.readString(dir.resolve(GateReports.MARKDOWN_FILE));
    assertThat(md)
        .contains("| Fix |", "301 to /pricing/ (97%)", "2 redirect rules suggested")
        .contains("[`_redirects`](_redirects)");
    Document html = ReportParsing.parse(Files.readString(dir.resolve(GateReports.HTML_FILE)));
    assertThat(html.getDocumentElement().getTextContent()).contains("301 to /old.html");
    assertThat(ReportParsing.all(html, "a").getLength()).isEqualTo(RuleFormat.values().length);
    Document junit = ReportParsing.parse(Files.readString(dir.resolve(GateReports.JUNIT_FILE)));
    org.w3c.dom.Element failure = (org.w3c.dom.Element) ReportParsing.all(junit, "failure").item(0);
    assertThat(failure.getAttribute("message"))
        .endsWith("fix: 2 redirect rules suggested in _redirects and the other redirects.* files");
    assertThat(failure.getTextContent()).contains("fix: 301 to /pricing/ (97%)");
  }

  @Test
  void offWritesNoRuleFilesAndNoFix(@TempDir Path dir) throws Exception {
    GateResult result;
    try (DeployedSite site = redesigned()) {
      result = run(site, RedirectsPolicy.defaults().withEnabled(false));
    }
    GateReports.writeAll(result, dir);

    assertThat(dir.resolve("_redirects")).doesNotExist();
    JsonNode report = new ObjectMapper().readTree(dir.resolve(GateReports.JSON_FILE).toFile());
    assertThat(report.path("redirects").isNull()).isTrue();
    assertThat(report.path("broken_targets").path("broken").get(0).path("fix").isNull()).isTrue();
  }

  @Test
  void aDeployedSiteUnderABasePathGetsANoteInsteadOfRulesThatWouldNotFit() {
    try (DeployedSite site = redesigned()) {
      GatePolicy policy = only(true, false, false).build();
      GateResult result =
          gate(SANDBOX.sandbox())
              .run(
                  new GateRequest(
                      GateFixtures.TARGET, null, site.baseUrl() + "/preview/", null, policy));

      assertThat(result.brokenUrls()).isNotEmpty();
      assertThat(result.redirects()).isNull();
      assertThat(result.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .startsWith(
                          "No redirect suggestions: the deployed base URL has a path (/preview/)"));
    }
  }

  @Test
  void policyFileReadsAndValidatesTheRedirectsSection() throws Exception {
    GatePolicy p =
        GatePolicies.read(
            new java.io.StringReader(
                "{\"redirects\": {\"enabled\": false, \"minConfidence\": 0.8,"
                    + " \"candidates\": [\"/pricing/\"]}}"));
    assertThat(p.redirects()).isEqualTo(new RedirectsPolicy(false, 0.8, List.of("/pricing/")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                GatePolicies.read(
                    new java.io.StringReader("{\"redirects\": {\"minConfidence\": 1.5}}")))
        .hasMessageContaining("redirects.minConfidence")
        .hasMessageContaining("[0, 1]");
  }

  private static GateResult runWith(DeployedSite site, int concurrency, Baseline baseline) {
    GatePolicy d = only(true, false, false).build();
    GatePolicy policy =
        d.toBuilder()
            .brokenTargets(d.brokenTargets().toBuilder().concurrency(concurrency).build())
            .build();
    return gate(SANDBOX.sandbox()).run(request(site, baseline, policy));
  }

  @Test
  void oneProbeAtATimeOrEightTheResultIsTheSame() {
    GateResult one;
    GateResult eight;
    int inFlightOne;
    try (DeployedSite site = redesigned()) { // one site: the reports name its port
      one = runWith(site, 1, null);
      inFlightOne = site.maxInFlight();
      eight = runWith(site, 8, null);
    }

    assertThat(inFlightOne).isEqualTo(1);
    assertThat(eight.rules()).isEqualTo(one.rules());
    assertThat(eight.brokenUrls()).isEqualTo(one.brokenUrls());
    assertThat(eight.unknownUrls()).isEqualTo(one.unknownUrls());
    assertThat(eight.notes()).isEqualTo(one.notes());
    assertThat(eight.redirects()).isEqualTo(one.redirects());
    assertThat(eight.newBaseline()).isEqualTo(one.newBaseline());
  }

  @Test
  void aSlowSiteIsProbedSeveralAtATimeButNeverMoreThanTheConcurrency() {
    // Every backlinked path answers after half a second: one at a time, the site would never see
    // two requests at once.
    DeployedSite.Builder slow = DeployedSite.builder().fromScenario(SCENARIO);
    for (String path : List.of("/pricing", "/old", "/loop", "/moved", "/", "/docs")) {
      slow.slowPath(path, java.time.Duration.ofMillis(500));
    }
    try (DeployedSite site = slow.build().start()) {
      GateResult result = runWith(site, 3, null);

      assertThat(result.probedUrls()).isEqualTo(6);
      assertThat(site.maxInFlight()).isEqualTo(3);
    }
  }

  @Test
  void whereABrokenUrlRedirectedBeforeTheDeployIsSuggestedFromTheBaseline() throws Exception {
    GateResult healthy;
    try (DeployedSite before =
        DeployedSite.builder()
            .redirect("/old", "/new-home")
            .page("/new-home", "Home")
            .build()
            .start()) {
      healthy = runWith(before, 4, null);
    }
    assertThat(healthy.newBaseline().redirects())
        .containsEntry("https://shop.example/old", "/new-home")
        .doesNotContainKey("https://shop.example/pricing"); // answered directly: no history
    // Through the baseline file, as the CLI and Jenkins keep it.
    java.io.StringWriter file = new java.io.StringWriter();
    Baselines.write(healthy.newBaseline(), file);
    Baseline stored = Baselines.read(new java.io.StringReader(file.toString()));

    GateResult broken;
    GateResult noHistory;
    try (DeployedSite after =
        DeployedSite.builder()
            .notFoundByDefault()
            .page("/", "Shop")
            .page("/pricing", "Pricing")
            .page("/docs", "Docs")
            .page("/new-home", "Home")
            .build()
            .start()) {
      broken = runWith(after, 4, stored);
      noHistory = runWith(after, 4, null);
    }

    Suggestion old =
        broken.redirects().suggestions().stream()
            .filter(x -> x.source().equals("/old"))
            .findFirst()
            .orElseThrow();
    assertThat(old.kind()).isEqualTo(Suggestion.Kind.REDIRECT);
    assertThat(old.target()).isEqualTo("/new-home");
    assertThat(old.origin()).isEqualTo(Suggestion.CandidateOrigin.HISTORY);
    assertThat(old.reason()).isEqualTo("before the deploy it redirected to /new-home");
    assertThat(noHistory.redirects().suggestions())
        .filteredOn(x -> x.source().equals("/old"))
        .extracting(Suggestion::kind)
        .containsExactly(Suggestion.Kind.NO_CONFIDENT_TARGET);
    // The broken run keeps the history it could not confirm.
    assertThat(broken.newBaseline().redirects())
        .containsEntry("https://shop.example/old", "/new-home");
  }
}
