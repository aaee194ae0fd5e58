package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static io.spsbacklinks.nifi.PageRawBacklinks.LAST_PAGE;
import static io.spsbacklinks.nifi.PageRawBacklinks.NEXT_CURSOR;
import static io.spsbacklinks.nifi.PageRawBacklinks.PAGE_CURSOR;
import static io.spsbacklinks.nifi.PageRawBacklinks.PAGE_INDEX;
import static io.spsbacklinks.nifi.PageRawBacklinks.PAGE_SIZE;
import static io.spsbacklinks.nifi.PageRawBacklinks.WALK_ID;
import static io.spsbacklinks.nifi.TestFlows.API_KEY;
import static io.spsbacklinks.nifi.TestFlows.expectedBacklinks;
import static io.spsbacklinks.nifi.TestFlows.records;
import static io.spsbacklinks.nifi.TestFlows.runner;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.nifi.AbstractRawBacklinksProcessor.Page;
import io.spsbacklinks.nifi.AbstractRawBacklinksProcessor.Position;
import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.PrimaryNodeOnly;
import org.apache.nifi.annotation.configuration.DefaultSchedule;
import org.apache.nifi.annotation.configuration.DefaultSettings;
import org.apache.nifi.components.state.Scope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.provenance.ProvenanceEventRecord;
import org.apache.nifi.provenance.ProvenanceEventType;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PageRawBacklinksTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
  }

  @AfterEach
  void noFaults() {
    sandbox.faults(Faults.none());
  }

  private static TestRunner source(PageRawBacklinks processor, String target, String pageSize) {
    TestRunner runner = runner(processor, sandbox);
    configureSource(runner, target, pageSize);
    return runner;
  }

  private static void configureSource(TestRunner runner, String target, String pageSize) {
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(BacklinksProperties.TARGET, target);
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(PAGE_SIZE, pageSize);
  }

  @Test
  void sourceWalksEveryPageOnceWithCursorAttributesAndCompletesTheState() {
    TestRunner runner = source(new PageRawBacklinks(), "big-2500.example", "1000");

    runSeveral(runner, 1);
    runner.assertTransferCount(REL_SUCCESS, 1);
    runner.getStateManager().assertStateEquals(PageRawBacklinks.STATE_PAGE, "1", Scope.CLUSTER);
    runner.getStateManager().assertStateSet(PageRawBacklinks.STATE_CURSOR_RECEIVED, Scope.CLUSTER);
    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages).hasSize(3);
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-2500.example", "domain"));
    String walkId = pages.get(0).getAttribute(WALK_ID);
    for (int i = 0; i < pages.size(); i++) {
      MockFlowFile page = pages.get(i);
      page.assertAttributeEquals(PAGE_INDEX, String.valueOf(i));
      page.assertAttributeEquals(WALK_ID, walkId);
      page.assertAttributeEquals("filename", walkId + "-page-" + i);
      page.assertAttributeEquals("record.count", i < 2 ? "1000" : "500");
      page.assertAttributeEquals("mime.type", "application/json");
      page.assertAttributeEquals("backlinks.target", "big-2500.example");
      page.assertAttributeEquals("backlinks.mode", "domain");
      page.assertAttributeEquals(LAST_PAGE, String.valueOf(i == 2));
      if (i == 0) {
        page.assertAttributeNotExists(PAGE_CURSOR);
      } else {
        page.assertAttributeEquals(PAGE_CURSOR, pages.get(i - 1).getAttribute(NEXT_CURSOR));
      }
    }
    pages.get(2).assertAttributeNotExists(NEXT_CURSOR);

    runner.getStateManager().assertStateNotSet(PageRawBacklinks.STATE_CURSOR, Scope.CLUSTER);
    runner
        .getStateManager()
        .assertStateEquals(PageRawBacklinks.STATE_RECORDS, "2500", Scope.CLUSTER);
    runner
        .getStateManager()
        .assertStateEquals(PageRawBacklinks.STATE_WALK_ID, walkId, Scope.CLUSTER);
    runner.getStateManager().assertStateSet(PageRawBacklinks.STATE_COMPLETED, Scope.CLUSTER);

    List<ProvenanceEventRecord> events = runner.getProvenanceEvents();
    assertThat(events)
        .hasSize(3)
        .allSatisfy(
            event -> {
              assertThat(event.getEventType()).isEqualTo(ProvenanceEventType.RECEIVE);
              assertThat(event.getTransitUri())
                  .isEqualTo(
                      sandbox.endpoint() + "get-raw-backlinks?target=big-2500.example&mode=domain");
            });
    TestFlows.assertNoKeyLeaked(runner);
  }

  @Test
  void nextWalkStartsOnlyOnceTheWalkIntervalHasPassed() {
    PageRawBacklinks processor = new PageRawBacklinks();
    TestFlows.MutableClock clock = new TestFlows.MutableClock();
    processor.clock = clock;
    TestRunner runner = source(processor, "big-1500.example", "1000");
    runner.setProperty(PageRawBacklinks.WALK_INTERVAL, "7 days");
    runSeveral(runner, 2);
    String firstWalk = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0).getAttribute(WALK_ID);
    runner.clearTransferState();
    long requests = sandbox.requestCount();

    clock.advance(Duration.ofDays(6));
    runSeveral(runner, 3);

    runner.assertTransferCount(REL_SUCCESS, 0);
    assertThat(sandbox.requestCount()).isEqualTo(requests);
    assertThat(runner.isYieldCalled()).isTrue();

    clock.advance(Duration.ofDays(1).plusSeconds(1));
    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages).hasSize(2);
    pages.get(0).assertAttributeNotExists(PAGE_CURSOR);
    assertThat(pages.get(0).getAttribute(WALK_ID)).isNotEqualTo(firstWalk);
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1500.example", "domain"));
  }

  @Test
  void staleCursorAfterAFailureRestartsTheWalkWithANewWalkIdAndABulletin() {
    // The reproduction: page 3 breaks, the next run comes 25 hours later.
    InterruptingApiService service = new InterruptingApiService(sandbox.endpoint(), API_KEY, 3);
    PageRawBacklinks processor = new PageRawBacklinks();
    TestFlows.MutableClock clock = new TestFlows.MutableClock();
    processor.clock = clock;
    TestRunner runner = runner(processor, service);
    configureSource(runner, "big-3500.example", "1000");
    runSeveral(runner, 3);
    String firstWalk = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0).getAttribute(WALK_ID);
    runner.clearTransferState();

    clock.advance(Duration.ofHours(25));
    runSeveral(runner, 4);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages)
        .extracting(page -> page.getAttribute(PAGE_INDEX))
        .containsExactly("0", "1", "2", "3");
    assertThat(pages)
        .extracting(page -> page.getAttribute(WALK_ID))
        .doesNotContain(firstWalk)
        .containsOnly(pages.get(0).getAttribute(WALK_ID));
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-3500.example", "domain"));
    assertThat(runner.getLogger().getWarnMessages())
        .anyMatch(
            message ->
                TestFlows.format(message).contains("older than 23 hours")
                    && TestFlows.format(message).contains(firstWalk));
    runner.getStateManager().assertStateSet(PageRawBacklinks.STATE_COMPLETED, Scope.CLUSTER);
  }

  @Test
  void cursorTheApiRefusesRestartsTheWalkInsteadOfFailingForever() throws IOException {
    TestRunner runner = source(new PageRawBacklinks(), "big-1200.example", "1000");
    runner
        .getStateManager()
        .setState(
            Map.of(
                PageRawBacklinks.STATE_TARGET,
                "big-1200.example",
                PageRawBacklinks.STATE_MODE,
                "domain",
                PageRawBacklinks.STATE_WALK_ID,
                "w1",
                PageRawBacklinks.STATE_CURSOR,
                "bm90LWEtY3Vyc29y",
                PageRawBacklinks.STATE_PAGE,
                "1",
                PageRawBacklinks.STATE_RECORDS,
                "1000"),
            Scope.CLUSTER);

    runSeveral(runner, 1);

    runner.assertTransferCount(REL_SUCCESS, 0);
    runner.getStateManager().assertStateNotSet(PageRawBacklinks.STATE_CURSOR, Scope.CLUSTER);
    assertThat(runner.getLogger().getWarnMessages())
        .anyMatch(message -> TestFlows.format(message).contains("refused its cursor"));

    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages.get(0).getAttribute(WALK_ID)).isNotEqualTo("w1");
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1200.example", "domain"));
  }

  @Test
  void aPageFetchedWhileAnotherWalkerChangedTheStateIsDropped() throws IOException {
    Map<String, String> other =
        Map.of(
            PageRawBacklinks.STATE_TARGET,
            "big-1200.example",
            PageRawBacklinks.STATE_MODE,
            "domain",
            PageRawBacklinks.STATE_WALK_ID,
            "other-node");
    PageRawBacklinks processor =
        new PageRawBacklinks() {
          @Override
          Page writePage(
              ProcessContext context,
              ProcessSession session,
              RawBacklinksQuery query,
              Position position,
              FlowFile parent)
              throws IOException, SchemaNotFoundException {
            Page page = super.writePage(context, session, query, position, parent);
            // Another node saves its walk while this one is fetching.
            context.getStateManager().setState(other, Scope.CLUSTER);
            return page;
          }
        };
    TestRunner runner = source(processor, "big-1200.example", "1000");

    runSeveral(runner, 1);

    runner.assertTransferCount(REL_SUCCESS, 0);
    runner.getStateManager().assertStateEquals(other, Scope.CLUSTER);
    assertThat(runner.isYieldCalled()).isTrue();
    assertThat(runner.getLogger().getWarnMessages())
        .anyMatch(message -> TestFlows.format(message).contains("another node"));
  }

  @Test
  void aSourceHasOnlySuccessAndADefaultScheduleAndSettings() {
    assertThat(new PageRawBacklinks().getRelationships()).containsExactly(REL_SUCCESS);
    DefaultSchedule schedule = PageRawBacklinks.class.getAnnotation(DefaultSchedule.class);
    assertThat(schedule.period()).isEqualTo("10 sec");
    DefaultSettings settings = PageRawBacklinks.class.getAnnotation(DefaultSettings.class);
    assertThat(settings.yieldDuration()).isEqualTo("1 min");
    assertThat(PageRawBacklinks.class.getAnnotation(InputRequirement.class).value())
        .isEqualTo(InputRequirement.Requirement.INPUT_FORBIDDEN);
    assertThat(PageRawBacklinks.class.isAnnotationPresent(PrimaryNodeOnly.class)).isTrue();
    assertThat(FetchRawBacklinks.class.isAnnotationPresent(PrimaryNodeOnly.class)).isFalse();
    assertThat(FetchRawBacklinks.class.getAnnotation(InputRequirement.class).value())
        .isEqualTo(InputRequirement.Requirement.INPUT_REQUIRED);
  }

  @Test
  void failureMidWalkResumesAtTheFailedPageWithoutLossOrDuplicate() {
    // The body of the third page breaks after a few records.
    InterruptingApiService service = new InterruptingApiService(sandbox.endpoint(), API_KEY, 3);
    TestRunner runner = runner(new PageRawBacklinks(), service);
    configureSource(runner, "big-3500.example", "1000");

    runSeveral(runner, 3);

    List<MockFlowFile> firstRun = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(firstRun).hasSize(2);
    assertThat(runner.isYieldCalled()).isTrue();
    runner
        .getStateManager()
        .assertStateEquals(
            PageRawBacklinks.STATE_CURSOR,
            firstRun.get(1).getAttribute(NEXT_CURSOR),
            Scope.CLUSTER);
    runner.getStateManager().assertStateEquals(PageRawBacklinks.STATE_PAGE, "2", Scope.CLUSTER);
    runner
        .getStateManager()
        .assertStateEquals(PageRawBacklinks.STATE_RECORDS, "2000", Scope.CLUSTER);
    assertThat(TestFlows.problems(runner))
        .anyMatch(message -> message.contains("get-raw-backlinks"));

    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages).hasSize(4);
    assertThat(pages.get(2).getAttribute(PAGE_INDEX)).isEqualTo("2");
    assertThat(pages.get(2).getAttribute(PAGE_CURSOR))
        .isEqualTo(firstRun.get(1).getAttribute(NEXT_CURSOR));
    assertThat(pages)
        .extracting(page -> page.getAttribute(WALK_ID))
        .containsOnly(firstRun.get(0).getAttribute(WALK_ID));
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-3500.example", "domain"));
    assertThat(service.rawCalls()).isEqualTo(5);
    runner.getStateManager().assertStateNotSet(PageRawBacklinks.STATE_CURSOR, Scope.CLUSTER);
  }

  @Test
  void changingTheTargetStartsANewWalk() throws IOException {
    TestRunner runner = source(new PageRawBacklinks(), "big-1200.example", "1000");
    runner
        .getStateManager()
        .setState(
            Map.of(
                PageRawBacklinks.STATE_TARGET,
                "other.example",
                PageRawBacklinks.STATE_MODE,
                "domain",
                PageRawBacklinks.STATE_WALK_ID,
                "w1",
                PageRawBacklinks.STATE_CURSOR,
                "not-a-cursor-of-this-target",
                PageRawBacklinks.STATE_PAGE,
                "7",
                PageRawBacklinks.STATE_RECORDS,
                "7000"),
            Scope.CLUSTER);

    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages).hasSize(2);
    pages.get(0).assertAttributeEquals(PAGE_INDEX, "0");
    pages.get(0).assertAttributeNotExists(PAGE_CURSOR);
    assertThat(pages.get(0).getAttribute(WALK_ID)).isNotEqualTo("w1");
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1200.example", "domain"));
    runner
        .getStateManager()
        .assertStateEquals(PageRawBacklinks.STATE_TARGET, "big-1200.example", Scope.CLUSTER);
  }

  @Test
  void retryAfterPausesTheProcessorUntilItIsOver() {
    PageRawBacklinks processor = new PageRawBacklinks();
    TestFlows.MutableClock clock = new TestFlows.MutableClock();
    processor.clock = clock;
    TestRunner runner = source(processor, "big-1200.example", "1000");
    sandbox.faults(Faults.builder().error429(1.0, 30).build());

    runner.run();

    assertThat(runner.isYieldCalled()).isTrue();
    runner.assertTransferCount(REL_SUCCESS, 0);
    assertThat(TestFlows.problems(runner)).anyMatch(message -> message.contains("429"));
    long requests = sandbox.requestCount();
    clock.advance(Duration.ofSeconds(20));
    runner.run();
    assertThat(sandbox.requestCount()).isEqualTo(requests);

    sandbox.faults(Faults.none());
    clock.advance(Duration.ofSeconds(11));
    runSeveral(runner, 2);

    assertThat(records(runner.getFlowFilesForRelationship(REL_SUCCESS)))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1200.example", "domain"));
  }

  @Test
  void emptyTargetGivesOneEmptyLastPage() {
    TestRunner runner = source(new PageRawBacklinks(), "empty.example", "1000");

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_SUCCESS, 1);
    MockFlowFile page = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    page.assertAttributeEquals("record.count", "0");
    page.assertAttributeEquals(LAST_PAGE, "true");
    assertThat(records(page)).isEmpty();
  }

  @Test
  void csvWriterGetsTheSameRecords() throws IOException {
    TestRunner runner = source(new PageRawBacklinks(), "big-1500.example", "1000");
    TestFlows.useCsvWriter(runner);

    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages).hasSize(2);
    List<JsonNode> expected = expectedBacklinks(sandbox, "big-1500.example", "domain");
    List<Map<String, String>> rows = new ArrayList<>();
    for (MockFlowFile page : pages) {
      page.assertAttributeEquals("mime.type", "text/csv");
      try (MappingIterator<Map<String, String>> it =
          new CsvMapper()
              .readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader())
              .readValues(page.getContent())) {
        rows.addAll(it.readAll());
      }
    }
    assertThat(rows).hasSize(expected.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode want = expected.get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.get("url_from")).isEqualTo(want.get("url_from").asText());
      assertThat(row.get("first_seen")).isEqualTo(want.get("first_seen").asText());
      assertThat(row.get("nofollow")).isEqualTo(want.get("nofollow").asText());
      assertThat(row.get("inlink_rank"))
          .isEqualTo(want.get("inlink_rank").isNull() ? "" : want.get("inlink_rank").asText());
    }
  }

  /** Runs the processor {@code times} times without resetting it in between. */
  static void runSeveral(TestRunner runner, int times) {
    runner.run(times, true, true);
  }
}
