package io.spsbacklinks.bench.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.bench.BacklinkTally;
import io.spsbacklinks.nifi.PageRawBacklinks;
import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.nifi.components.state.Scope;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The NiFi part of the fault soak: PageRawBacklinks as a source walks a large target of the sandbox
 * on a bad day (5% 503, 2% 429, 1% connections dropped mid-body); the processor is stopped half way
 * and a new instance takes over from the saved state, as after a NiFi restart. The pages written by
 * both must hold every backlink exactly once.
 */
@Tag("soak")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class NifiFaultSoakTest {
  private static final String TARGET = "big-300000.example";
  private static final int PAGE = 10_000;
  private static final String KEY = Sandbox.DEMO_API_KEY;

  /** A restart after this many pages were served. */
  private static final int STOP_AFTER_PAGES = 8;

  /** The seed's draws include a connection dropped mid-page; {@link #walk} guards it. */
  private static final Faults BAD_DAY =
      Faults.builder().error503(0.05).error429(0.02, 3).dropConnection(0.01).seed(3).build();

  private final AtomicInteger pagesServed = new AtomicInteger();
  private volatile Runnable onPage = () -> {};
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox =
        Sandbox.builder()
            .requestListener(
                line -> {
                  if (line.contains("/get-raw-backlinks?") && line.contains(" -> 200 ")) {
                    pagesServed.incrementAndGet();
                    onPage.run();
                  }
                })
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    System.out.println("soak NiFi walk: requests by outcome " + outcomes());
    sandbox.close();
  }

  @Test
  void walkWithFaultsAndARestartDeliversEveryBacklinkExactlyOnce() throws IOException {
    sandbox.faults(BAD_DAY);
    BacklinkTally delivered = new BacklinkTally();

    // The first instance is stopped (unscheduled) once a few pages were served.
    TestRunner first = walk();
    onPage =
        () -> {
          if (pagesServed.get() == STOP_AFTER_PAGES) {
            first.unSchedule();
          }
        };
    int firstTriggers = runUntilStopped(first, delivered);
    Map<String, String> saved = first.getStateManager().getState(Scope.CLUSTER).toMap();
    assertThat(saved).as("stopped half way: a cursor to resume from").containsKey("cursor");
    long firstPages = delivered.count() / PAGE;
    assertThat(firstPages).isBetween(1L, 29L);

    // A new instance, as after a NiFi restart, takes over the saved state.
    onPage = () -> {};
    TestRunner second = walk();
    second.getStateManager().setState(saved, Scope.CLUSTER);
    int secondTriggers = runUntilComplete(second, delivered);

    assertThat(delivered).isEqualTo(groundTruth());
    assertThat(outcomes()).as("a page cut mid-body, else pick another seed").containsKey("dropped");
    // One page per trigger: 30 pages, plus the triggers whose page failed.
    assertThat(firstTriggers + secondTriggers).as("triggers").isLessThan(45);
    System.out.println(
        "soak NiFi walk: "
            + firstPages
            + " pages before the restart, triggers "
            + firstTriggers
            + " + "
            + secondTriggers);
  }

  private TestRunner walk() {
    TestRunner runner =
        NifiFlows.rawBacklinks(new PageRawBacklinks(), sandbox.endpoint(), KEY, 4, TARGET, PAGE);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    return runner;
  }

  /**
   * Triggers the first instance, one page per trigger, until it was stopped; a failed page leaves
   * its cursor in the state for the next trigger.
   */
  private int runUntilStopped(TestRunner runner, BacklinkTally delivered) {
    for (int trigger = 1; trigger <= 20; trigger++) {
      runner.run(1, false, true);
      collect(runner, delivered);
      if (pagesServed.get() >= STOP_AFTER_PAGES) {
        return trigger;
      }
    }
    throw new AssertionError("the first instance was never stopped");
  }

  private int runUntilComplete(TestRunner runner, BacklinkTally delivered) throws IOException {
    for (int trigger = 1; trigger <= 40; trigger++) {
      runner.run(1, false, trigger == 1);
      collect(runner, delivered);
      Map<String, String> state = runner.getStateManager().getState(Scope.CLUSTER).toMap();
      if (state.containsKey("walk.completed")) {
        return trigger;
      }
    }
    throw new AssertionError("the walk did not complete in 40 triggers");
  }

  /** Adds the committed pages' records and forgets them, as the next processor in a flow would. */
  private static void collect(TestRunner runner, BacklinkTally delivered) {
    for (MockFlowFile page : runner.getFlowFilesForRelationship(REL_SUCCESS)) {
      NifiFlows.addRecords(delivered, page.toByteArray());
    }
    runner.clearTransferState();
  }

  private BacklinkTally groundTruth() {
    BacklinkTally expected = new BacklinkTally();
    try (Stream<SandboxBacklink> backlinks = sandbox.index().backlinks(TARGET, "domain")) {
      backlinks.forEach(expected::add);
    }
    return expected;
  }

  private Map<String, Long> outcomes() {
    return sandbox.requestLog().stream()
        .collect(
            Collectors.groupingBy(
                line -> line.replaceAll(".* -> (\\S+) .*", "$1"),
                TreeMap::new,
                Collectors.counting()));
  }
}
