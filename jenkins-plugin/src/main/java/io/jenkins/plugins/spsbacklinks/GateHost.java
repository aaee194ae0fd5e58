package io.jenkins.plugins.spsbacklinks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a gate run needs from the build that hosts it. The Jenkins implementation wraps a {@code Run}
 * and its {@code TaskListener} (and, in Pipeline, the step's {@code FlowNode}); tests use a plain
 * double. Keeping this seam small keeps the Jenkins classes thin.
 */
public interface GateHost {
  /** The build log. */
  PrintStream logger();

  /** Writes {@code text} to the log as a link to {@code url} (relative to the Jenkins root, starting with {@code /}). */
  void hyperlink(String url, String text) throws IOException;

  /** The build's directory for one report's files, created if missing. */
  Path reportDirectory(String reportId) throws IOException;

  /** Earlier completed builds of the same job, newest first, loaded lazily. */
  Iterable<PastRun> previousRuns();

  /** The build's result so far; null while it is still successful. */
  BuildOutcome currentResult();

  /**
   * Makes the build's result {@code outcome}; only called with a result worse than {@link
   * #currentResult()}. In Pipeline the step's stage is marked too.
   */
  void setResult(BuildOutcome outcome, String message);

  /** Adds the report to the build and returns the report page's URL relative to the Jenkins root, without a leading {@code /}. */
  String attachReport(GateRunSummary summary);

  /** The Jenkins root URL ending in {@code /}, if configured. */
  Optional<String> rootUrl();

  /** One earlier build, as far as the gate cares. */
  interface PastRun {
    /** The build's display label, e.g. {@code #41}. */
    String label();

    /** The baseline file that build recorded for {@code reportId}, if any. */
    Optional<Path> baselineFile(String reportId);

    /** The gate verdict that build recorded for {@code reportId}, if it ran the gate. */
    Optional<io.spsbacklinks.gate.Verdict> verdict(String reportId);
  }
}
