package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_CODE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_MESSAGE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_FAILURE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_RETRY;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static io.spsbacklinks.nifi.FetchRawBacklinks.NEXT_CURSOR;
import static io.spsbacklinks.nifi.FetchRawBacklinks.PAGE_INDEX;
import static io.spsbacklinks.nifi.FetchRawBacklinks.PAGE_SIZE;
import static io.spsbacklinks.nifi.FetchRawBacklinks.WALK_CURSOR;
import static io.spsbacklinks.nifi.FetchRawBacklinks.WALK_ID;
import static io.spsbacklinks.nifi.FetchRawBacklinks.WALK_RECORDS;
import static io.spsbacklinks.nifi.TestFlows.API_KEY;
import static io.spsbacklinks.nifi.TestFlows.attributes;
import static io.spsbacklinks.nifi.TestFlows.expectedBacklinks;
import static io.spsbacklinks.nifi.TestFlows.records;
import static io.spsbacklinks.nifi.TestFlows.runner;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.KeyState;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.List;
import org.apache.nifi.components.state.Scope;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FetchRawBacklinksTest {
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

  @Test
  void pagesEachFlowFileOnePagePerRunAndKeepsTheCursorOnIt() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(PAGE_SIZE, "${page.size}");
    runner.enqueue("", attributes("site", "big-1500.example", "page.size", "600"));

    runner.run();

    assertThat(runner.getFlowFilesForRelationship(REL_SUCCESS)).hasSize(1);
    assertThat(runner.getQueueSize().getObjectCount()).isEqualTo(1);
    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages)
        .extracting(page -> page.getAttribute("record.count"))
        .containsExactly("600", "600", "300");
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1500.example", "domain"));
    runner.assertTransferCount(REL_ORIGINAL, 1);
    MockFlowFile original = runner.getFlowFilesForRelationship(REL_ORIGINAL).get(0);
    original.assertAttributeEquals(WALK_RECORDS, "1500");
    original.assertAttributeEquals(WALK_ID, pages.get(0).getAttribute(WALK_ID));
    original.assertAttributeNotExists(WALK_CURSOR);
    assertThat(pages).allSatisfy(page -> page.assertAttributeEquals("site", "big-1500.example"));
    runner.getStateManager().assertStateNotSet(Scope.CLUSTER);
    TestFlows.assertNoKeyLeaked(runner);
  }

  @Test
  void failureRoutesToRetryWithTheCursorAndResumesFromIt() {
    InterruptingApiService service = new InterruptingApiService(sandbox.endpoint(), API_KEY, 2);
    TestRunner runner = runner(new FetchRawBacklinks(), service);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(PAGE_SIZE, "500");
    runner.enqueue("", attributes("site", "big-1300.example"));

    runSeveral(runner, 2);

    runner.assertTransferCount(REL_SUCCESS, 1);
    runner.assertTransferCount(REL_RETRY, 1);
    MockFlowFile retry = runner.getFlowFilesForRelationship(REL_RETRY).get(0);
    assertThat(retry.isPenalized()).isTrue();
    assertThat(retry.getAttribute(ERROR_CODE)).isIn("io_error", "malformed_response");
    retry.assertAttributeEquals(
        WALK_CURSOR,
        runner.getFlowFilesForRelationship(REL_SUCCESS).get(0).getAttribute(NEXT_CURSOR));

    // The flow loops retry back to the processor.
    runner.enqueue("", retry.getAttributes());
    runSeveral(runner, 2);

    List<MockFlowFile> pages = runner.getFlowFilesForRelationship(REL_SUCCESS);
    assertThat(pages)
        .extracting(page -> page.getAttribute(PAGE_INDEX))
        .containsExactly("0", "1", "2");
    assertThat(records(pages))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1300.example", "domain"));
    MockFlowFile original = runner.getFlowFilesForRelationship(REL_ORIGINAL).get(0);
    original.assertAttributeNotExists(ERROR_CODE);
    original.assertAttributeNotExists(ERROR_MESSAGE);
    original.assertAttributeEquals(WALK_RECORDS, "1300");
  }

  @Test
  void serverErrorsAreRetriedWithinTheRequestThenRoutedToRetry() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox, API_KEY, 3);
    runner.setProperty(BacklinksProperties.TARGET, "big-100.example");
    runner.enqueue("");
    sandbox.faults(Faults.builder().error503(1.0).build());
    long before = sandbox.requestCount();

    runner.run();

    assertThat(sandbox.requestCount() - before).isEqualTo(3);
    runner.assertAllFlowFilesTransferred(REL_RETRY, 1);
    MockFlowFile retry = runner.getFlowFilesForRelationship(REL_RETRY).get(0);
    retry.assertAttributeEquals(ERROR_CODE, "503");
    assertThat(retry.getAttribute(ERROR_MESSAGE)).contains("503");
    assertThat(retry.isPenalized()).isTrue();
    assertThat(runner.isYieldCalled()).isFalse();
    TestFlows.assertNoKeyLeaked(runner);
  }

  @Test
  void rateLimitWithAnIncomingFlowFileRoutesToRetryAndYields() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "big-100.example");
    runner.enqueue("");
    sandbox.faults(Faults.builder().error429(1.0, 5).build());

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_RETRY, 1);
    runner.getFlowFilesForRelationship(REL_RETRY).get(0).assertAttributeEquals(ERROR_CODE, "429");
    assertThat(runner.isYieldCalled()).isTrue();
  }

  @Test
  void keysTheApiRefusesYieldAndRouteToRetry() {
    sandbox.keys().add("nifi-broke-key", KeyState.INSUFFICIENT_FUNDS, 0);
    for (String key : List.of("nifi-broke-key", "nifi-unknown-key")) {
      TestRunner runner = runner(new FetchRawBacklinks(), sandbox, key, 1);
      runner.setProperty(BacklinksProperties.TARGET, "big-100.example");
      runner.enqueue("");

      runner.run();

      runner.assertAllFlowFilesTransferred(REL_RETRY, 1);
      assertThat(runner.getFlowFilesForRelationship(REL_RETRY).get(0).getAttribute(ERROR_CODE))
          .isEqualTo(key.equals("nifi-broke-key") ? "402" : "401");
      assertThat(runner.isYieldCalled()).isTrue();
    }
  }

  @Test
  void hugeTargetGoesToFailureWithTheMeaningOf244() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.enqueue("", attributes("site", "google.com"));

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "244");
    assertThat(failed.getAttribute(ERROR_MESSAGE))
        .contains("google.com")
        .containsIgnoringCase("unavailable");
  }

  @Test
  void pageSizeOutOfRangeAfterEvaluationGoesToFailureNamingTheParameter() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "big-100.example");
    runner.setProperty(PAGE_SIZE, "${size}");
    runner.enqueue("", attributes("size", "0"));
    long before = sandbox.requestCount();

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "invalid_parameter");
    assertThat(failed.getAttribute(ERROR_MESSAGE)).contains("limit");
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }

  @Test
  void invalidConfigurationsAreRejected() {
    TestRunner runner = runner(new FetchRawBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "example.com");
    runner.assertValid();
    for (String size : List.of("0", "100001", "ten")) {
      runner.setProperty(PAGE_SIZE, size);
      runner.assertNotValid();
    }
    runner.setProperty(PAGE_SIZE, "100000");
    runner.assertValid();
    runner.setProperty(BacklinksProperties.MODE, "everything");
    runner.assertNotValid();
    runner.setProperty(BacklinksProperties.TARGET, " ");
    runner.assertNotValid();
    runner.removeProperty(BacklinksProperties.TARGET);
    runner.assertNotValid();
  }

  /** Runs the processor {@code times} times without resetting it in between. */
  static void runSeveral(TestRunner runner, int times) {
    runner.run(times, true, true);
  }
}
