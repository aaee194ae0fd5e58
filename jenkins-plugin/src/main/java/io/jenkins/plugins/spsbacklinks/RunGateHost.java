package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.spsbacklinks.gate.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** {@link GateHost} over a Jenkins build. */
final class RunGateHost implements GateHost {
  /** The folder in the build directory that holds every gate report of the build. */
  static final String REPORTS_FOLDER = "sps-backlinks";

  private final Run<?, ?> run;
  private final TaskListener listener;
  private final FlowNode node;

  RunGateHost(Run<?, ?> run, TaskListener listener, @CheckForNull FlowNode node) {
    this.run = run;
    this.listener = listener;
    this.node = node;
  }

  /** A gate report's directory inside {@code run}'s build directory. */
  static Path reportDirectory(Run<?, ?> run, String reportId) {
    return run.getRootDir().toPath().resolve(REPORTS_FOLDER).resolve(reportId);
  }

  @Override
  public PrintStream logger() {
    return listener.getLogger();
  }

  @Override
  public void hyperlink(String url, String text) throws IOException {
    listener.hyperlink(url, text);
  }

  @Override
  public Path reportDirectory(String reportId) throws IOException {
    return Files.createDirectories(reportDirectory(run, reportId));
  }

  @Override
  public Iterable<PastRun> previousRuns() {
    return () -> new Iterator<>() {
      private Run<?, ?> next = run.getPreviousCompletedBuild();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public PastRun next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Run<?, ?> current = next;
        next = current.getPreviousCompletedBuild();
        return new JenkinsPastRun(current);
      }
    };
  }

  @Override
  public BuildOutcome currentResult() {
    Result result = run.getResult();
    return result == null ? null : BuildOutcome.valueOf(result.toString());
  }

  @Override
  public void setResult(BuildOutcome outcome, String message) {
    Result result = Result.fromString(outcome.name());
    run.setResult(result);
    if (node != null) {
      // Marks the stage (Pipeline Graph View, Blue Ocean) without failing the step.
      node.addOrReplaceAction(new WarningAction(result).withMessage(message));
    }
  }

  @Override
  public String attachReport(GateRunSummary summary) {
    for (BacklinksGateAction existing : run.getActions(BacklinksGateAction.class)) {
      if (existing.getSummary().getReportId().equals(summary.getReportId())) {
        run.removeAction(existing);
      }
    }
    BacklinksGateAction action = new BacklinksGateAction(summary);
    run.addAction(action);
    return run.getUrl() + action.getUrlName() + "/";
  }

  @Override
  public Optional<String> rootUrl() {
    return Optional.ofNullable(Jenkins.get().getRootUrl());
  }

  private record JenkinsPastRun(Run<?, ?> run) implements PastRun {
    @Override
    public String label() {
      return run.getDisplayName();
    }

    @Override
    public Optional<Path> baselineFile(String reportId) {
      Path file = reportDirectory(run, reportId).resolve(GateExecution.BASELINE_FILE);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Optional<Verdict> verdict(String reportId) {
      return run.getActions(BacklinksGateAction.class).stream()
          .map(BacklinksGateAction::getSummary)
          .filter(s -> s.getReportId().equals(reportId))
          .map(GateRunSummary::getVerdict)
          .findFirst();
    }
  }
}
