package io.spsbacklinks.gate.redirects;

import static io.spsbacklinks.gate.redirects.Sites.HTTP;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.DeployedSite;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Sitemaps are streamed, and every limit ends the reading cleanly with a counter that says so. */
class SitemapReaderTest {
  private static final int HUGE = 200_000;

  private static SitemapStats read(DeployedSite site, SitemapLimits limits, LongSupplier clock) {
    HttpUrl base = HttpUrl.get(site.baseUrl());
    return new SitemapReader(HTTP, base, u -> u.host().equals(base.host()), limits, clock)
        .read()
        .stats();
  }

  private static DeployedSite huge() {
    return DeployedSite.builder()
        .notFoundByDefault()
        .resource(
            "/sitemap.xml", "application/xml", () -> Sites.hugeSitemap("http://127.0.0.1", HUGE))
        .build()
        .start();
  }

  @Test
  void aHugeSitemapStopsAtTheUrlCapWithoutReadingTheRest() {
    try (DeployedSite site = huge()) {
      SitemapStats stats =
          read(
              site,
              new SitemapLimits(5, 1_000, 64L << 20, Duration.ofMinutes(5)),
              System::nanoTime);
      assertThat(stats.urlsKept()).isEqualTo(1_000);
      assertThat(stats.stoppedBy()).isEqualTo("URLs (1000)");
      assertThat(stats.urlsSeen()).isEqualTo(1_001);
      // 200,000 entries are ~14 MB; the reader stopped within the first few hundred KB.
      assertThat(stats.bytesParsed()).isLessThan(1L << 20);
    }
  }

  @Test
  void aHugeSitemapStopsAtTheByteCap() {
    try (DeployedSite site = huge()) {
      SitemapStats stats =
          read(site, new SitemapLimits(5, HUGE, 100_000, Duration.ofMinutes(5)), System::nanoTime);
      assertThat(stats.stoppedBy()).isEqualTo("bytes (100000)");
      assertThat(stats.bytesParsed()).isEqualTo(100_000);
      assertThat(stats.urlsKept()).isBetween(1_000, 2_000);
    }
  }

  @Test
  void theByteCapCountsDecompressedBytesSoAGzipBombStopsToo() {
    String[] pages = new String[20_000];
    for (int i = 0; i < pages.length; i++) {
      pages[i] = "http://127.0.0.1/same/page/" + (i % 10);
    }
    try (DeployedSite site =
        DeployedSite.builder()
            .resource("/sitemap.xml", "application/octet-stream", Sites.gzip(Sites.urlset(pages)))
            .build()
            .start()) {
      SitemapStats stats =
          read(site, new SitemapLimits(5, 1_000, 200_000, Duration.ofMinutes(5)), System::nanoTime);
      assertThat(stats.stoppedBy()).isEqualTo("bytes (200000)");
      assertThat(stats.urlsKept()).isEqualTo(10);
    }
  }

  @Test
  void theTimeBudgetEndsTheReading() {
    AtomicLong now = new AtomicLong();
    LongSupplier oneSecondPerLook = () -> now.getAndAdd(Duration.ofSeconds(1).toNanos());
    try (DeployedSite site = huge()) {
      SitemapStats stats =
          read(
              site,
              new SitemapLimits(5, HUGE, 64L << 20, Duration.ofSeconds(10)),
              oneSecondPerLook);
      assertThat(stats.stoppedBy()).isEqualTo("time (PT10S)");
      assertThat(stats.urlsKept()).isBetween(9, 11);
    }
  }

  @Test
  void theSitemapFileCapBoundsIndexes() {
    DeployedSite.Builder builder =
        DeployedSite.builder()
            .notFoundByDefault()
            .resource(
                "/sitemap.xml",
                "application/xml",
                Sites.index("/s1.xml", "/s2.xml", "/s3.xml", "/s4.xml"));
    for (int i = 1; i <= 4; i++) {
      builder.resource(
          "/s" + i + ".xml", "application/xml", Sites.urlset("http://127.0.0.1/page-" + i));
    }
    try (DeployedSite site = builder.build().start()) {
      SitemapStats stats =
          read(site, new SitemapLimits(3, 100, 1 << 20, Duration.ofMinutes(1)), System::nanoTime);
      assertThat(stats.sitemapsRead()).isEqualTo(3);
      assertThat(stats.urlsKept()).isEqualTo(2);
      assertThat(stats.stoppedBy()).isEqualTo("sitemap files (3)");
    }
  }

  @Test
  void aRedirectedSitemapIsFollowedOnTheSiteOnly() {
    try (DeployedSite site =
        DeployedSite.builder()
            .notFoundByDefault()
            .redirect("/sitemap.xml", "/sitemap_index.xml")
            .redirect("/sitemap_index.xml", "https://elsewhere.example.org/sitemap.xml")
            .resource("/robots.txt", "text/plain", "Sitemap: /old-sitemap.xml\n")
            .redirect("/old-sitemap.xml", "/pages.xml")
            .resource(
                "/pages.xml",
                "application/xml",
                Sites.urlset("http://127.0.0.1/a", "http://127.0.0.1/b"))
            .build()
            .start()) {
      SitemapStats stats = read(site, SitemapLimits.DEFAULT, System::nanoTime);
      assertThat(stats.urlsKept()).isEqualTo(2);
      assertThat(stats.offSiteSkipped()).isEqualTo(1);
      assertThat(stats.problems()).isEmpty();
    }
  }

  @Test
  void entitiesAreNeverResolvedAndABrokenSitemapIsAProblemNotAFailure() {
    try (DeployedSite site =
        DeployedSite.builder()
            .notFoundByDefault()
            .resource("/robots.txt", "text/plain", "sitemap: /evil.xml\nSitemap: /missing.xml\n")
            .resource(
                "/evil.xml",
                "application/xml",
                "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE urlset [<!ENTITY e SYSTEM \"/secret\">]>\n<urlset><url><loc>&e;</loc></url></urlset>")
            .build()
            .start()) {
      SitemapStats stats = read(site, SitemapLimits.DEFAULT, System::nanoTime);
      assertThat(site.requestLog()).noneMatch(line -> line.contains("/secret"));
      assertThat(stats.urlsKept()).isZero();
      assertThat(stats.problems())
          .hasSize(2)
          .anyMatch(p -> p.startsWith("/evil.xml: not a sitemap"))
          .contains("/missing.xml: HTTP 404");
    }
  }
}
