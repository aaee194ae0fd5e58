package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.DeployedSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backlinks redirects}: rules on stdout, a summary on stderr, bad input refused before any
 * request.
 */
class RedirectsCommandTest {
  private static DeployedSite site;

  @BeforeAll
  static void start() {
    site =
        DeployedSite.builder()
            .notFoundByDefault()
            .page("/", "Acme")
            .page("/blog/", "Blog")
            .page("/blog/ten-seo-tips", "Ten SEO tips")
            .page("/pricing/", "Pricing")
            .page("/guides/link-building", "Link building")
            .resource(
                "/sitemap.xml",
                "application/xml",
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>https://www.example.com/blog/ten-seo-tips</loc></url>"
                    + "<url><loc>https://www.example.com/pricing/</loc></url>"
                    + "<url><loc>https://www.example.com/blog/</loc></url></urlset>")
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void printsNginxRulesForRenamedAndRecasedPagesAndSaysWhatGotNone() {
    Cli.Result r =
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                site.baseUrl(),
                "--url",
                "https://www.example.com/blog/10-seo-tips",
                "--url",
                "https://www.example.com/Pricing",
                "--url",
                "https://www.example.com/blog/company-picnic-2019");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("location = /blog/10-seo-tips { return 301 /blog/ten-seo-tips; }")
        .contains("location = /Pricing { return 301 /pricing/; }")
        .doesNotContain("location = /blog/company-picnic-2019");
    assertThat(r.err())
        .contains("2 redirect(s), 1 without a confident target, 0 not broken")
        .contains("/blog/company-picnic-2019: no confident target")
        .contains("closest section page: /blog/");
  }

  @Test
  void readsWeightsTitlesAndCandidatesFromFilesAndSortsByWeight(@TempDir Path dir)
      throws Exception {
    Path urls =
        Files.writeString(
            dir.resolve("broken.tsv"),
            "# url, weight, title\n"
                + "https://www.example.com/Pricing\t2.5\n"
                + "https://www.example.com/blog/link-building\t30\tLink building\n");
    Path candidates = Files.writeString(dir.resolve("candidates.txt"), "/guides/link-building\n");
    Cli.Result r =
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                site.baseUrl(),
                "--url-file",
                urls.toString(),
                "--candidates-file",
                candidates.toString(),
                "--format",
                "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().split("\r\n"))
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines[1])
                  .startsWith(
                      "/blog/link-building,/guides/link-building,301,0.95,30.00,\"same title 'Link building'");
              assertThat(lines[2]).startsWith("/Pricing,/pricing/,301,0.97,2.50,");
            });
  }

  @Test
  void aHigherFloorWritesNoRuleForAWeakMatch() {
    Cli.Result r =
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                site.baseUrl(),
                "--min-confidence",
                "0.95",
                "--format",
                "netlify",
                "--url",
                "https://www.example.com/blog/10-seo-tips");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .doesNotContain("/blog/ten-seo-tips 301")
        .contains("# no rule for /blog/10-seo-tips");
  }

  @Test
  void badInputIsRefusedBeforeAnyRequest(@TempDir Path dir) {
    int before = site.requestLog().size();
    String base = site.baseUrl();
    assertUsage(
        Cli.plain().run("redirects", "--deployed-url", base), "Missing --url (or --url-file)");
    assertUsage(
        Cli.plain().run("redirects", "--deployed-url", base, "--url", "/x", "--format", "iis"),
        "Invalid --format: format must be one of nginx, apache, netlify, csv, json; was 'iis'");
    assertUsage(
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                base,
                "--url",
                "https://e.com/x",
                "--min-confidence",
                "1.5"),
        "Invalid --min-confidence: minConfidence must be within [0, 1], was 1.5");
    assertUsage(
        Cli.plain().run("redirects", "--deployed-url", "preview", "--url", "https://e.com/x"),
        "Invalid --deployed-url: deployed base URL must be an http(s) URL, was 'preview'");
    assertUsage(
        Cli.plain().run("redirects", "--deployed-url", base, "--url", "e.com/x"),
        "Invalid --url: 'e.com/x'; allowed: an http(s) URL.");
    assertUsage(
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                base,
                "--url-file",
                dir.resolve("none.tsv").toString()),
        "--url-file: no such file");
    assertUsage(
        Cli.plain()
            .run(
                "redirects",
                "--deployed-url",
                base,
                "--url",
                "https://e.com/x",
                "--probe-concurrency",
                "0"),
        "Invalid --probe-concurrency: concurrency must be within 1..64, was 0");
    assertThat(site.requestLog()).hasSize(before);
  }

  private static void assertUsage(Cli.Result r, String message) {
    assertThat(r.exit()).isEqualTo(BacklinksCli.EXIT_USAGE);
    assertThat(r.err()).contains(message);
  }
}
