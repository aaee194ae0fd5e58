package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.DirectoryBrowserSupport;
import hudson.model.Run;
import io.spsbacklinks.gate.GateReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import jenkins.util.VirtualFile;

/**
 * One gate run's report on its build: the summary on the build page ({@code summary.jelly}), the
 * full page ({@code index.jelly}) and the report files (JSON, HTML, Markdown, JUnit XML, baseline)
 * under {@code files/}. On the job's last successful build it also gives the job its trend.
 */
public class BacklinksGateAction implements RunAction2, SimpleBuildStep.LastBuildAction {
  private final GateRunSummary summary;
  private transient Run<?, ?> run;
  private transient BacklinksTrendAction trend;

  public BacklinksGateAction(GateRunSummary summary) {
    this.summary = summary;
  }

  public GateRunSummary getSummary() {
    return summary;
  }

  /** The build this report belongs to. */
  public Run<?, ?> getRun() {
    return run;
  }

  @Override
  public String getIconFileName() {
    return "symbol-link";
  }

  @Override
  public String getDisplayName() {
    return Messages.BacklinksGateAction_DisplayName(summary.getTarget());
  }

  @Override
  public String getUrlName() {
    return ReportIds.urlName(summary.getReportId());
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    this.run = r;
  }

  /**
   * The job's trend, read by core's {@code LastBuildActionFactory} from the last successful build only
   * (no build walk per action listing). A build with several gate reports offers it once, from the first.
   */
  @Override
  public Collection<? extends Action> getProjectActions() {
    if (run == null || run.getAction(BacklinksGateAction.class) != this) {
      return List.of();
    }
    if (trend == null) {
      trend = new BacklinksTrendAction(run.getParent());
    }
    return List.of(trend);
  }

  /** The full report read from the stored JSON file, or null if it is missing or unreadable. */
  @CheckForNull
  public ReportView getReport() {
    Path file = directory().resolve(GateReports.JSON_FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return ReportView.read(file);
    } catch (IOException e) {
      return null;
    }
  }

  /** Serves the report files; Jenkins' resource CSP sandboxes the HTML report. */
  public DirectoryBrowserSupport doFiles() {
    return new DirectoryBrowserSupport(this, VirtualFile.forFile(directory().toFile()),
        "Backlinks gate report files", "symbol-document-text", true);
  }

  private Path directory() {
    return RunGateHost.reportDirectory(run, summary.getReportId());
  }
}
