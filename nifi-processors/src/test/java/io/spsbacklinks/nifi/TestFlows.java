package io.spsbacklinks.nifi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spsbacklinks.sandbox.KeyState;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.nifi.csv.CSVRecordSetWriter;
import org.apache.nifi.json.JsonRecordSetWriter;
import org.apache.nifi.processor.Processor;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.provenance.ProvenanceEventRecord;
import org.apache.nifi.reporting.InitializationException;
import org.apache.nifi.serialization.RecordSetWriterFactory;
import org.apache.nifi.util.LogMessage;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.apache.nifi.util.TestRunners;

/** Builds TestRunners wired to the sandbox with the real record writers, and reads their output. */
final class TestFlows {
  /** A key of our own, so that a leak of it anywhere is unmistakable. */
  static final String API_KEY = "nifi-test-key-7Hq2Zx";

  static final String SERVICE_ID = "backlinks-api";
  static final String WRITER_ID = "writer";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Relationship[] RELATIONSHIPS = {
    AbstractBacklinksProcessor.REL_SUCCESS,
    AbstractBacklinksProcessor.REL_FAILURE,
    AbstractBacklinksProcessor.REL_RETRY,
    AbstractBacklinksProcessor.REL_ORIGINAL
  };

  private TestFlows() {}

  /** Registers {@link #API_KEY} as an active key with plenty of units. */
  static void addKey(Sandbox sandbox) {
    addKey(sandbox, API_KEY);
  }

  /** Registers {@code apiKey} as an active key with plenty of units; returns it. */
  static String addKey(Sandbox sandbox, String apiKey) {
    sandbox.keys().add(apiKey, KeyState.ACTIVE, 1_000_000_000L);
    return apiKey;
  }

  /**
   * A runner for {@code processor} with a {@link StandardBacklinksApiService} on the sandbox (one
   * attempt per request unless told otherwise, never a real wait) and a JSON writer.
   */
  static TestRunner runner(Processor processor, Sandbox sandbox) {
    return runner(processor, sandbox, API_KEY, 1);
  }

  static TestRunner runner(Processor processor, Sandbox sandbox, String apiKey, int maxAttempts) {
    TestRunner runner = TestRunners.newTestRunner(processor);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    try {
      runner.addControllerService(SERVICE_ID, service);
    } catch (InitializationException e) {
      throw new IllegalStateException(e);
    }
    runner.setProperty(service, StandardBacklinksApiService.API_KEY, apiKey);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, sandbox.endpoint());
    runner.setProperty(
        service, StandardBacklinksApiService.MAX_ATTEMPTS, String.valueOf(maxAttempts));
    // Retries in a request must never sleep for real in tests.
    runner.setProperty(service, StandardBacklinksApiService.MAX_RETRY_WAIT, "0 sec");
    runner.enableControllerService(service);
    runner.setProperty(BacklinksProperties.API_SERVICE, SERVICE_ID);
    useJsonWriter(runner);
    return runner;
  }

  /** A runner for {@code processor} using {@code service} as its API service, and a JSON writer. */
  static TestRunner runner(Processor processor, BacklinksApiService service) {
    TestRunner runner = TestRunners.newTestRunner(processor);
    try {
      runner.addControllerService(SERVICE_ID, service);
    } catch (InitializationException e) {
      throw new IllegalStateException(e);
    }
    runner.enableControllerService(service);
    runner.setProperty(BacklinksProperties.API_SERVICE, SERVICE_ID);
    useJsonWriter(runner);
    return runner;
  }

  /** The real JsonRecordSetWriter, writing DATE fields as yyyy-MM-dd. */
  static void useJsonWriter(TestRunner runner) {
    useWriter(runner, new JsonRecordSetWriter());
  }

  /** The real CSVRecordSetWriter (RFC 4180, header line), writing DATE fields as yyyy-MM-dd. */
  static void useCsvWriter(TestRunner runner) {
    CSVRecordSetWriter writer = new CSVRecordSetWriter();
    useWriter(runner, writer);
    runner.disableControllerService(writer);
    runner.setProperty(writer, "CSV Format", "rfc-4180");
    runner.enableControllerService(writer);
  }

  private static void useWriter(TestRunner runner, RecordSetWriterFactory writer) {
    if (runner.getControllerService(WRITER_ID) != null) {
      runner.disableControllerService(runner.getControllerService(WRITER_ID));
      runner.removeControllerService(runner.getControllerService(WRITER_ID));
    }
    try {
      runner.addControllerService(WRITER_ID, writer);
    } catch (InitializationException e) {
      throw new IllegalStateException(e);
    }
    runner.setProperty(writer, "Date Format", "yyyy-MM-dd");
    runner.enableControllerService(writer);
    runner.setProperty(BacklinksProperties.RECORD_WRITER, WRITER_ID);
  }

  /** The records of a FlowFile written by the JSON writer. */
  static List<JsonNode> records(MockFlowFile flowFile) {
    try {
      JsonNode array = JSON.readTree(flowFile.getContent());
      List<JsonNode> records = new ArrayList<>();
      array.forEach(records::add);
      return records;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The records of several FlowFiles, in order. */
  static List<JsonNode> records(List<MockFlowFile> flowFiles) {
    return flowFiles.stream().flatMap(flowFile -> records(flowFile).stream()).toList();
  }

  /** The JSON record the processors must write for a backlink of the sandbox's index. */
  static JsonNode expected(SandboxBacklink backlink) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("url_from", backlink.urlFrom());
    node.put("url_to", backlink.urlTo());
    node.put("title", backlink.title());
    node.put("anchor", backlink.anchor());
    node.put("alt", backlink.alt());
    node.put("nofollow", backlink.nofollow());
    node.put("image", backlink.image());
    node.put("image_source", backlink.imageSource());
    putRank(node, "inlink_rank", backlink.inlinkRank());
    putRank(node, "domain_inlink_rank", backlink.domainInlinkRank());
    node.put("first_seen", backlink.firstSeen().toString());
    node.put("last_visited", backlink.lastVisited().toString());
    return node;
  }

  /** The expected records of all backlinks of a target, in the sandbox's order. */
  static List<JsonNode> expectedBacklinks(Sandbox sandbox, String target, String mode) {
    try (Stream<SandboxBacklink> backlinks = sandbox.index().backlinks(target, mode)) {
      return backlinks.map(TestFlows::expected).toList();
    }
  }

  private static void putRank(ObjectNode node, String field, int rank) {
    if (rank == -1) {
      node.putNull(field);
    } else {
      node.put(field, rank);
    }
  }

  /**
   * Asserts that the API key appears in no attribute of any FlowFile the runner saw, no provenance
   * event and no log message.
   */
  static void assertNoKeyLeaked(TestRunner runner) {
    assertNoKeyLeaked(runner, API_KEY);
  }

  /** Like {@link #assertNoKeyLeaked(TestRunner)} for another key. */
  static void assertNoKeyLeaked(TestRunner runner, String apiKey) {
    List<String> seen = new ArrayList<>();
    for (Relationship relationship : RELATIONSHIPS) {
      for (MockFlowFile flowFile : runner.getFlowFilesForRelationship(relationship)) {
        seen.addAll(flowFile.getAttributes().values());
      }
    }
    for (ProvenanceEventRecord event : runner.getProvenanceEvents()) {
      seen.add(event.getTransitUri());
      seen.add(event.getDetails());
      event.getAttributes().values().forEach(seen::add);
    }
    Stream.of(
            runner.getLogger().getErrorMessages(),
            runner.getLogger().getWarnMessages(),
            runner.getLogger().getInfoMessages())
        .flatMap(List::stream)
        .forEach(
            message -> {
              seen.add(message.getMsg());
              seen.add(Arrays.toString(message.getArgs()));
              if (message.getThrowable() != null) {
                seen.add(String.valueOf(message.getThrowable()));
              }
            });
    assertThat(seen).isNotEmpty().noneMatch(text -> text != null && text.contains(apiKey));
  }

  /** The messages logged at error or warn level, formatted with their arguments. */
  static List<String> problems(TestRunner runner) {
    return Stream.of(runner.getLogger().getErrorMessages(), runner.getLogger().getWarnMessages())
        .flatMap(List::stream)
        .map(TestFlows::format)
        .toList();
  }

  static String format(LogMessage message) {
    return message.getMsg() + " " + Arrays.toString(message.getArgs());
  }

  /** Attributes of an incoming FlowFile. */
  static Map<String, String> attributes(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-28T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
