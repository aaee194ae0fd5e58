package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.PrimaryNodeOnly;
import org.apache.nifi.util.LogMessage;
import org.apache.nifi.util.MockProcessContext;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dual-mode processors on a cluster: as sources they request only on the primary node (as
 * NiFi's Primary Node execution would, which a retry loop rules out); fed by a connection they run
 * on every node.
 */
class ClusterSourcesTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
  }

  static Stream<Arguments> dualModeProcessors() {
    return Stream.of(
        Arguments.of("GetMetrics", (Supplier<AbstractRecordsProcessor<?>>) GetMetrics::new),
        Arguments.of("GetInlinkRank", (Supplier<AbstractRecordsProcessor<?>>) GetInlinkRank::new),
        Arguments.of("GetBacklinks", (Supplier<AbstractRecordsProcessor<?>>) GetBacklinks::new),
        Arguments.of("GetRefdomains", (Supplier<AbstractRecordsProcessor<?>>) GetRefdomains::new),
        Arguments.of(
            "GetNewLostBacklinks",
            (Supplier<AbstractRecordsProcessor<?>>) GetNewLostBacklinks::new),
        Arguments.of(
            "GetNewLostRefdomains",
            (Supplier<AbstractRecordsProcessor<?>>) GetNewLostRefdomains::new));
  }

  /** A runner for the processor on one node of a cluster. */
  private static TestRunner clusterNode(
      Supplier<AbstractRecordsProcessor<?>> processor, boolean primary, String target) {
    TestRunner runner = TestFlows.runner(processor.get(), sandbox);
    setTarget(runner, target);
    runner.setIsConfiguredForClustering(true);
    runner.setClustered(true);
    runner.setConnected(true);
    runner.setPrimaryNode(primary);
    return runner;
  }

  /** Sets the Targets (batch commands) or the Target (list commands). */
  private static void setTarget(TestRunner runner, String target) {
    runner.setProperty(
        runner.getProcessor() instanceof AbstractTargetsProcessor<?>
            ? AbstractTargetsProcessor.TARGETS
            : BacklinksProperties.TARGET,
        target);
  }

  private static long requests() {
    return sandbox.requestLog().size();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dualModeProcessors")
  void aSourceRequestsOnlyOnThePrimaryNode(
      String name, Supplier<AbstractRecordsProcessor<?>> processor) {
    assertThat(processor.get().getClass().getAnnotation(InputRequirement.class).value())
        .isEqualTo(InputRequirement.Requirement.INPUT_ALLOWED);
    assertThat(processor.get().getClass().getAnnotation(PrimaryNodeOnly.class)).isNull();

    TestRunner secondary = clusterNode(processor, false, "big-300.example");
    // A retry loop: NiFi then refuses Primary Node execution, and it stays a source.
    secondary.setIncomingConnection(true);
    secondary.setNonLoopConnection(false);
    long before = requests();
    secondary.run(3);

    assertThat(requests()).as("requests from a node that is not primary").isEqualTo(before);
    secondary.assertTransferCount(REL_SUCCESS, 0);
    assertThat(((MockProcessContext) secondary.getProcessContext()).isYieldCalled()).isTrue();
    assertThat(secondary.getLogger().getInfoMessages())
        .extracting(LogMessage::getMsg)
        .filteredOn(message -> message.contains("not the primary node"))
        .as("said once, not once per run")
        .hasSize(1);

    TestRunner primary = clusterNode(processor, true, "big-300.example");
    // No retry loop here: nifi-mock refuses expressions without a FlowFile when any connection
    // comes in, which NiFi itself allows.
    primary.setIncomingConnection(false);
    primary.setNonLoopConnection(false);
    primary.run();

    assertThat(requests()).isGreaterThan(before);
    primary.assertTransferCount(REL_SUCCESS, 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dualModeProcessors")
  void fedByAConnectionItRunsOnEveryNode(
      String name, Supplier<AbstractRecordsProcessor<?>> processor) {
    TestRunner secondary = clusterNode(processor, false, "${site}");
    secondary.enqueue("", Map.of("site", "big-500.example"));

    secondary.run();

    secondary.assertTransferCount(REL_SUCCESS, 1);
    secondary.assertTransferCount(REL_ORIGINAL, 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dualModeProcessors")
  void aStandaloneSourceRuns(String name, Supplier<AbstractRecordsProcessor<?>> processor) {
    TestRunner standalone = TestFlows.runner(processor.get(), sandbox);
    setTarget(standalone, "big-300.example");
    standalone.setIncomingConnection(false);
    standalone.setNonLoopConnection(false);

    standalone.run();

    standalone.assertTransferCount(REL_SUCCESS, 1);
  }
}
