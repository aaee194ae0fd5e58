package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_CODE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_MESSAGE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_FAILURE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_RETRY;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.BATCH_INDEX;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.RECORD_READER;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.TARGETS;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.TARGETS_DONE;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.TARGET_FIELD;
import static io.spsbacklinks.nifi.AbstractTargetsProcessor.TARGET_SOURCE;
import static io.spsbacklinks.nifi.TestFlows.attributes;
import static io.spsbacklinks.nifi.TestFlows.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.nifi.annotation.configuration.DefaultSchedule;
import org.apache.nifi.annotation.configuration.DefaultSettings;
import org.apache.nifi.json.JsonTreeReader;
import org.apache.nifi.provenance.ProvenanceEventType;
import org.apache.nifi.reporting.InitializationException;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GetMetrics and GetInlinkRank: targets from a property or from records, 100 per request. */
class TargetsProcessorsTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
  }

  private static void readTargetsFromRecords(TestRunner runner, String field)
      throws InitializationException {
    JsonTreeReader reader = new JsonTreeReader();
    runner.addControllerService("reader", reader);
    runner.enableControllerService(reader);
    runner.setProperty(TARGET_SOURCE, AbstractTargetsProcessor.FROM_RECORDS.getValue());
    runner.setProperty(RECORD_READER, "reader");
    runner.setProperty(TARGET_FIELD, field);
  }

  private static long postsOf(String command) {
    return sandbox.requestLog().stream()
        .filter(line -> line.contains(" POST ") && line.contains(command))
        .count();
  }

  @Test
  void metricsOfTargetsFromThePropertyAsASource() {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(TARGETS, "big-300.example, big-500.example\nbig-700.example");
    runner.setProperty(BacklinksProperties.MODE, "domain");

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_SUCCESS, 1);
    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    output.assertAttributeEquals("record.count", "3");
    output.assertAttributeEquals("mime.type", "application/json");
    output.assertAttributeEquals("backlinks.mode", "domain");
    List<JsonNode> records = records(output);
    assertThat(records)
        .extracting(record -> record.get("target").asText())
        .containsExactly("big-300.example", "big-500.example", "big-700.example");
    for (JsonNode record : records) {
      String target = record.get("target").asText();
      assertThat(record.get("backlinks").isIntegralNumber()).isTrue();
      assertThat(record.get("backlinks").asLong())
          .isEqualTo(sandbox.index().count(target, "domain"));
      assertThat(
              record.get("dofollow_backlinks").asLong() + record.get("nofollow_backlinks").asLong())
          .isEqualTo(record.get("backlinks").asLong());
      assertThat(record.fieldNames())
          .toIterable()
          .containsExactly(
              "target",
              "backlinks",
              "refdomains",
              "subnets",
              "ips",
              "nofollow_backlinks",
              "dofollow_backlinks",
              "edu_backlinks",
              "gov_backlinks");
    }
    assertThat(runner.getProvenanceEvents())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getEventType()).isEqualTo(ProvenanceEventType.RECEIVE);
              assertThat(event.getTransitUri())
                  .isEqualTo(sandbox.endpoint() + "get-metrics?mode=domain");
            });
    TestFlows.assertNoKeyLeaked(runner);
  }

  @Test
  void targetsFromRecordsAreRequestedInBatchesOfAHundredInInputOrder() throws Exception {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    readTargetsFromRecords(runner, "site");
    List<String> sites = IntStream.range(0, 250).mapToObj(i -> "site-" + i + ".example").toList();
    runner.enqueue(
        sites.stream()
            .map(site -> "{\"site\": \"" + site + "\"}")
            .collect(Collectors.joining(",", "[", "]")));
    long before = postsOf("get-metrics");

    runner.run();

    assertThat(postsOf("get-metrics") - before).isEqualTo(3);
    List<MockFlowFile> batches = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(batches)
        .extracting(batch -> batch.getAttribute("record.count"))
        .containsExactly("100", "100", "50");
    assertThat(batches)
        .extracting(batch -> batch.getAttribute(BATCH_INDEX))
        .containsExactly("0", "1", "2");
    runner.assertTransferCount(REL_ORIGINAL, 1);
    assertThat(records(batches))
        .extracting(record -> record.get("target").asText())
        .containsExactlyElementsOf(sites);
    assertThat(runner.getProvenanceEvents())
        .extracting(event -> event.getEventType())
        .filteredOn(type -> type != ProvenanceEventType.FORK)
        .containsOnly(ProvenanceEventType.FETCH);
  }

  @Test
  void aFailedBatchIsCheckpointedSoFinishedBatchesAreNotRequestedAgain() throws Exception {
    // The second get-metrics request (targets 101 to 200) fails once.
    InterruptingApiService service =
        new InterruptingApiService(sandbox.endpoint(), TestFlows.API_KEY, "get-metrics", 2, false);
    TestRunner runner = TestFlows.runner(new GetMetrics(), service);
    readTargetsFromRecords(runner, "site");
    List<String> sites = IntStream.range(0, 250).mapToObj(i -> "site-" + i + ".example").toList();
    runner.enqueue(
        sites.stream()
            .map(site -> "{\"site\": \"" + site + "\"}")
            .collect(Collectors.joining(",", "[", "]")));

    runner.run();

    runner.assertTransferCount(REL_SUCCESS, 1);
    MockFlowFile retry = runner.getFlowFilesForRelationship(REL_RETRY).get(0);
    retry.assertAttributeEquals(TARGETS_DONE, "100");
    retry.assertAttributeEquals(ERROR_CODE, "503");

    // The flow loops retry back to the processor.
    runner.enqueue(runner.getContentAsByteArray(retry), retry.getAttributes());
    runner.run();

    assertThat(service.rawCalls()).as("get-metrics requests").isEqualTo(4);
    List<MockFlowFile> batches = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(batches)
        .extracting(batch -> batch.getAttribute(BATCH_INDEX))
        .containsExactly("0", "1", "2");
    assertThat(records(batches))
        .extracting(record -> record.get("target").asText())
        .containsExactlyElementsOf(sites);
    runner.assertTransferCount(REL_ORIGINAL, 1);
    runner.getFlowFilesForRelationship(REL_ORIGINAL).get(0).assertAttributeNotExists(TARGETS_DONE);
  }

  @Test
  void aSourceRunsDailyByDefaultAndYieldsAMinute() {
    assertThat(GetMetrics.class.getAnnotation(DefaultSchedule.class).period()).isEqualTo("1 day");
    assertThat(GetBacklinks.class.getAnnotation(DefaultSchedule.class).period()).isEqualTo("1 day");
    assertThat(GetInlinkRank.class.getAnnotation(DefaultSettings.class).yieldDuration())
        .isEqualTo("1 min");
  }

  @Test
  void targetsFromExpressionLanguageOnTheIncomingFlowFile() {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    runner.setProperty(TARGETS, "${sites}");
    runner.enqueue("", attributes("sites", "big-100.example,big-200.example"));

    runner.run();

    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    assertThat(records(output))
        .extracting(record -> record.get("backlinks").asLong())
        .containsExactly(
            sandbox.index().count("big-100.example", "host"),
            sandbox.index().count("big-200.example", "host"));
    output.assertAttributeEquals("sites", "big-100.example,big-200.example");
    runner.assertTransferCount(REL_ORIGINAL, 1);
  }

  @Test
  void recordWithoutTargetSendsTheFlowFileToFailureAndNothingToSuccess() throws Exception {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    readTargetsFromRecords(runner, "site");
    runner.enqueue("[{\"site\": \"big-100.example\"}, {\"name\": \"no site\"}]");

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "invalid_parameter");
    assertThat(failed.getAttribute(ERROR_MESSAGE)).contains("'site'").contains("record 2");
  }

  @Test
  void unreadableRecordsGoToFailure() throws Exception {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    readTargetsFromRecords(runner, "site");
    runner.enqueue("[{\"site\": ");

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    assertThat(failed.getAttribute(ERROR_CODE))
        .as(failed.getAttribute(ERROR_MESSAGE))
        .isEqualTo("record_error");
  }

  @Test
  void hugeTargetGoesToFailureWith244() {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    runner.setProperty(TARGETS, "twitter.com");
    runner.enqueue("");

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    runner.getFlowFilesForRelationship(REL_FAILURE).get(0).assertAttributeEquals(ERROR_CODE, "244");
  }

  @Test
  void invalidConfigurationsAreRejected() throws Exception {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    runner.assertNotValid();
    runner.setProperty(TARGETS, "example.com");
    runner.assertValid();
    runner.setProperty(BacklinksProperties.MODE, "subdomain");
    runner.assertNotValid();
    runner.setProperty(BacklinksProperties.MODE, "url");
    runner.setProperty(TARGET_SOURCE, AbstractTargetsProcessor.FROM_RECORDS.getValue());
    runner.assertNotValid();
    readTargetsFromRecords(runner, "target");
    runner.assertValid();
    for (String path :
        List.of(
            "/site/url",
            "${target.field}",
            "/sites[0]",
            "//site",
            "/sites[*]",
            "substring(/site, 0, 3)")) {
      runner.setProperty(TARGET_FIELD, path);
      runner.assertValid();
    }
    for (String invalid : List.of("/sites[", "substring(/site", "noSuchFunction(/site)", "a b")) {
      runner.setProperty(TARGET_FIELD, invalid);
      runner.assertNotValid();
    }
    runner.setProperty(TARGET_FIELD, "target");
    runner.setProperty(TARGET_SOURCE, "Somewhere");
    runner.assertNotValid();
  }

  @Test
  void targetFieldIsARecordPathIntoNestedRecords() throws Exception {
    TestRunner runner = TestFlows.runner(new GetMetrics(), sandbox);
    readTargetsFromRecords(runner, "/site/host");
    runner.enqueue(
        "[{\"site\": {\"host\": \"big-100.example\"}},"
            + " {\"site\": {\"host\": \"big-200.example\"}}]");

    runner.run();

    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    assertThat(records(output))
        .extracting(record -> record.get("target").asText())
        .containsExactly("big-100.example", "big-200.example");
  }

  @Test
  void targetFieldRecordPathSelectsArrayElementsAndAppliesFunctions() throws Exception {
    TestRunner runner = TestFlows.runner(new GetInlinkRank(), sandbox);
    readTargetsFromRecords(runner, "/pages[*]");
    runner.enqueue(
        "[{\"pages\": [\"https://big-100.example/\", \"https://big-200.example/\"]},"
            + " {\"pages\": [\"https://big-300.example/\"]}]");

    runner.run();

    assertThat(records(runner.getFlowFilesForRelationship(REL_SUCCESS)))
        .extracting(record -> record.get("url").asText())
        .containsExactly(
            "https://big-100.example/", "https://big-200.example/", "https://big-300.example/");

    runner.clearTransferState();
    runner.setProperty(TARGET_FIELD, "substringBefore(/link, '#')");
    runner.enqueue("[{\"link\": \"https://big-400.example/#top\"}]");

    runner.run();

    assertThat(records(runner.getFlowFilesForRelationship(REL_SUCCESS)))
        .extracting(record -> record.get("url").asText())
        .containsExactly("https://big-400.example/");
  }

  @Test
  void inlinkRanksAreIntegersAndUnknownRanksAreNull() {
    TestRunner runner = TestFlows.runner(new GetInlinkRank(), sandbox);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(TARGETS, "https://big-500.example/, https://empty.example/nothing");

    runner.run();

    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    List<JsonNode> records = records(output);
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("url").asText()).isEqualTo("https://big-500.example/");
    assertThat(records.get(0).get("inlink_rank").isInt()).isTrue();
    assertThat(records.get(0).get("domain_inlink_rank").isInt()).isTrue();
    assertThat(records.get(1).get("inlink_rank").isNull()).isTrue();
    assertThat(records.get(1).get("domain_inlink_rank").isNull()).isTrue();
    assertThat(runner.getProvenanceEvents())
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getTransitUri())
                    .isEqualTo(sandbox.endpoint() + "get-inlink-rank"));
  }
}
