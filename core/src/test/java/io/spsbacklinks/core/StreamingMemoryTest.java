package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 1,000,000 raw backlinks (10 pages of 100,000) walked by a child JVM limited to 64 MB of heap. The
 * server writes each page while the client reads it (MockWebServer would buffer whole bodies), so
 * the walk only passes if rows are parsed one at a time and pages are not materialised.
 */
class StreamingMemoryTest {
  private static final int PAGES = 10;
  private static final int ROWS_PER_PAGE = 100_000;

  private HttpServer server;
  private final List<String> problems = new ArrayList<>();
  private final AtomicInteger pagesServed = new AtomicInteger();

  /** Cursors with the characters that need encoding in a query string. */
  static String cursor(int page) {
    return "p" + page + "/a+b=c==";
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/backlinks/v1.0/get-raw-backlinks", this::servePage);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void servePage(HttpExchange exchange) throws IOException {
    HttpUrl url = HttpUrl.get("http://localhost" + exchange.getRequestURI());
    String next = url.queryParameter("next");
    int page = pagesServed.get();
    String expected = page == 0 ? null : cursor(page);
    if (expected == null ? next != null : !expected.equals(next)) {
      synchronized (problems) {
        problems.add("page " + page + " requested with next=" + next);
      }
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    pagesServed.incrementAndGet();
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0); // chunked: the body is generated as it is sent
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8),
            16 * 1024)) {
      out.write("{\"backlinks\": [");
      for (int i = 0; i < ROWS_PER_PAGE; i++) {
        if (i > 0) {
          out.write(',');
        }
        int n = page * ROWS_PER_PAGE + i;
        out.write(
            "{\"url_from\":\"https://ref"
                + n
                + ".example/p\",\"url_to\":\"https://big"
                + ".example/\",\"title\":\"Row "
                + n
                + "\",\"anchor\":\"a\",\"alt\":null,"
                + "\"nofollow\":false,\"image\":false,\"image_source\":null,\"inlink_rank\":"
                + (n % 3 == 0 ? -1 : 1)
                + ",\"domain_inlink_rank\":2,\"first_seen\":\"2020-01-01\","
                + "\"last_visited\":\"2020-01-02\"}");
      }
      out.write("]");
      if (page + 1 < PAGES) {
        out.write(", \"next\": \"" + cursor(page + 1) + "\"");
      }
      out.write("}");
    }
  }

  @Test
  void walksAMillionRowsInA64MegabyteHeap() throws Exception {
    String endpoint =
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort()
            + "/backlinks/v1.0/";
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                RawWalkMain.class.getName(),
                endpoint)
            .redirectErrorStream(true)
            .start();
    String output;
    try (var in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .doesNotContain("OutOfMemoryError")
        .contains("COUNT=" + PAGES * ROWS_PER_PAGE + " PAGES=" + PAGES);
    long maxHeap = Long.parseLong(output.replaceAll("(?s).*MAXHEAP=(\\d+).*", "$1"));
    assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
    // Every third rank is -1 (unknown) and must not be summed as -1.
    long known = PAGES * ROWS_PER_PAGE - (PAGES * ROWS_PER_PAGE + 2) / 3;
    assertThat(output).contains("RANKSUM=" + known);
    synchronized (problems) {
      assertThat(problems).isEmpty();
    }
    assertThat(pagesServed.get()).isEqualTo(PAGES);
  }
}
