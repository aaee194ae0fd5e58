package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Verdict;
import java.nio.file.Path;
import java.util.Optional;

/** Picks the earlier build whose recorded baseline a run compares against. */
public final class BaselineSelector {
  private BaselineSelector() {}

  /** An earlier build's baseline file. */
  public record Selected(String buildLabel, Path file) {}

  /**
   * The baseline to use, or empty for a first run.
   *
   * @param choice {@link BaselineChoice#PREVIOUS_BUILD}: the newest earlier build with a baseline;
   *     {@link BaselineChoice#LAST_PASSED}: the newest earlier build whose gate passed
   * @param reportId which gate invocation's baseline (one build may gate several targets)
   * @param previous earlier completed builds, newest first
   */
  public static Optional<Selected> select(BaselineChoice choice, String reportId, Iterable<GateHost.PastRun> previous) {
    for (GateHost.PastRun run : previous) {
      if (choice == BaselineChoice.LAST_PASSED && run.verdict(reportId).orElse(null) != Verdict.PASS) {
        continue;
      }
      Optional<Path> file = run.baselineFile(reportId);
      if (file.isPresent()) {
        return Optional.of(new Selected(run.label(), file.get()));
      }
    }
    return Optional.empty();
  }
}
