package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DeployedSiteTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void brokenRedirectingAndHealthyPaths() throws Exception {
        try (DeployedSite site = DeployedSite.builder().port(0).brokenPath("/pricing", 404).brokenPath("/old", 500)
                .redirect("/a", "/b").redirectLoop("/loop").build().start()) {
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
    void badConfigurationIsRejected() {
        assertThatThrownBy(() -> DeployedSite.builder().brokenPath("/x", 200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[400, 599]");
        assertThatThrownBy(() -> DeployedSite.builder().redirect("no-slash", "/b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start with '/'");
    }
}
