package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_CODE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_MESSAGE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_FAILURE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_RETRY;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static io.spsbacklinks.nifi.DownloadAllBacklinks.DOWNLOAD_FILE;
import static io.spsbacklinks.nifi.DownloadAllBacklinks.TASK_ID;
import static io.spsbacklinks.nifi.DownloadAllBacklinks.TASK_STATUS;
import static io.spsbacklinks.nifi.TestFlows.attributes;
import static io.spsbacklinks.nifi.TestFlows.expectedBacklinks;
import static io.spsbacklinks.nifi.TestFlows.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.apache.nifi.controller.AbstractControllerService;
import org.apache.nifi.controller.ControllerService;
import org.apache.nifi.provenance.ProvenanceEventRecord;
import org.apache.nifi.provenance.ProvenanceEventType;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DownloadAllBacklinksTest {
  /** Exports take 10 s of sandbox time, which the tests advance by hand. */
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().exportDelay(Duration.ofSeconds(10)).build();

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = SANDBOX.sandbox();
  }

  @AfterEach
  void noFaults() {
    sandbox.faults(Faults.none());
  }

  /** A runner with its own key: a key may have only one export running. */
  private static TestRunner runner(DownloadAllBacklinks processor, String apiKey) {
    TestFlows.addKey(sandbox, apiKey);
    TestRunner runner = TestFlows.runner(processor, sandbox, apiKey, 1);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    return runner;
  }

  private static long statusRequests() {
    return sandbox.requestLog().stream()
        .filter(line -> line.contains("download-all-backlinks-status"))
        .count();
  }

  @Test
  void exportIsPolledOncePerRunThenStreamedIntoRecords() {
    String key = "nifi-export-key-1";
    TestRunner runner = runner(new DownloadAllBacklinks(), key);
    runner.enqueue("", attributes("site", "big-2000.example"));

    runner.run();

    runner.assertTransferCount(REL_SUCCESS, 0);
    assertThat(runner.getQueueSize().getObjectCount()).isEqualTo(1);
    MockFlowFile waiting = runner.getPenalizedFlowFiles().get(0);
    assertThat(waiting.getAttribute(TASK_ID)).isNotBlank();
    waiting.assertAttributeEquals(TASK_STATUS, "queued_for_processing");

    long statusBefore = statusRequests();
    sandbox.advance(Duration.ofSeconds(6));
    runner.run();
    assertThat(statusRequests()).isEqualTo(statusBefore + 1);
    runner.assertTransferCount(REL_SUCCESS, 0);
    assertThat(runner.getPenalizedFlowFiles())
        .last()
        .satisfies(flowFile -> flowFile.assertAttributeEquals(TASK_STATUS, "processing"));

    sandbox.advance(Duration.ofSeconds(5));
    runner.run();

    runner.assertTransferCount(REL_SUCCESS, 1);
    runner.assertTransferCount(REL_ORIGINAL, 1);
    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    assertThat(records(output))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-2000.example", "domain"));
    output.assertAttributeEquals("record.count", "2000");
    output.assertAttributeEquals(TASK_ID, waiting.getAttribute(TASK_ID));
    output.assertAttributeEquals("backlinks.target", "big-2000.example");
    String file = output.getAttribute(DOWNLOAD_FILE);
    assertThat(file)
        .startsWith(sandbox.baseUrl())
        .contains("/export/c/")
        .endsWith(".csv.gz")
        .doesNotContainIgnoringCase("apikey");
    MockFlowFile original = runner.getFlowFilesForRelationship(REL_ORIGINAL).get(0);
    original.assertAttributeEquals(TASK_STATUS, "complete");
    original.assertAttributeEquals(DOWNLOAD_FILE, file);
    List<ProvenanceEventRecord> fetches =
        runner.getProvenanceEvents().stream()
            .filter(event -> event.getEventType() == ProvenanceEventType.FETCH)
            .toList();
    assertThat(fetches)
        .singleElement()
        .satisfies(event -> assertThat(event.getTransitUri()).isEqualTo(file));
    TestFlows.assertNoKeyLeaked(runner, key);
  }

  @Test
  void rejectedExportIsStartedAgainAfterThePenalty() {
    TestRunner runner = runner(new DownloadAllBacklinks(), "nifi-export-key-2");
    runner.enqueue("", attributes("site", "big-300.example"));
    runner.enqueue("", attributes("site", "big-400.example"));

    runner.run(2);

    List<MockFlowFile> waiting = runner.getPenalizedFlowFiles();
    assertThat(waiting).hasSize(2);
    waiting.get(0).assertAttributeEquals(TASK_STATUS, "queued_for_processing");
    waiting.get(1).assertAttributeEquals(TASK_STATUS, "rejected");
    waiting.get(1).assertAttributeNotExists(TASK_ID);

    for (int i = 0; i < 8 && runner.getFlowFilesForRelationship(REL_ORIGINAL).size() < 2; i++) {
      sandbox.advance(Duration.ofSeconds(11));
      runner.run();
    }

    runner.assertTransferCount(REL_ORIGINAL, 2);
    assertThat(runner.getFlowFilesForRelationship(REL_SUCCESS))
        .extracting(flowFile -> flowFile.getAttribute("record.count"))
        .containsExactlyInAnyOrder("300", "400");
  }

  @Test
  void exportNotCompleteWithinTheTimeoutGoesToFailure() {
    DownloadAllBacklinks processor = new DownloadAllBacklinks();
    TestFlows.MutableClock clock = new TestFlows.MutableClock();
    processor.clock = clock;
    TestRunner runner = runner(processor, "nifi-export-key-3");
    runner.setProperty(DownloadAllBacklinks.EXPORT_TIMEOUT, "1 min");
    runner.enqueue("", attributes("site", "big-300.example"));
    runner.run();

    clock.advance(Duration.ofMinutes(2));
    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "export_timeout");
    assertThat(failed.getAttribute(ERROR_MESSAGE)).contains(failed.getAttribute(TASK_ID));
  }

  @Test
  void brokenDownloadGoesToRetryAndTheRetryDownloadsTheSameTask() {
    TestRunner runner = runner(new DownloadAllBacklinks(), "nifi-export-key-4");
    runner.enqueue("", attributes("site", "big-1000.example"));
    runner.run();
    sandbox.advance(Duration.ofSeconds(11));
    sandbox.faults(Faults.builder().truncateGzip(1.0).build());

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_RETRY, 1);
    MockFlowFile retry = runner.getFlowFilesForRelationship(REL_RETRY).get(0);
    assertThat(retry.getAttribute(ERROR_CODE)).isIn("malformed_response", "io_error");
    assertThat(retry.getAttribute(TASK_ID)).isNotBlank();

    sandbox.faults(Faults.none());
    runner.enqueue("", retry.getAttributes());
    runner.run();

    runner.assertTransferCount(REL_SUCCESS, 1);
    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    output.assertAttributeEquals(TASK_ID, retry.getAttribute(TASK_ID));
    assertThat(records(output))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-1000.example", "domain"));
    runner.getFlowFilesForRelationship(REL_ORIGINAL).get(0).assertAttributeNotExists(ERROR_CODE);
  }

  @Test
  void downloadRefusedWith402WhenRequestedAgainYieldsLikeAny402() {
    String key = TestFlows.addKey(sandbox, "nifi-export-key-7");
    RefusedOnResumeApiService service = new RefusedOnResumeApiService(sandbox.endpoint(), key);
    TestRunner runner = TestFlows.runner(new DownloadAllBacklinks(), service);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.enqueue("", attributes("site", "big-1000.example"));
    runner.run();
    sandbox.advance(Duration.ofSeconds(11));

    runner.run();

    assertThat(service.downloads).hasValue(2); // broke off, then requested again: 402
    runner.assertAllFlowFilesTransferred(REL_RETRY, 1);
    MockFlowFile retry = runner.getFlowFilesForRelationship(REL_RETRY).get(0);
    retry.assertAttributeEquals(ERROR_CODE, "402");
    assertThat(retry.getAttribute(ERROR_MESSAGE)).contains("skip its first");
    assertThat(retry.getAttribute(TASK_ID)).isNotBlank();
    assertThat(runner.isYieldCalled()).isTrue();
    TestFlows.assertNoKeyLeaked(runner, key);
  }

  /**
   * Downloads of export files break off half way, and a download requested again is refused with
   * 402, as when the key ran out of funds in between. One retry, never a real wait.
   */
  private static final class RefusedOnResumeApiService extends AbstractControllerService
      implements BacklinksApiService {
    final AtomicInteger downloads = new AtomicInteger();
    private final BacklinksClient client;

    RefusedOnResumeApiService(String endpoint, String apiKey) {
      OkHttpClient http =
          new OkHttpClient.Builder()
              .addInterceptor(
                  chain -> {
                    if (!chain.request().url().encodedPath().contains("/export/")) {
                      return chain.proceed(chain.request());
                    }
                    if (downloads.incrementAndGet() == 1) {
                      Response response = chain.proceed(chain.request());
                      // Half the file: past what opening it reads, so rows are delivered before the
                      // break.
                      byte[] file = response.body().bytes();
                      ResponseBody whole = ResponseBody.create(file, response.body().contentType());
                      return response
                          .newBuilder()
                          .body(InterruptingApiService.breakAfter(whole, file.length / 2))
                          .build();
                    }
                    return new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(402)
                        .message("Payment Required")
                        .body(
                            ResponseBody.create(
                                "{\"error\": {\"code\": 402, \"message\": "
                                    + "\"Insufficient funds.\"}}",
                                MediaType.get("application/json")))
                        .build();
                  })
              .build();
      client =
          BacklinksClient.builder()
              .apiKey(apiKey)
              .endpoint(endpoint)
              .okHttpClient(http)
              .retryPolicy(RetryPolicy.builder().maxAttempts(2).jitter(0).build())
              .sleeper(wait -> {})
              .build();
    }

    @Override
    public BacklinksClient client() {
      return client;
    }
  }

  /**
   * A runner whose service calls the sandbox as localhost, so that its download_file URLs, on
   * 127.0.0.1, are on another host: as an export served from a CDN.
   */
  private static TestRunner runnerOnLocalhost(String apiKey, String allowedDownloadHosts) {
    TestRunner runner = runner(new DownloadAllBacklinks(), apiKey);
    String endpoint = sandbox.endpoint().replace("://127.0.0.1:", "://localhost:");
    assertThat(endpoint).isNotEqualTo(sandbox.endpoint());
    ControllerService service = runner.getControllerService(TestFlows.SERVICE_ID);
    runner.disableControllerService(service);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, endpoint);
    if (allowedDownloadHosts != null) {
      runner.setProperty(
          service, StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS, allowedDownloadHosts);
    }
    runner.enableControllerService(service);
    return runner;
  }

  private static long downloads() {
    return sandbox.requestLog().stream().filter(line -> line.contains("/export/")).count();
  }

  @Test
  void exportOnAnotherHostGoesToFailureNamingTheHost() {
    String key = "nifi-export-key-8";
    TestRunner runner = runnerOnLocalhost(key, null);
    runner.enqueue("", attributes("site", "big-300.example"));
    runner.run();
    sandbox.advance(Duration.ofSeconds(11));
    long downloadsBefore = downloads();

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "invalid_parameter");
    assertThat(failed.getAttribute(ERROR_MESSAGE))
        .contains("download_file")
        .contains("host 127.0.0.1")
        .contains("Allowed Download Hosts");
    assertThat(failed.getAttribute(TASK_ID)).isNotBlank();
    assertThat(downloads()).isEqualTo(downloadsBefore);
    TestFlows.assertNoKeyLeaked(runner, key);
  }

  @Test
  void exportOnAnAllowedHostIsDownloaded() {
    String key = "nifi-export-key-9";
    TestRunner runner = runnerOnLocalhost(key, "cdn.example.com, 127.0.0.1");
    runner.enqueue("", attributes("site", "big-300.example"));
    runner.run();
    sandbox.advance(Duration.ofSeconds(11));

    runner.run();

    runner.assertTransferCount(REL_SUCCESS, 1);
    runner.assertTransferCount(REL_ORIGINAL, 1);
    MockFlowFile output = runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
    assertThat(output.getAttribute(DOWNLOAD_FILE)).startsWith("http://127.0.0.1:");
    assertThat(records(output))
        .containsExactlyElementsOf(expectedBacklinks(sandbox, "big-300.example", "domain"));
    TestFlows.assertNoKeyLeaked(runner, key);
  }

  @Test
  void unknownTaskGoesToFailure() {
    TestRunner runner = runner(new DownloadAllBacklinks(), "nifi-export-key-5");
    runner.enqueue("", attributes("site", "big-300.example", TASK_ID, "0123456789ABCDEF"));

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    runner
        .getFlowFilesForRelationship(REL_FAILURE)
        .get(0)
        .assertAttributeEquals(ERROR_CODE, "task id is unknown or deleted");
  }

  @Test
  void invalidConfigurationsAreRejected() {
    TestRunner runner = runner(new DownloadAllBacklinks(), "nifi-export-key-6");
    runner.assertValid();
    runner.setProperty(DownloadAllBacklinks.EXPORT_TIMEOUT, "soon");
    runner.assertNotValid();
    runner.setProperty(DownloadAllBacklinks.EXPORT_TIMEOUT, "2 hours");
    runner.removeProperty(BacklinksProperties.RECORD_WRITER);
    runner.assertNotValid();
  }
}
