package io.spsbacklinks.nifi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sps-backlinks NAR in a real NiFi 2.3.0: it loads, its controller service and processors are
 * configured over NiFi's REST API like a user would in the UI, and the FlowFiles they queue against
 * the sandbox hold every backlink exactly once, with the documented attributes and never the API
 * key.
 */
class NiFiEndToEndIT {

  private static final String PACKAGE = "io.spsbacklinks.nifi.";
  private static final String NAR_ARTIFACT = "sps-backlinks-nifi-nar";
  private static final String JSON_WRITER = "org.apache.nifi.json.JsonRecordSetWriter";
  private static final String JSON_READER = "org.apache.nifi.json.JsonTreeReader";
  private static final String MODE = "domain";

  /**
   * Where GetInlinkRank, fed by GetBacklinks, finds the target in each incoming record: a
   * RecordPath function, so the RecordPath library the NAR bundles is shown to work in NiFi.
   */
  private static final String TARGET_FIELD = "substringBefore(/url_to, '#')";

  private static final Duration COMPONENT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(90);

  /** The shipped flow definitions (nifi-nar/flows), set by the failsafe plugin. */
  private static final Path FLOWS =
      Path.of(System.getProperty("nifi.e2e.flows", "../../nifi-nar/flows"));

  /** Started first, so NiFi's flow can reach it; stopped after NiFi. */
  @RegisterExtension
  @Order(1)
  static final SandboxExtension sandbox = SandboxExtension.create();

  @RegisterExtension
  @Order(2)
  static final NiFiExtension nifi = new NiFiExtension();

  @Test
  void nifiLoadsTheNarWithItsProcessorsAndService() {
    assertThat(nifi.api().get("flow/about").path("about").path("version").asText())
        .isEqualTo("2.3.0");

    Map<String, JsonNode> processors =
        typesByName(nifi.api().get("flow/processor-types").path("processorTypes"));
    assertThat(processors)
        .containsKeys(
            PACKAGE + "PageRawBacklinks",
            PACKAGE + "FetchRawBacklinks",
            PACKAGE + "DownloadAllBacklinks",
            PACKAGE + "GetMetrics",
            PACKAGE + "GetInlinkRank",
            PACKAGE + "GetBacklinks",
            PACKAGE + "GetRefdomains",
            PACKAGE + "GetNewLostBacklinks",
            PACKAGE + "GetNewLostRefdomains");
    assertThat(
            processors.get(PACKAGE + "PageRawBacklinks").path("bundle").path("artifact").asText())
        .isEqualTo(NAR_ARTIFACT);

    Map<String, JsonNode> services =
        typesByName(nifi.api().get("flow/controller-service-types").path("controllerServiceTypes"));
    assertThat(services).containsKeys(PACKAGE + "StandardBacklinksApiService", JSON_WRITER);
    assertThat(
            services
                .get(PACKAGE + "StandardBacklinksApiService")
                .path("bundle")
                .path("artifact")
                .asText())
        .isEqualTo(NAR_ARTIFACT);
  }

  @Test
  void apiServiceVerificationReportsTheSubscriptionAndNeverTheKey() {
    NiFiApi api = nifi.api();
    String group = api.rootGroupId();
    Map<String, String> properties =
        Map.of("API Key", sandbox.apiKey(), "Endpoint URL", sandbox.endpoint());
    String service =
        api.createControllerService(
            group, PACKAGE + "StandardBacklinksApiService", "Backlinks API (verified)", properties);

    JsonNode valid =
        subscriptionStep(api.verifyControllerService(service, properties, COMPONENT_TIMEOUT));
    assertThat(valid.path("outcome").asText()).isEqualTo("SUCCESSFUL");
    assertThat(valid.path("explanation").asText()).contains("units left");

    String unknownKey = "not-a-sandbox-key-7f3a";
    JsonNode refused =
        subscriptionStep(
            api.verifyControllerService(
                service,
                Map.of("API Key", unknownKey, "Endpoint URL", sandbox.endpoint()),
                COMPONENT_TIMEOUT));
    assertThat(refused.path("outcome").asText()).isEqualTo("FAILED");
    assertThat(refused.path("explanation").asText()).isNotBlank().doesNotContain(unknownKey);
    assertNotLogged(unknownKey);
    assertNotLogged(sandbox.apiKey());
  }

  @Test
  void pageRawBacklinksAsASourceQueuesOneFlowFilePerPageWithEveryBacklinkOnce() {
    String target = "big-250.example";
    int pageSize = 100;
    List<SandboxBacklink> expected = backlinks(target);
    int pages = (expected.size() + pageSize - 1) / pageSize;

    NiFiApi api = nifi.api();
    Flow flow = Flow.create(api, sandbox);
    // A source has only success: nothing to auto-terminate, no failure queue to connect.
    String processor =
        api.createProcessor(
            flow.group,
            PACKAGE + "PageRawBacklinks",
            "PageRawBacklinks",
            config(rawBacklinksProperties(flow, target, pageSize), "1 sec", List.of()));
    String results = api.connectToFunnel(flow.group, processor, flow.results, List.of("success"));
    api.assertProcessorValid(processor, COMPONENT_TIMEOUT);

    api.setProcessorState(processor, "RUNNING");
    awaitQueued(api, results, pages, null, processor);
    api.setProcessorState(processor, "STOPPED");

    List<QueuedFlowFile> queued = queuedFlowFiles(api, results);
    assertThat(queued).hasSize(pages);
    assertOneCompleteWalk(queued, target, pageSize, expected);
    assertNoApiKey(queued);
  }

  @Test
  void fetchRawBacklinksFedByAnotherProcessorWithRetryLoopedBackWalksTheIncomingTarget() {
    String target = "big-230.example";
    int pageSize = 100;
    List<SandboxBacklink> expected = backlinks(target);
    int pages = (expected.size() + pageSize - 1) / pageSize;

    NiFiApi api = nifi.api();
    Flow flow = Flow.create(api, sandbox);
    String feeder = flow.feeder(api, target);
    Map<String, String> fetchProperties =
        new LinkedHashMap<>(rawBacklinksProperties(flow, "${backlinks.target}", pageSize));
    String fetch =
        api.createProcessor(
            flow.group,
            PACKAGE + "FetchRawBacklinks",
            "FetchRawBacklinks",
            config(fetchProperties, "0 sec", List.of("original")));
    api.connectProcessors(flow.group, feeder, fetch, List.of("success"));
    // The documented retry loop: a primary-node-only processor would be invalid with it.
    api.connectProcessors(flow.group, fetch, fetch, List.of("retry"));
    String failures = api.connectToFunnel(flow.group, fetch, flow.failures, List.of("failure"));
    String results = api.connectToFunnel(flow.group, fetch, flow.results, List.of("success"));
    api.assertProcessorValid(feeder, COMPONENT_TIMEOUT);
    api.assertProcessorValid(fetch, COMPONENT_TIMEOUT);

    api.setProcessorState(fetch, "RUNNING");
    api.setProcessorState(feeder, "RUNNING");
    awaitQueued(api, results, pages, failures, fetch);
    api.setProcessorState(feeder, "STOPPED");
    api.setProcessorState(fetch, "STOPPED");

    List<QueuedFlowFile> queued = queuedFlowFiles(api, results);
    assertOneCompleteWalk(queued, target, pageSize, expected);
    assertThat(queued)
        .allSatisfy(page -> assertThat(page.attributes).containsEntry("backlinks.target", target));
    assertNoApiKey(queued);
  }

  /**
   * The six processors that are a source without an incoming connection and input-driven with one,
   * each in both shapes with {@code retry} looped back: NiFi's validation accepts both (they are
   * {@code INPUT_ALLOWED} and not primary-node only), and each shape queues the records of its
   * request. The fed ones take their target from the FlowFile GetBacklinks sends them: from its
   * attribute, or (GetInlinkRank) from its records through Target Field.
   */
  @Test
  void everyDualModeProcessorIsValidAndRunsAsASourceAndFedByAnotherProcessorWithRetryLoopedBack() {
    String target = "big-120.example";
    NiFiApi api = nifi.api();
    Flow flow = Flow.create(api, sandbox);
    String reader = api.createControllerService(flow.group, JSON_READER, "JSON reader", Map.of());
    api.enableControllerService(reader, COMPONENT_TIMEOUT);
    String feeder = flow.feeder(api, target);

    Map<String, Map<String, String>> asSource = new LinkedHashMap<>();
    Map<String, Map<String, String>> fed = new LinkedHashMap<>();
    for (String name :
        List.of("GetBacklinks", "GetRefdomains", "GetNewLostBacklinks", "GetNewLostRefdomains")) {
      asSource.put(name, Map.of("Target", target, "Mode", MODE));
      fed.put(name, Map.of("Target", "${backlinks.target}", "Mode", MODE));
    }
    asSource.put(
        "GetMetrics",
        Map.of(
            "Target Source",
            "Targets Property",
            "Targets",
            target + ", big-100.example",
            "Mode",
            MODE));
    fed.put(
        "GetMetrics",
        Map.of(
            "Target Source", "Targets Property", "Targets", "${backlinks.target}", "Mode", MODE));
    asSource.put(
        "GetInlinkRank",
        Map.of("Target Source", "Targets Property", "Targets", "https://" + target + "/"));
    fed.put(
        "GetInlinkRank",
        Map.of(
            "Target Source",
            "Incoming Records",
            "Record Reader",
            reader,
            "Target Field",
            TARGET_FIELD));

    Map<String, String> processors = new LinkedHashMap<>();
    Map<String, String> results = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    for (String name : asSource.keySet()) {
      for (String shape : List.of("source", "fed")) {
        Map<String, String> properties =
            new LinkedHashMap<>((shape.equals("source") ? asSource : fed).get(name));
        properties.put("Backlinks API Service", flow.apiService);
        properties.put("Record Writer", flow.writer);
        String key = name + " " + shape;
        String processor =
            api.createProcessor(
                flow.group,
                PACKAGE + name,
                key,
                config(
                    properties, shape.equals("source") ? "1 day" : "0 sec", List.of("original")));
        if (shape.equals("fed")) {
          api.connectProcessors(flow.group, feeder, processor, List.of("success"));
        }
        api.connectProcessors(flow.group, processor, processor, List.of("retry"));
        failures.put(
            key, api.connectToFunnel(flow.group, processor, flow.failures, List.of("failure")));
        results.put(
            key,
            api.connectToFunnel(
                flow.group, processor, api.createFunnel(flow.group), List.of("success")));
        processors.put(key, processor);
      }
    }
    api.assertProcessorValid(feeder, COMPONENT_TIMEOUT);
    processors
        .values()
        .forEach(processor -> api.assertProcessorValid(processor, COMPONENT_TIMEOUT));

    processors.values().forEach(processor -> api.setProcessorState(processor, "RUNNING"));
    api.setProcessorState(feeder, "RUNNING");
    processors.forEach(
        (key, processor) -> awaitQueued(api, results.get(key), 1, failures.get(key), processor));
    api.setProcessorState(feeder, "STOPPED");
    processors.values().forEach(processor -> api.setProcessorState(processor, "STOPPED"));

    List<String> urlsTo =
        sandbox.sandbox().index().backlinks(target, MODE).map(SandboxBacklink::urlTo).toList();
    processors
        .keySet()
        .forEach(
            key -> {
              QueuedFlowFile output = queuedFlowFiles(api, results.get(key)).get(0);
              assertThat(output.attributes)
                  .as(key)
                  .containsEntry("record.count", Integer.toString(output.records.size()))
                  .containsEntry("mime.type", "application/json");
              if (!key.startsWith("GetNewLost")) {
                // New/lost rows depend on the sandbox's dates; the others always have some.
                assertThat(output.records).as(key).isNotEmpty();
              }
              if (key.endsWith(" fed") && fed.get(key.split(" ")[0]).containsKey("Target")) {
                // Target = ${backlinks.target} of the feeder's FlowFile.
                assertThat(output.attributes).as(key).containsEntry("backlinks.target", target);
              }
              assertNoApiKey(List.of(output));
            });
    assertThat(queuedFlowFiles(api, results.get("GetInlinkRank fed")).get(0).records)
        .as("the inlink rank of the url_to of the feeder's one record")
        .singleElement()
        .extracting(record -> record.path("url").asText())
        .isIn(urlsTo);
  }

  @Test
  void aNiFiRestartInTheMiddleOfAWalkLosesNoBacklinkAndDuplicatesOnlyWholePagesUnderTheirKey()
      throws Exception {
    String target = "big-300.example";
    int pageSize = 25;
    List<SandboxBacklink> expected = backlinks(target);

    NiFiApi api = nifi.api();
    Flow flow = Flow.create(api, sandbox);
    String processor =
        api.createProcessor(
            flow.group,
            PACKAGE + "PageRawBacklinks",
            "PageRawBacklinks (restarted)",
            config(rawBacklinksProperties(flow, target, pageSize), "2 sec", List.of()));
    String results = api.connectToFunnel(flow.group, processor, flow.results, List.of("success"));
    api.assertProcessorValid(processor, COMPONENT_TIMEOUT);
    api.setProcessorState(processor, "RUNNING");
    awaitQueued(api, results, 3, null, processor);

    nifi.restart();
    NiFiApi restarted = nifi.api();
    // nifi.properties has autoResumeState=false: the operator starts the services and the walk
    // again.
    restarted.enableControllerServiceIfDisabled(flow.apiService, COMPONENT_TIMEOUT);
    restarted.enableControllerServiceIfDisabled(flow.writer, COMPONENT_TIMEOUT);
    assertThat(restarted.queuedCount(results))
        .as("pages queued before the restart are durable")
        .isGreaterThanOrEqualTo(3);
    restarted.assertProcessorValid(processor, COMPONENT_TIMEOUT);
    restarted.setProcessorState(processor, "RUNNING");
    NiFiApi.await(
        "the last page queued",
        FLOW_TIMEOUT,
        () ->
            queuedFlowFiles(restarted, results).stream()
                    .anyMatch(page -> "true".equals(page.attributes.get("backlinks.page.last")))
                ? Optional.of(true)
                : Optional.empty());
    restarted.setProcessorState(processor, "STOPPED");

    List<QueuedFlowFile> queued = queuedFlowFiles(restarted, results);
    // At-least-once: a page may come twice, always whole and under the same key (walk id + page
    // index).
    Map<String, QueuedFlowFile> byKey = new LinkedHashMap<>();
    for (QueuedFlowFile page : queued) {
      String key =
          page.attributes.get("backlinks.walk.id")
              + "/"
              + page.attributes.get("backlinks.page.index");
      QueuedFlowFile first = byKey.putIfAbsent(key, page);
      if (first != null) {
        assertThat(page.records).as("duplicate of page " + key).isEqualTo(first.records);
      }
    }
    System.out.printf(
        "restart mid-walk: %d pages queued, %d after removing duplicates by key%n",
        queued.size(), byKey.size());
    assertOneCompleteWalk(new ArrayList<>(byKey.values()), target, pageSize, expected);
  }

  @Test
  void downloadAllBacklinksQueuesTheWholeExportAsRecords() {
    String target = "big-180.example";
    List<SandboxBacklink> expected = sandbox.sandbox().index().backlinks(target, MODE).toList();
    assertThat(expected).hasSize((int) sandbox.sandbox().index().count(target, MODE));

    NiFiApi api = nifi.api();
    Flow flow = Flow.create(api, sandbox);
    // No GenerateFlowFile here (nifi-standard-nar is not on Central): GetMetrics, a source with its
    // Targets property, gives DownloadAllBacklinks its incoming FlowFile, as a metrics check would.
    String metrics =
        api.createProcessor(
            flow.group,
            PACKAGE + "GetMetrics",
            "GetMetrics",
            config(
                Map.of(
                    "Backlinks API Service",
                    flow.apiService,
                    "Target Source",
                    "Targets Property",
                    "Targets",
                    target,
                    "Mode",
                    MODE,
                    "Record Writer",
                    flow.writer),
                "1 day",
                List.of("original")));
    ObjectNode downloadConfig =
        config(
            Map.of(
                "Backlinks API Service",
                flow.apiService,
                "Target",
                target,
                "Mode",
                MODE,
                "Record Writer",
                flow.writer),
            "0 sec",
            List.of("original"));
    // The penalty is the poll interval of the export task.
    downloadConfig.put("penaltyDuration", "1 sec");
    String download =
        api.createProcessor(
            flow.group, PACKAGE + "DownloadAllBacklinks", "DownloadAllBacklinks", downloadConfig);
    api.connectProcessors(flow.group, metrics, download, List.of("success"));
    String failures =
        api.connectToFunnel(flow.group, metrics, flow.failures, List.of("failure", "retry"));
    api.connectToFunnel(flow.group, download, flow.failures, List.of("failure", "retry"));
    String results = api.connectToFunnel(flow.group, download, flow.results, List.of("success"));
    api.assertProcessorValid(metrics, COMPONENT_TIMEOUT);
    api.assertProcessorValid(download, COMPONENT_TIMEOUT);

    api.setProcessorState(download, "RUNNING");
    api.setProcessorState(metrics, "RUNNING");
    awaitQueued(api, results, 1, failures, download);
    api.setProcessorState(metrics, "STOPPED");
    api.setProcessorState(download, "STOPPED");

    List<QueuedFlowFile> queued = queuedFlowFiles(api, results);
    QueuedFlowFile export = queued.get(0);
    assertThat(export.attributes)
        .containsEntry("backlinks.target", target)
        .containsEntry("backlinks.mode", MODE)
        .containsEntry("backlinks.task.status", "complete")
        .containsEntry("record.count", Integer.toString(expected.size()))
        .containsEntry("mime.type", "application/json")
        .containsKeys("backlinks.task.id", "backlinks.download.file");
    assertThat(export.attributes.get("backlinks.download.file"))
        .startsWith(sandbox.sandbox().baseUrl() + "/export/");
    // The same records as PageRawBacklinks: an empty alt or image_source cell of the CSV is null,
    // as in the API's JSON.
    assertThat(export.records)
        .containsExactlyElementsOf(expected.stream().map(NiFiEndToEndIT::asRecord).toList());
    assertNoApiKey(queued);
  }

  private static List<SandboxBacklink> backlinks(String target) {
    List<SandboxBacklink> expected = sandbox.sandbox().index().backlinks(target, MODE).toList();
    assertThat(expected)
        .hasSize((int) sandbox.sandbox().index().count(target, MODE))
        .hasSizeGreaterThan(200);
    return expected;
  }

  private static Map<String, String> rawBacklinksProperties(
      Flow flow, String target, int pageSize) {
    return Map.of(
        "Backlinks API Service",
        flow.apiService,
        "Target",
        target,
        "Mode",
        MODE,
        "Page Size",
        Integer.toString(pageSize),
        "Record Writer",
        flow.writer);
  }

  /** The pages of one walk, each once, in page order, holding every backlink of the target once. */
  private static void assertOneCompleteWalk(
      List<QueuedFlowFile> queued, String target, int pageSize, List<SandboxBacklink> expected) {
    int pages = (expected.size() + pageSize - 1) / pageSize;
    assertThat(queued).hasSize(pages);
    queued.sort(
        Comparator.comparingInt(
            flowFile -> Integer.parseInt(flowFile.attributes.get("backlinks.page.index"))));
    List<JsonNode> records = new ArrayList<>();
    for (int page = 0; page < pages; page++) {
      QueuedFlowFile flowFile = queued.get(page);
      int inPage = Math.min(pageSize, expected.size() - page * pageSize);
      assertThat(flowFile.attributes)
          .containsEntry("backlinks.page.index", Integer.toString(page))
          .containsEntry("backlinks.page.last", Boolean.toString(page == pages - 1))
          .containsEntry("backlinks.target", target)
          .containsEntry("backlinks.mode", MODE)
          .containsEntry("record.count", Integer.toString(inPage))
          .containsEntry("mime.type", "application/json")
          .containsKey("backlinks.walk.id");
      assertThat(flowFile.attributes.get("backlinks.walk.id"))
          .isEqualTo(queued.get(0).attributes.get("backlinks.walk.id"));
      assertThat(flowFile.records).hasSize(inPage);
      records.addAll(flowFile.records);
    }
    assertThat(records)
        .containsExactlyElementsOf(expected.stream().map(NiFiEndToEndIT::asRecord).toList());
  }

  @Test
  void theShippedSnapshotFlowImportsWithItsParametersAndQueuesEveryPageForItsFiles() {
    String target = "big-230.example";
    List<SandboxBacklink> expected = backlinks(target);

    NiFiApi api = nifi.api();
    ImportedFlow flow = ImportedFlow.upload(api, "backlinks-snapshot-to-files.json", target);
    String page = flow.processor("PageRawBacklinks");
    api.assertProcessorValid(page, COMPONENT_TIMEOUT);
    // Page Size 10000 in the definition: the whole target in one page, queued for PutFile.
    String toFiles = flow.connection(page, "PutFile");

    api.setProcessorState(page, "RUNNING");
    awaitQueued(api, toFiles, 1, null, page);
    api.setProcessorState(page, "STOPPED");

    List<QueuedFlowFile> queued = queuedFlowFiles(api, toFiles);
    assertOneCompleteWalk(queued, target, 10_000, expected);
    QueuedFlowFile only = queued.get(0);
    assertThat(only.attributes)
        .containsEntry("filename", only.attributes.get("backlinks.walk.id") + "-page-0");
    assertNoApiKey(queued);
  }

  @Test
  void theShippedNewLostFlowImportsWithItsParametersAndQueuesYesterdaysChangesForItsFile() {
    String target = "big-230.example";
    NiFiApi api = nifi.api();
    ImportedFlow flow = ImportedFlow.upload(api, "backlinks-new-lost-daily.json", target);
    String newLost = flow.processor("GetNewLostBacklinks");
    api.assertProcessorValid(newLost, COMPONENT_TIMEOUT);
    String toFile = flow.connection(newLost, "PutFile");

    // CRON driven at 06:00: run it once now, as an operator checking the flow would.
    api.setProcessorState(newLost, "RUN_ONCE");
    awaitQueued(api, toFile, 1, null, newLost);

    QueuedFlowFile output = queuedFlowFiles(api, toFile).get(0);
    assertThat(output.attributes)
        .containsEntry("backlinks.target", target)
        .containsEntry("record.count", Integer.toString(output.records.size()));
    assertNoApiKey(List.of(output));
  }

  /**
   * A shipped flow definition uploaded as a new group, its parameters set for the sandbox and its
   * services enabled. PutFile stays a ghost here (nifi-standard-nar is not on the Central this
   * runtime is laid out from), so what it would write is checked in the connection that feeds it.
   */
  private record ImportedFlow(NiFiApi api, String group) {
    static ImportedFlow upload(NiFiApi api, String definition, String target) {
      String group =
          api.uploadFlowDefinition(api.rootGroupId(), definition, FLOWS.resolve(definition));
      // output.dir keeps its default: every property of a ghost component is sensitive
      // (nifi-framework-core
      // .../processor/GhostProcessor.java), and NiFi refuses a non-sensitive parameter referenced
      // by one
      // (409 "unless that Parameter is Sensitive").
      api.setParameters(
          group,
          Map.of(
              "api.key", sandbox.apiKey(),
              "api.endpoint", sandbox.endpoint(),
              "target", target),
          List.of("api.key"),
          COMPONENT_TIMEOUT);
      api.controllerServiceIds(group)
          .forEach(service -> api.enableControllerService(service, COMPONENT_TIMEOUT));
      return new ImportedFlow(api, group);
    }

    String processor(String name) {
      for (JsonNode processor : api.groupFlow(group).path("processors")) {
        if (processor.path("component").path("name").asText().equals(name)) {
          return processor.path("id").asText();
        }
      }
      throw new AssertionError("No processor " + name + " in the imported flow");
    }

    /** The connection from {@code sourceId} to the processor named {@code destination}. */
    String connection(String sourceId, String destination) {
      for (JsonNode connection : api.groupFlow(group).path("connections")) {
        JsonNode component = connection.path("component");
        if (component.path("source").path("id").asText().equals(sourceId)
            && component.path("destination").path("name").asText().equals(destination)) {
          return connection.path("id").asText();
        }
      }
      throw new AssertionError("No connection to " + destination + " in the imported flow");
    }
  }

  /**
   * What the components of one test share: a group, the API service, a JSON writer, and two funnels
   * to queue at.
   */
  private record Flow(
      String group, String apiService, String writer, String results, String failures) {
    static Flow create(NiFiApi api, SandboxExtension sandbox) {
      String group = api.rootGroupId();
      String apiService =
          api.createControllerService(
              group,
              PACKAGE + "StandardBacklinksApiService",
              "Backlinks API",
              Map.of("API Key", sandbox.apiKey(), "Endpoint URL", sandbox.endpoint()));
      // DATE fields as text, compared with the sandbox's LocalDate values.
      String writer =
          api.createControllerService(
              group, JSON_WRITER, "JSON writer", Map.of("Date Format", "yyyy-MM-dd"));
      api.enableControllerService(apiService, COMPONENT_TIMEOUT);
      api.enableControllerService(writer, COMPONENT_TIMEOUT);
      return new Flow(group, apiService, writer, api.createFunnel(group), api.createFunnel(group));
    }

    /**
     * A GetBacklinks source sending on one backlink of {@code target}: a FlowFile whose
     * backlinks.target names the target and whose one record has its url_to.
     */
    String feeder(NiFiApi api, String target) {
      return api.createProcessor(
          group,
          PACKAGE + "GetBacklinks",
          "feeder",
          config(
              Map.of(
                  "Backlinks API Service",
                  apiService,
                  "Target",
                  target,
                  "Mode",
                  MODE,
                  "Limit",
                  "1",
                  "Record Writer",
                  writer),
              "1 day",
              List.of("failure", "retry", "original")));
    }
  }

  /**
   * A queued FlowFile: its attributes and its content parsed as the JSON array JsonRecordSetWriter
   * writes.
   */
  private record QueuedFlowFile(Map<String, String> attributes, List<JsonNode> records) {}

  private static ObjectNode config(
      Map<String, String> properties, String runSchedule, List<String> autoTerminated) {
    ObjectNode config = nifi.api().json().createObjectNode();
    config.set("properties", nifi.api().json().valueToTree(properties));
    config.put("schedulingStrategy", "TIMER_DRIVEN");
    config.put("schedulingPeriod", runSchedule);
    config.set("autoTerminatedRelationships", nifi.api().json().valueToTree(autoTerminated));
    return config;
  }

  /**
   * Waits for {@code count} FlowFiles in {@code connection}; fails at once, with the processor's
   * bulletins, when anything reaches the failures queue (null: a source, which has none) or the
   * processor reports an error.
   */
  private static void awaitQueued(
      NiFiApi api, String connection, int count, String failures, String processor) {
    NiFiApi.await(
        count + " FlowFile(s) queued",
        FLOW_TIMEOUT,
        () -> {
          List<String> bulletins = api.bulletins(processor);
          boolean failed = failures != null && api.queuedCount(failures) > 0;
          if (failed || bulletins.stream().anyMatch(bulletin -> bulletin.startsWith("ERROR"))) {
            List<QueuedFlowFile> failedFlowFiles =
                failed ? queuedFlowFiles(api, failures) : List.of();
            throw new AssertionError(
                "The flow failed. Bulletins: "
                    + bulletins
                    + "; failed FlowFiles: "
                    + failedFlowFiles.stream().map(QueuedFlowFile::attributes).toList());
          }
          int queued = api.queuedCount(connection);
          assertThat(queued).as("FlowFiles queued").isLessThanOrEqualTo(count);
          return queued == count ? Optional.of(queued) : Optional.empty();
        });
  }

  private static List<QueuedFlowFile> queuedFlowFiles(NiFiApi api, String connection) {
    List<QueuedFlowFile> flowFiles = new ArrayList<>();
    for (JsonNode summary : api.listQueue(connection, COMPONENT_TIMEOUT)) {
      String uuid = summary.path("uuid").asText();
      Map<String, String> attributes = api.flowFileAttributes(connection, uuid);
      List<JsonNode> records = new ArrayList<>();
      byte[] content = api.flowFileContent(connection, uuid);
      if (content.length > 0) {
        try {
          api.json().readTree(content).forEach(records::add);
        } catch (IOException e) {
          throw new UncheckedIOException(
              "FlowFile " + uuid + " is not JSON: " + new String(content, StandardCharsets.UTF_8),
              e);
        }
      }
      flowFiles.add(new QueuedFlowFile(attributes, records));
    }
    return flowFiles;
  }

  /**
   * The record PageRawBacklinks and DownloadAllBacklinks write for a backlink; an inlink rank of -1
   * (unknown) is null.
   */
  private static JsonNode asRecord(SandboxBacklink backlink) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("url_from", backlink.urlFrom());
    record.put("url_to", backlink.urlTo());
    record.put("title", backlink.title());
    record.put("anchor", backlink.anchor());
    record.put("alt", backlink.alt());
    record.put("nofollow", backlink.nofollow());
    record.put("image", backlink.image());
    record.put("image_source", backlink.imageSource());
    record.put("inlink_rank", backlink.inlinkRank() == -1 ? null : backlink.inlinkRank());
    record.put(
        "domain_inlink_rank",
        backlink.domainInlinkRank() == -1 ? null : backlink.domainInlinkRank());
    record.put("first_seen", backlink.firstSeen().toString());
    record.put("last_visited", backlink.lastVisited().toString());
    return nifi.api().json().valueToTree(record);
  }

  /** The API key is a secret: in no attribute, nowhere in NiFi's log. */
  private static void assertNoApiKey(List<QueuedFlowFile> flowFiles) {
    flowFiles.forEach(
        flowFile ->
            assertThat(flowFile.attributes.values())
                .noneMatch(value -> value.contains(Sandbox.DEMO_API_KEY)));
    assertNotLogged(Sandbox.DEMO_API_KEY);
  }

  private static void assertNotLogged(String secret) {
    try {
      assertThat(Files.readString(nifi.process().appLog()))
          .as("nifi-app.log")
          .doesNotContain(secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The service's own verification step, after the framework's validation step. */
  private static JsonNode subscriptionStep(List<JsonNode> results) {
    return results.stream()
        .filter(
            result ->
                result.path("verificationStepName").asText().equals("Call get-subscription-info"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No get-subscription-info step in " + results));
  }

  private static Map<String, JsonNode> typesByName(JsonNode types) {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    types.forEach(type -> byName.put(type.path("type").asText(), type));
    return byName;
  }
}
