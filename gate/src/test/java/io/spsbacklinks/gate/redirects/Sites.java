package io.spsbacklinks.gate.redirects;

import io.spsbacklinks.sandbox.DeployedSite;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;

/** Deployed sites after a redesign, and sitemaps for them, shared by the redirect tests. */
final class Sites {
  /** The production host the backlinks point to; the deployed preview runs on loopback. */
  static final String PROD = "https://www.example.com";

  static final OkHttpClient HTTP = new OkHttpClient();

  private Sites() {}

  /**
   * The redesign: /blog/10-seo-tips renamed, /blog/link-building moved to /guides/, /Pricing now
   * /pricing/, /p/1234 became a titled product page, the 2019 picnic post and /about deleted
   * (/about-us redirects to an error); the sitemaps also list a page that is broken.
   */
  static DeployedSite redesign() {
    return redesignBuilder().build().start();
  }

  /** {@link #redesign()}, still open to more paths (the rules applied, say). */
  static DeployedSite.Builder redesignBuilder() {
    return DeployedSite.builder()
        .notFoundByDefault()
        .page("/", "Acme")
        .page("/blog/", "Blog | Acme")
        .page("/pricing/", "Pricing | Acme")
        .page("/blog/ten-seo-tips", "Ten SEO tips | Acme")
        .page("/guides/link-building", "Link building | Acme")
        .page("/products/blue-widget-deluxe", "Blue Widget Deluxe | Acme")
        .page("/team", "Our team | Acme")
        .redirect("/about-us", "/about-us-2020")
        .brokenPath("/blog/10-seo-tip", 404)
        .resource(
            "/robots.txt",
            "text/plain",
            "User-agent: *\nDisallow:\n\nSitemap: " + PROD + "/sitemap_index.xml\n")
        .resource(
            "/sitemap_index.xml",
            "application/xml",
            index(
                PROD + "/sitemap-pages.xml",
                PROD + "/sitemap-blog.xml.gz",
                "https://elsewhere.example.org/sitemap.xml"))
        .resource(
            "/sitemap-pages.xml",
            "application/xml",
            urlset(
                PROD + "/",
                PROD + "/pricing/",
                PROD + "/guides/link-building",
                PROD + "/about-us",
                PROD + "/team",
                "https://elsewhere.example.org/x"))
        .resource(
            "/sitemap-blog.xml.gz",
            "application/x-gzip",
            gzip(
                urlset(
                    PROD + "/blog/",
                    PROD + "/blog/ten-seo-tips",
                    PROD + "/blog/10-seo-tip",
                    PROD + "/products/blue-widget-deluxe")));
  }

  static String index(String... sitemaps) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String sitemap : sitemaps) {
      xml.append("  <sitemap><loc>")
          .append(sitemap)
          .append("</loc><lastmod>2026-11-01</lastmod></sitemap>\n");
    }
    return xml.append("</sitemapindex>\n").toString();
  }

  static String urlset(String... urls) {
    return urlsetHead()
        + String.join("", List.of(urls).stream().map(Sites::entry).toList())
        + "</urlset>\n";
  }

  private static String urlsetHead() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  }

  private static String entry(String url) {
    return "  <url><loc>" + url + "</loc><changefreq>weekly</changefreq></url>\n";
  }

  static java.util.function.Supplier<InputStream> gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = bytes.toByteArray();
    return () -> new ByteArrayInputStream(body);
  }

  /**
   * A sitemap of {@code count} distinct pages, generated while it is sent: never in memory whole.
   */
  static InputStream hugeSitemap(String host, int count) {
    Enumeration<InputStream> parts =
        new Enumeration<>() {
          private int next = -1;

          @Override
          public boolean hasMoreElements() {
            return next <= count;
          }

          @Override
          public InputStream nextElement() {
            String text =
                next < 0
                    ? urlsetHead()
                    : next == count ? "</urlset>\n" : entry(host + "/item/" + next);
            next++;
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
          }
        };
    return new SequenceInputStream(parts);
  }
}
