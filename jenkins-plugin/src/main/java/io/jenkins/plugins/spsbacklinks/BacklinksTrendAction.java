package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import jenkins.model.TransientActionFactory;

/**
 * The job page's backlinks trend: a server-rendered SVG per target (no JavaScript, CSP-safe) in the
 * floating box, and a page with the chart and a per-build table.
 */
public class BacklinksTrendAction implements Action {
  /** Completed builds searched for a gate run before the job gets no trend. */
  static final int RECENT_BUILDS = 5;

  private final Job<?, ?> job;

  BacklinksTrendAction(Job<?, ?> job) {
    this.job = job;
  }

  public Job<?, ?> getJob() {
    return job;
  }

  @Override
  public String getIconFileName() {
    return "symbol-analytics";
  }

  @Override
  public String getDisplayName() {
    return "Backlinks trend";
  }

  @Override
  public String getUrlName() {
    return "backlinks-trend";
  }

  /** One trend per gated target, from the last {@value TrendData#MAX_BUILDS} completed builds. */
  public List<TrendData.Trend> getTrends() {
    return TrendData.collect(() -> summaries(job.getLastCompletedBuild()));
  }

  private static Iterator<TrendData.BuildSummaries> summaries(Run<?, ?> newest) {
    return new Iterator<>() {
      private Run<?, ?> next = newest;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public TrendData.BuildSummaries next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Run<?, ?> run = next;
        next = run.getPreviousCompletedBuild();
        return new TrendData.BuildSummaries(run.getNumber(),
            run.getActions(BacklinksGateAction.class).stream().map(BacklinksGateAction::getSummary).toList());
      }
    };
  }

  /** Adds the trend to jobs whose recent builds ran the gate. */
  @Extension
  @SuppressWarnings("rawtypes")
  public static final class Factory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
      return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
      return BacklinksTrendAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job target) {
      Run<?, ?> run = target.getLastCompletedBuild();
      for (int i = 0; run != null && i < RECENT_BUILDS; i++, run = run.getPreviousCompletedBuild()) {
        if (!run.getActions(BacklinksGateAction.class).isEmpty()) {
          return List.of(new BacklinksTrendAction((Job<?, ?>) target));
        }
      }
      return List.of();
    }
  }
}
