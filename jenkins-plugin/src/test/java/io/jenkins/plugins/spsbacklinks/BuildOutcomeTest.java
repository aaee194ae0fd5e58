package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.gate.Verdict;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gate verdicts to build results, never improving one. */
class BuildOutcomeTest {
  @Test
  void verdictsMapToBuildResults() {
    assertThat(BuildOutcome.of(Verdict.PASS)).isEqualTo(BuildOutcome.SUCCESS);
    assertThat(BuildOutcome.of(Verdict.WARN)).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(BuildOutcome.of(Verdict.FAIL)).isEqualTo(BuildOutcome.FAILURE);
  }

  @Test
  void namesAndOrderAreJenkinsResults() {
    // RunGateHost converts by name; hudson.model.Result orders SUCCESS < UNSTABLE < FAILURE < NOT_BUILT < ABORTED.
    assertThat(Arrays.stream(BuildOutcome.values()).map(Enum::name))
        .containsExactly("SUCCESS", "UNSTABLE", "FAILURE", "NOT_BUILT", "ABORTED");
  }

  @ParameterizedTest(name = "build {0} + gate {1} = {2}")
  @CsvSource({
      ",          PASS, SUCCESS",
      ",          WARN, UNSTABLE",
      ",          FAIL, FAILURE",
      "SUCCESS,   WARN, UNSTABLE",
      "UNSTABLE,  PASS, UNSTABLE",
      "UNSTABLE,  FAIL, FAILURE",
      "FAILURE,   PASS, FAILURE",
      "FAILURE,   WARN, FAILURE",
      "ABORTED,   FAIL, ABORTED",
      "NOT_BUILT, WARN, NOT_BUILT"
  })
  void aGateNeverImprovesTheBuildResult(BuildOutcome current, Verdict verdict, BuildOutcome expected) {
    assertThat(BuildOutcome.of(verdict).applyTo(current)).isEqualTo(expected);
  }
}
