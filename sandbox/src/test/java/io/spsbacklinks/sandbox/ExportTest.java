package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Async export: task states on the sandbox clock, one running task per key, the streamed .csv.gz.
 */
class ExportTest {
  static final String HEADER =
      "url_from,url_to,title,anchor,alt,nofollow,image,image_source,inlink_rank,"
          + "domain_inlink_rank,first_seen,last_visited";

  private static Sandbox sandbox;
  private static TestApi api;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().exportDelay(Duration.ofMinutes(10)).build().start();
    api = new TestApi(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** Requests an export, moves the clock past the delay and returns the download URL. */
  static String export(Sandbox sandbox, TestApi api, String target, String mode) {
    JsonNode queued =
        ConformanceTest.ok(api.get("download-all-backlinks", "target", target, "mode", mode));
    assertThat(queued.get("task_status").asText()).isEqualTo("queued_for_processing");
    sandbox.advance(Duration.ofMinutes(10));
    JsonNode status =
        ConformanceTest.ok(
            api.get("download-all-backlinks-status", "task_id", queued.get("task_id").asText()));
    assertThat(status.get("task_status").asText()).isEqualTo("complete");
    return status.get("download_file").asText();
  }

  @Test
  void exportDecodesToTheSameBacklinksAsRawPaging() throws Exception {
    String target = "big-30000.example";
    long unitsBefore = sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY);
    String file = export(sandbox, api, target, "domain");
    assertThat(unitsBefore - sandbox.keys().unitsLeft(Sandbox.DEMO_API_KEY)).isEqualTo(30_000);

    // Raw paging, the other way to read everything.
    List<String> raw = new ArrayList<>();
    String next = null;
    do {
      JsonNode page =
          ConformanceTest.ok(
              next == null
                  ? api.get(
                      "get-raw-backlinks", "target", target, "mode", "domain", "limit", "12000")
                  : api.get(
                      "get-raw-backlinks",
                      "target",
                      target,
                      "mode",
                      "domain",
                      "limit",
                      "12000",
                      "next",
                      next));
      page.get("backlinks").forEach(row -> raw.add(row.get("url_from").asText()));
      next = page.has("next") ? page.get("next").asText() : null;
    } while (next != null);

    // Fetched without the API key, as the document's flow does.
    HttpResponse<InputStream> response =
        api.http.send(
            HttpRequest.newBuilder(URI.create(file)).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    Iterator<SandboxBacklink> truth = sandbox.index().backlinks(target, "domain").iterator();
    int rows = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(response.body()), StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).isEqualTo(HEADER);
      for (List<String> record = Csv.read(reader); record != null; record = Csv.read(reader)) {
        SandboxBacklink expected = truth.next();
        assertThat(record)
            .containsExactly(
                expected.urlFrom(),
                expected.urlTo(),
                expected.title(),
                expected.anchor(),
                "",
                Boolean.toString(expected.nofollow()),
                Boolean.toString(expected.image()),
                expected.imageSource() == null ? "" : expected.imageSource(),
                Integer.toString(expected.inlinkRank()),
                Integer.toString(expected.domainInlinkRank()),
                expected.firstSeen().toString(),
                expected.lastVisited().toString());
        assertThat(record.get(0)).isEqualTo(raw.get(rows));
        rows++;
      }
    }
    assertThat(truth.hasNext()).isFalse();
    assertThat(rows).isEqualTo(raw.size()).isEqualTo(30_000);
  }

  @Test
  void csvQuotesCommasQuotesAndUnicode() throws Exception {
    String file = export(sandbox, api, "seopowersuite.com", "domain");
    String csv;
    try (InputStream in =
        new GZIPInputStream(
            api.http
                .send(
                    HttpRequest.newBuilder(URI.create(file)).build(),
                    HttpResponse.BodyHandlers.ofInputStream())
                .body())) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(csv).contains("\"\"").contains("\r\n");
    assertThat(csv).containsPattern("[^\\x00-\\x7F]");
    assertThat(csv.split("\r\n"))
        .hasSize(1 + (int) sandbox.index().count("seopowersuite.com", "domain"));
  }

  @Test
  void oneRunningTaskPerKeyAndUnknownTasks() {
    sandbox.keys().add("exporter", KeyState.ACTIVE, 1_000_000);
    TestApi exporter = api.withKey("exporter");
    JsonNode first =
        ConformanceTest.ok(exporter.get("download-all-backlinks", "target", "example.org"));
    assertThat(first.get("task_status").asText()).isEqualTo("queued_for_processing");
    TestApi.Response second = exporter.get("download-all-backlinks", "target", "example.net");
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("task_status").asText()).isEqualTo("rejected");
    // Another key is not affected, and cannot see this key's task.
    String id = first.get("task_id").asText();
    assertThat(
            ConformanceTest.ok(api.get("download-all-backlinks-status", "task_id", id))
                .get("task_status")
                .asText())
        .isEqualTo("task id is unknown or deleted");
    JsonNode unknown =
        ConformanceTest.ok(exporter.get("download-all-backlinks-status", "task_id", "NOPE"));
    assertThat(unknown.get("task_status").asText()).isEqualTo("task id is unknown or deleted");
    assertThat(unknown.get("task_id").asText()).isEqualTo("NOPE");

    sandbox.advance(Duration.ofMinutes(10));
    assertThat(
            ConformanceTest.ok(exporter.get("download-all-backlinks-status", "task_id", id))
                .get("task_status")
                .asText())
        .isEqualTo("complete");
    assertThat(
            ConformanceTest.ok(exporter.get("download-all-backlinks", "target", "example.net"))
                .get("task_status")
                .asText())
        .isEqualTo("queued_for_processing");

    // Deleted 24 hours after completing; its file goes with it.
    String file =
        ConformanceTest.ok(exporter.get("download-all-backlinks-status", "task_id", id))
            .get("download_file")
            .asText();
    sandbox.advance(Duration.ofHours(25));
    assertThat(
            ConformanceTest.ok(exporter.get("download-all-backlinks-status", "task_id", id))
                .get("task_status")
                .asText())
        .isEqualTo("task id is unknown or deleted");
    assertThat(api.send(HttpRequest.newBuilder(URI.create(file)).GET().build()).status())
        .isEqualTo(404);
  }

  @Test
  void exportsCostTheirRowsUpFront() {
    sandbox.keys().add("poor-exporter", KeyState.ACTIVE, 10);
    ErrorsTest.assertError(
        api.withKey("poor-exporter").get("download-all-backlinks", "target", "example.org"),
        402,
        "Insufficient funds, API key is temporarily disabled. Please make a payment to enable you API key,"
            + " or contact us at api@seopowersuite.com.");
    assertThat(sandbox.keys().unitsLeft("poor-exporter")).isEqualTo(10);
  }

  @Test
  void truncatedGzipFault() throws Exception {
    String file = export(sandbox, api, "example.org", "domain");
    sandbox.faults(Faults.builder().truncateGzip(1.0).build());
    try {
      TestApi.Response response = api.send(HttpRequest.newBuilder(URI.create(file)).GET().build());
      // HTTP says all is well; only the gzip stream is cut.
      assertThat(response.status()).isEqualTo(200);
      assertThatThrownBy(
              () -> {
                try (InputStream in =
                    new GZIPInputStream(new ByteArrayInputStream(response.bytes()))) {
                  in.readAllBytes();
                }
              })
          .isInstanceOf(EOFException.class);
    } finally {
      sandbox.faults(Faults.none());
    }
  }

  /** A small RFC 4180 reader, independent of the sandbox's writer. */
  static final class Csv {
    static List<String> read(BufferedReader reader) throws IOException {
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      while (true) {
        if (quoted) {
          if (c == '"') {
            reader.mark(1);
            int peek = reader.read();
            if (peek == '"') {
              field.append('"');
            } else {
              quoted = false;
              reader.reset();
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\r') {
          reader.read();
          fields.add(field.toString());
          return fields;
        } else {
          field.append((char) c);
        }
        c = reader.read();
        if (c < 0) {
          fields.add(field.toString());
          return fields;
        }
      }
    }
  }
}
