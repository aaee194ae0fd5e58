package io.spsbacklinks.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.bench.BacklinkTally;
import io.spsbacklinks.cli.BacklinksCli;
import io.spsbacklinks.cli.Platform;
import io.spsbacklinks.cli.Terminal;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.PollPolicy;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawBacklinksWalk;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.ServiceUnavailableException;
import io.spsbacklinks.core.StreamResumeException;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.TaskStatus;
import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * The fault soak: the client against the sandbox injecting the faults of a bad day (5% 503, 2% 429
 * with Retry-After, 1% connections dropped mid-body, a truncated gzip). Every backlink must arrive
 * exactly once (count and order-independent checksum equal to the sandbox's ground truth), within a
 * bound of requests and time; and when the faults outlast the retry budget the failure must be loud
 * and say where to resume. Waits are virtual ({@link VirtualTime}): nothing sleeps for real.
 *
 * <p>What the client does, as observed here: it retries 429/5xx inside a request, and re-requests a
 * page or an export file that breaks off mid-body (dropped connection, truncated gzip), skipping
 * the rows it already returned; so under these faults a plain walk or download needs no help. Past
 * its retry budget it fails with the cursor or file to resume from and the rows to skip ({@link
 * StreamResumeException}), or, when a request fails before any row, with the error and {@link
 * RawBacklinksWalk#currentCursor()} to resume from.
 */
@Tag("soak")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class FaultSoakTest {
  private static final String TARGET = "big-300000.example";
  private static final long ROWS = 300_000;
  private static final int PAGE = 10_000;

  /** The CLI tests hold all output in memory: a smaller target. */
  private static final String CLI_TARGET = "big-20000.example";

  private static final String KEY = Sandbox.DEMO_API_KEY;
  private static final int MAX_ATTEMPTS = RetryPolicy.defaults().maxAttempts();

  /**
   * A bad day. The seed is one whose draws, for the requests of the walk, include every kind of
   * fault at least once; {@link #assertFaultsHappened} guards that.
   */
  private static final Faults BAD_DAY =
      Faults.builder().error503(0.05).error429(0.02, 3).dropConnection(0.01).seed(10).build();

  private final RawBacklinksQuery query =
      RawBacklinksQuery.builder(TARGET).mode(Mode.DOMAIN).limit(PAGE).build();
  private Sandbox sandbox;
  private VirtualTime time;
  private BacklinksClient client;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().exportDelay(Duration.ofSeconds(30)).build().start();
    time = new VirtualTime(sandbox);
    client =
        BacklinksClient.builder()
            .apiKey(KEY)
            .endpoint(sandbox.endpoint())
            .retryPolicy(RetryPolicy.defaults())
            .readTimeout(Duration.ofSeconds(30))
            .clock(time)
            .sleeper(time)
            .build();
  }

  @AfterEach
  void stop(TestInfo test) {
    System.out.println(
        "soak "
            + test.getDisplayName()
            + ": requests by outcome "
            + outcomes()
            + ", virtual wait "
            + time.slept()
            + " in "
            + time.sleeps()
            + " sleeps");
    sandbox.close();
  }

  @Test
  void rawWalkUnderFaultsDeliversEveryBacklinkExactlyOnce() {
    sandbox.faults(BAD_DAY);
    BacklinkTally delivered = new BacklinkTally();

    // No harness: the client retries statuses and re-requests a page cut mid-body by itself.
    try (RawBacklinksWalk walk = client.rawBacklinks(query)) {
      walk.forEachRemaining(delivered::add);
    }

    assertThat(delivered).isEqualTo(groundTruth());
    assertThat(delivered.count()).isEqualTo(ROWS);
    assertFaultsHappened("503", "429", "dropped");
    assertThat(sandbox.requestCount()).as("requests for 30 pages").isLessThan(60);
    assertThat(time.slept()).as("virtual backoff").isLessThan(Duration.ofMinutes(2));
  }

  @Test
  void exportWithATruncatedFirstDownloadUnderFaultsDeliversEveryBacklinkExactlyOnce() {
    sandbox.faults(BAD_DAY);
    ExportTask started = client.downloadAllBacklinks(TARGET, Mode.DOMAIN);
    assertThat(started.taskStatus()).isNotEqualTo(TaskStatus.REJECTED);
    ExportTask task = client.awaitExport(started.taskId(), PollPolicy.defaults());
    // The first download's gzip stream stops half way inside a normal HTTP response. The client
    // notices, waits before downloading again, and by then the file is whole again.
    sandbox.faults(Faults.builder().truncateGzip(1.0).build());
    time.onSleep(() -> sandbox.faults(BAD_DAY));
    BacklinkTally delivered = new BacklinkTally();

    download(task.downloadFile(), delivered, 0);

    assertThat(delivered).isEqualTo(groundTruth());
    assertThat(exportDownloads())
        .as("the truncated download and the complete one")
        .isBetween(2L, (long) MAX_ATTEMPTS);
  }

  @Test
  void rawWalkWhoseNextPageStaysUnavailableFailsLoudlyAndResumesFromItsCursor() {
    BacklinkTally delivered = new BacklinkTally();
    RawBacklinksWalk walk = client.rawBacklinks(query);
    for (int i = 0; i < 2 * PAGE; i++) {
      delivered.add(walk.next());
    }
    sandbox.faults(Faults.builder().error503(1.0).build()); // an outage from page 3 on

    ServiceUnavailableException outage =
        catchThrowableOfType(ServiceUnavailableException.class, walk::hasNext);

    assertThat(outage).as("the walk must fail, not end").isNotNull();
    assertThat(outage.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(outage.command()).isEqualTo("get-raw-backlinks");
    assertThat(outage.getMessage()).doesNotContain(KEY);
    // A request that fails before any row carries no cursor: the walk has it.
    String resumeAt = walk.currentCursor().orElseThrow();
    assertThat(walk.lastCursor()).contains(resumeAt);
    assertThat(walk.rowsRead()).isEqualTo(2 * PAGE);

    sandbox.faults(Faults.none());
    resume(resumeAt, 0, delivered);
    assertThat(delivered).isEqualTo(groundTruth());
  }

  @Test
  void rawWalkWhosePageKeepsBreakingOffFailsLoudlyWithTheCursorToResumeFrom() {
    BacklinkTally delivered = new BacklinkTally();
    RawBacklinksWalk walk = client.rawBacklinks(query);
    for (int i = 0; i < 2 * PAGE; i++) {
      delivered.add(walk.next()); // page 3 is requested only when a row of it is asked for
    }
    // From page 3 on, every response is cut after its first bytes, before any whole row.
    sandbox.faults(Faults.builder().dropConnection(1.0).build());

    StreamResumeException broken =
        catchThrowableOfType(
            StreamResumeException.class, () -> walk.forEachRemaining(delivered::add));

    assertThat(broken).as("the walk must fail, not end").isNotNull();
    String pageCursor = walk.currentCursor().orElseThrow();
    assertThat(walk.lastCursor()).as("page 3's cursor").contains(pageCursor);
    assertThat(broken.resumeCursor()).contains(pageCursor);
    assertThat(broken.rowsToSkip()).isZero();
    assertThat(broken.getMessage()).contains(pageCursor).doesNotContain(KEY);
    assertThat(broken.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(delivered.count()).isEqualTo(2 * PAGE);

    sandbox.faults(Faults.none());
    resume(pageCursor, broken.rowsToSkip(), delivered);
    assertThat(delivered).isEqualTo(groundTruth());
  }

  @Test
  void exportThatKeepsBreakingOffFailsLoudlyWithTheFileAndRowsToSkip() {
    ExportTask started = client.downloadAllBacklinks(TARGET, Mode.DOMAIN);
    ExportTask task = client.awaitExport(started.taskId(), PollPolicy.defaults());
    sandbox.faults(Faults.builder().truncateGzip(1.0).build());
    BacklinkTally delivered = new BacklinkTally();

    StreamResumeException broken =
        catchThrowableOfType(
            StreamResumeException.class, () -> download(task.downloadFile(), delivered, 0));

    assertThat(broken).as("the download must fail, not end").isNotNull();
    assertThat(broken.getMessage()).contains("truncated").doesNotContain(KEY);
    assertThat(broken.downloadFile())
        .hasValueSatisfying(
            file ->
                assertThat(task.downloadFile()).endsWith(file.substring(file.indexOf("/export/"))));
    assertThat(broken.rowsToSkip()).isEqualTo(delivered.count()).isPositive().isLessThan(ROWS);
    assertThat(exportDownloads()).isEqualTo(MAX_ATTEMPTS);

    sandbox.faults(Faults.none());
    download(broken.downloadFile().orElseThrow(), delivered, broken.rowsToSkip());
    assertThat(delivered).isEqualTo(groundTruth());
  }

  @Test
  void exportStatusBeyondTheRetryBudgetFailsLoudlyAndTheTaskResumes() {
    ExportTask started = client.downloadAllBacklinks(TARGET, Mode.DOMAIN);
    sandbox.faults(Faults.builder().error503(1.0).build());

    ServiceUnavailableException outage =
        catchThrowableOfType(
            ServiceUnavailableException.class,
            () -> client.awaitExport(started.taskId(), PollPolicy.defaults()));

    assertThat(outage).as("the wait must fail, not end").isNotNull();
    assertThat(outage.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(outage.command()).isEqualTo("download-all-backlinks-status");
    // The caller holds the task id (it started the task); resuming it loses nothing.
    sandbox.faults(Faults.none());
    ExportTask task = client.awaitExport(started.taskId(), PollPolicy.defaults());
    BacklinkTally delivered = new BacklinkTally();
    download(task.downloadFile(), delivered, 0);
    assertThat(delivered).isEqualTo(groundTruth());
  }

  @Test
  void cliRawBacklinksBeyondTheRetryBudgetPrintsTheCursorToResumeFrom() {
    String third;
    try (RawPage first = client.getRawBacklinksPage(query, null)) {
      String second = first.nextCursor().orElseThrow();
      try (RawPage page = client.getRawBacklinksPage(query, second)) {
        third = page.nextCursor().orElseThrow();
      }
    }
    sandbox.faults(Faults.builder().error503(1.0).build());

    Cli run =
        cli(
            "raw-backlinks",
            "--target",
            TARGET,
            "--mode",
            "domain",
            "--limit",
            String.valueOf(PAGE),
            "--start-cursor",
            third,
            "--format",
            "jsonl");

    assertThat(run.exit()).isEqualTo(BacklinksCli.EXIT_API_ERROR);
    assertThat(run.err()).contains("--start-cursor " + third).doesNotContain(KEY);
    assertThat(run.out()).as("no rows").isBlank();
  }

  @Test
  void cliDownloadAllWithAnExportThatKeepsBreakingOffPrintsTheTaskId() {
    sandbox.faults(Faults.builder().truncateGzip(1.0).build());

    Cli run = cli("download-all", "--target", CLI_TARGET, "--mode", "domain", "--format", "jsonl");

    String taskId = taskIdIn(run.err());
    assertThat(run.exit()).isEqualTo(BacklinksCli.EXIT_API_ERROR);
    assertThat(run.err()).contains("truncated").contains("--task-id " + taskId).doesNotContain(KEY);
    long printed = run.out().lines().count();
    assertThat(printed).as("rows printed before the cut").isPositive().isLessThan(20_000);

    sandbox.faults(Faults.none());
    Cli resumed = cli("download-all", "--task-id", taskId, "--format", "jsonl");
    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out().lines().count()).isEqualTo(20_000);
  }

  /** Reads the rest of the walk from {@code cursor}, skipping rows the caller already has. */
  private void resume(String cursor, long skip, BacklinkTally delivered) {
    try (RawBacklinksWalk rest = client.rawBacklinks(query, cursor)) {
      for (long i = 0; i < skip; i++) {
        rest.next();
      }
      rest.forEachRemaining(delivered::add);
    }
  }

  private void download(String downloadFile, BacklinkTally rows, long skip) {
    try (RowStream<Backlink> export = client.openExport(downloadFile)) {
      for (long i = 0; i < skip; i++) {
        export.next();
      }
      export.forEachRemaining(rows::add);
    }
  }

  private BacklinkTally groundTruth() {
    BacklinkTally expected = new BacklinkTally();
    try (Stream<SandboxBacklink> backlinks = sandbox.index().backlinks(TARGET, "domain")) {
      backlinks.forEach(expected::add);
    }
    return expected;
  }

  private long exportDownloads() {
    return sandbox.requestLog().stream().filter(line -> line.contains(" GET /export/c/")).count();
  }

  /** Requests by outcome: status, or "dropped". */
  private Map<String, Long> outcomes() {
    return sandbox.requestLog().stream()
        .collect(
            Collectors.groupingBy(
                line -> line.replaceAll(".* -> (\\S+) .*", "$1"),
                TreeMap::new,
                Collectors.counting()));
  }

  private void assertFaultsHappened(String... outcomes) {
    Map<String, Long> seen = outcomes();
    for (String outcome : outcomes) {
      assertThat(seen)
          .as("requests answered %s (else pick another seed)", outcome)
          .containsKey(outcome);
    }
  }

  /** One in-process run of the CLI against the sandbox, with the soak's virtual time. */
  private record Cli(int exit, String out, String err) {}

  private Cli cli(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--endpoint", sandbox.endpoint(), "--api-key", KEY, "--no-progress"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        BacklinksCli.run(
            args.toArray(String[]::new),
            print(out),
            print(err),
            Map.of(),
            new Platform(Terminal.NONE, time, time, System::nanoTime));
    return new Cli(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static PrintStream print(OutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private static String taskIdIn(String err) {
    int at = err.indexOf("--task-id ");
    assertThat(at).as("a task id in: %s", err).isNotNegative();
    return err.substring(at + "--task-id ".length()).split("\\s")[0];
  }
}
