package io.spsbacklinks.bench.nifi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.spsbacklinks.bench.BacklinkTally;
import io.spsbacklinks.nifi.StandardBacklinksApiService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.nifi.json.JsonRecordSetWriter;
import org.apache.nifi.processor.Processor;
import org.apache.nifi.reporting.InitializationException;
import org.apache.nifi.util.TestRunner;
import org.apache.nifi.util.TestRunners;

/**
 * PageRawBacklinks and FetchRawBacklinks on nifi-mock, wired as a flow would be, and a reader of
 * what it writes.
 */
public final class NifiFlows {
  private static final JsonFactory JSON = new JsonFactory();

  private NifiFlows() {}

  /**
   * A runner for {@code processor} (PageRawBacklinks or FetchRawBacklinks) with a
   * StandardBacklinksApiService on {@code endpoint} (retry waits of 0: nothing sleeps) and a
   * JsonRecordSetWriter writing dates as yyyy-MM-dd.
   */
  public static TestRunner rawBacklinks(
      Processor processor,
      String endpoint,
      String apiKey,
      int maxAttempts,
      String target,
      int pageSize) {
    TestRunner runner = TestRunners.newTestRunner(processor);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    JsonRecordSetWriter writer = new JsonRecordSetWriter();
    try {
      runner.addControllerService("backlinks-api", service);
      runner.addControllerService("writer", writer);
    } catch (InitializationException e) {
      throw new IllegalStateException(e);
    }
    runner.setProperty(service, "API Key", apiKey);
    runner.setProperty(service, "Endpoint URL", endpoint);
    runner.setProperty(service, "Max Attempts", String.valueOf(maxAttempts));
    runner.setProperty(service, "Max Retry Wait", "0 sec");
    runner.enableControllerService(service);
    runner.setProperty(writer, "Date Format", "yyyy-MM-dd");
    runner.enableControllerService(writer);
    runner.setProperty("Backlinks API Service", "backlinks-api");
    runner.setProperty("Record Writer", "writer");
    runner.setProperty("Target", target);
    runner.setProperty("Mode", "domain");
    runner.setProperty("Page Size", String.valueOf(pageSize));
    return runner;
  }

  /** Adds the backlink records of a JSON array written by the JsonRecordSetWriter. */
  public static void addRecords(BacklinkTally tally, byte[] content) {
    try (JsonParser parser = JSON.createParser(content)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("not a JSON array of records");
      }
      Map<String, String> fields = new HashMap<>();
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        fields.clear();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
        tally.add(
            fields.get("url_from"),
            fields.get("url_to"),
            fields.get("title"),
            fields.get("anchor"),
            fields.get("alt"),
            Boolean.parseBoolean(fields.get("nofollow")),
            Boolean.parseBoolean(fields.get("image")),
            fields.get("image_source"),
            rank(fields.get("inlink_rank")),
            rank(fields.get("domain_inlink_rank")),
            date(fields.get("first_seen")),
            date(fields.get("last_visited")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int rank(String value) {
    return value == null ? -1 : Integer.parseInt(value);
  }

  private static LocalDate date(String value) {
    return value == null ? null : LocalDate.parse(value);
  }
}
