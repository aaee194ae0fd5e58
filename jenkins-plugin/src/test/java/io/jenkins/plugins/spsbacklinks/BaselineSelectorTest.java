package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.gate.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which earlier build's baseline a run uses. */
class BaselineSelectorTest {
  private static final String ID = "example.com-host";

  private record Past(String label, Path file, Verdict verdict) implements GateHost.PastRun {
    @Override
    public Optional<Path> baselineFile(String reportId) {
      return reportId.equals(ID) ? Optional.ofNullable(file) : Optional.empty();
    }

    @Override
    public Optional<Verdict> verdict(String reportId) {
      return reportId.equals(ID) ? Optional.ofNullable(verdict) : Optional.empty();
    }
  }

  private static final Past NO_GATE = new Past("#9", null, null);
  private static final Past FAILED = new Past("#8", Path.of("8.json"), Verdict.FAIL);
  private static final Past WARNED = new Past("#7", Path.of("7.json"), Verdict.WARN);
  private static final Past PASSED = new Past("#6", Path.of("6.json"), Verdict.PASS);

  @Test
  void previousBuildIsTheNewestThatRecordedABaseline() {
    assertThat(BaselineSelector.select(BaselineChoice.PREVIOUS_BUILD, ID, List.of(NO_GATE, FAILED, PASSED)))
        .contains(new BaselineSelector.Selected("#8", Path.of("8.json")));
  }

  @Test
  void lastPassedSkipsBuildsWhoseGateWarnedOrFailed() {
    assertThat(BaselineSelector.select(BaselineChoice.LAST_PASSED, ID, List.of(NO_GATE, FAILED, WARNED, PASSED)))
        .contains(new BaselineSelector.Selected("#6", Path.of("6.json")));
  }

  @Test
  void noEarlierBaselineMeansAFirstRun() {
    assertThat(BaselineSelector.select(BaselineChoice.PREVIOUS_BUILD, ID, List.of(NO_GATE))).isEmpty();
    assertThat(BaselineSelector.select(BaselineChoice.LAST_PASSED, ID, List.of(FAILED, WARNED))).isEmpty();
    assertThat(BaselineSelector.select(BaselineChoice.PREVIOUS_BUILD, ID, List.of())).isEmpty();
  }

  @Test
  void anotherTargetsBaselineIsNotUsed() {
    assertThat(BaselineSelector.select(BaselineChoice.PREVIOUS_BUILD, "other.example-host", List.of(PASSED)))
        .isEmpty();
  }

  @Test
  void stopsReadingBuildsOnceFound() {
    GateHost.PastRun older = new GateHost.PastRun() {
      @Override
      public String label() {
        return "#5";
      }

      @Override
      public Optional<Path> baselineFile(String reportId) {
        throw new AssertionError("older builds must not be read");
      }

      @Override
      public Optional<Verdict> verdict(String reportId) {
        throw new AssertionError("older builds must not be read");
      }
    };

    assertThat(BaselineSelector.select(BaselineChoice.PREVIOUS_BUILD, ID, List.of(PASSED, older))).isPresent();
  }
}
