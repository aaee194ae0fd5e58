package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployedSiteTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String method, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void brokenRedirectingAndHealthyPaths() throws Exception {
    try (DeployedSite site =
        DeployedSite.builder()
            .port(0)
            .brokenPath("/pricing", 404)
            .brokenPath("/old", 500)
            .redirect("/a", "/b")
            .redirectLoop("/loop")
            .build()
            .start()) {
      String base = site.baseUrl();
      assertThat(send("GET", base + "/pricing").statusCode()).isEqualTo(404);
      assertThat(send("HEAD", base + "/pricing").statusCode()).isEqualTo(404);
      assertThat(send("GET", base + "/old").statusCode()).isEqualTo(500);
      HttpResponse<String> redirect = send("GET", base + "/a");
      assertThat(redirect.statusCode()).isEqualTo(301);
      assertThat(redirect.headers().firstValue("Location")).hasValue("/b");
      assertThat(send("GET", base + "/loop").headers().firstValue("Location")).hasValue("/loop");
      HttpResponse<String> ok = send("GET", base + "/features/");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.body()).contains("<html>");
      assertThat(send("HEAD", base + "/features/").statusCode()).isEqualTo(200);
      assertThat(site.requestLog()).contains("GET /pricing -> 404", "HEAD /features/ -> 200");
    }
  }

  @Test
  void headNotAllowedModeForcesAGetFallback() throws Exception {
    try (DeployedSite site = DeployedSite.builder().headNotAllowed().build().start()) {
      assertThat(send("HEAD", site.baseUrl() + "/").statusCode()).isEqualTo(405);
      assertThat(send("GET", site.baseUrl() + "/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void titledPagesResourcesAndNotFoundByDefault() throws Exception {
    try (DeployedSite site =
        DeployedSite.builder()
            .notFoundByDefault()
            .page("/about", "About <us>")
            .resource("/robots.txt", "text/plain", "Sitemap: /sitemap.xml\n")
            .resource("/big.txt", "text/plain", () -> new ByteArrayInputStream(new byte[100_000]))
            .build()
            .start()) {
      String base = site.baseUrl();
      HttpResponse<String> about = send("GET", base + "/about");
      assertThat(about.statusCode()).isEqualTo(200);
      assertThat(about.body()).contains("<title>About &lt;us&gt;</title>");
      HttpResponse<String> robots = send("GET", base + "/robots.txt");
      assertThat(robots.body()).isEqualTo("Sitemap: /sitemap.xml\n");
      assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain");
      assertThat(send("GET", base + "/big.txt").body()).hasSize(100_000);
      assertThat(send("GET", base + "/unknown").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void servesTheRulesOfARedirectsFileOverBrokenPaths(@TempDir Path dir) throws Exception {
    Path rules = dir.resolve("_redirects");
    Files.writeString(rules, "# 1 redirect(s)\n\n/pricing /pricing/ 301\n# no rule for /old\n");
    try (DeployedSite site =
        DeployedSite.builder()
            .brokenPath("/pricing", 404)
            .netlifyRedirects(rules)
            .build()
            .start()) {
      HttpResponse<String> moved = send("GET", site.baseUrl() + "/pricing");
      assertThat(moved.statusCode()).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location")).hasValue("/pricing/");
    }
    Files.writeString(rules, "/blog/* /news/:splat 301\n");
    assertThatThrownBy(() -> DeployedSite.builder().netlifyRedirects(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("_redirects line 1");
  }

  @Test
  void aThrottledPathAnswers429WithRetryAfterAsOftenAsToldThenAsUsual() throws Exception {
    try (DeployedSite site =
        DeployedSite.builder()
            .throttle("/busy", 2, "3")
            .throttle("/bare", 1, null)
            .build()
            .start()) {
      HttpResponse<String> first = send("GET", site.baseUrl() + "/busy");
      assertThat(first.statusCode()).isEqualTo(429);
      assertThat(first.headers().firstValue("Retry-After")).hasValue("3");
      assertThat(send("HEAD", site.baseUrl() + "/busy").statusCode()).isEqualTo(429);
      assertThat(send("GET", site.baseUrl() + "/busy").statusCode()).isEqualTo(200);
      HttpResponse<String> bare = send("GET", site.baseUrl() + "/bare");
      assertThat(bare.statusCode()).isEqualTo(429);
      assertThat(bare.headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Test
  void countsTheMostRequestsInFlightAtOnce() throws Exception {
    try (DeployedSite site = DeployedSite.builder().build().start()) {
      assertThat(site.maxInFlight()).isZero();
      send("GET", site.baseUrl() + "/a");
      send("GET", site.baseUrl() + "/b");
      assertThat(site.maxInFlight()).isEqualTo(1); // one after the other: never two at once
    }
  }

  @Test
  void badConfigurationIsRejected() {
    assertThatThrownBy(() -> DeployedSite.builder().throttle("/x", 0, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("times must be at least 1");
    assertThatThrownBy(() -> DeployedSite.builder().brokenPath("/x", 200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[400, 599]");
    assertThatThrownBy(() -> DeployedSite.builder().redirect("no-slash", "/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start with '/'");
  }
}
