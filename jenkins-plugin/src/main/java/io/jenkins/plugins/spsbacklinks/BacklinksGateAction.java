package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.DirectoryBrowserSupport;
import hudson.model.Run;
import io.spsbacklinks.gate.GateReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.RunAction2;
import jenkins.util.VirtualFile;

/**
 * One gate run's report on its build: the summary on the build page ({@code summary.jelly}), the
 * full page ({@code index.jelly}) and the report files (JSON, HTML, Markdown, JUnit XML, baseline)
 * under {@code files/}.
 */
public class BacklinksGateAction implements RunAction2 {
  private final GateSummary summary;
  private transient Run<?, ?> run;

  public BacklinksGateAction(GateSummary summary) {
    this.summary = summary;
  }

  public GateSummary getSummary() {
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
    return "Backlinks: " + summary.getTarget();
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
