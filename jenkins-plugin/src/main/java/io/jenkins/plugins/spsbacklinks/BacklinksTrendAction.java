package io.jenkins.plugins.spsbacklinks;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The job page's backlinks trend: a server-rendered SVG per target (no JavaScript, CSP-safe) in the
 * floating box, and a page with the chart and a per-build table. Offered by the last successful
 * build's {@link BacklinksGateAction} (core's {@code SimpleBuildStep.LastBuildAction} idiom), so
 * listing a job's actions walks no builds; the trends are computed once per newest completed build
 * and reused by every page render until another build completes.
 */
public class BacklinksTrendAction implements Action {
  private final Job<?, ?> job;
  private transient volatile Computed computed;

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
    return Messages.BacklinksTrendAction_DisplayName();
  }

  @Override
  public String getUrlName() {
    return "backlinks-trend";
  }

  /** One trend per gated target, from the last {@value TrendData#MAX_BUILDS} completed builds. */
  public List<TrendData.Trend> getTrends() {
    Run<?, ?> newest = job.getLastCompletedBuild();
    int key = newest == null ? 0 : newest.getNumber();
    Computed c = computed;
    if (c == null || c.newestBuild != key) {
      c = new Computed(key, TrendData.collect(() -> summaries(newest)));
      computed = c;
    }
    return c.trends;
  }

  /** The trends as of one newest completed build (a deleted older build shows until the next one completes). */
  private record Computed(int newestBuild, List<TrendData.Trend> trends) {}

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
}
