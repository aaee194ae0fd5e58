package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The Pipeline step {@code backlinksGate}: the same parameters as {@link BacklinksGateBuilder},
 * run off the CPS thread, returning a plain map (see {@link GateOutcome#toStepResult()}) so
 * scripts can decide, and marking the stage when the gate makes the build worse.
 *
 * <pre>{@code
 * def gate = backlinksGate target: 'example.com', credentialsId: 'sps'
 * echo "verdict ${gate.verdict}, ${gate.lostBacklinks} lost, report ${gate.reportUrl}"
 * }</pre>
 *
 * <p>The data-bound properties repeat the builder's because Stapler binds only a class's own
 * setters; both delegate to one {@link GateSettings}, and a unit test keeps the two sets equal.
 */
public class BacklinksGateStep extends Step {
  private final GateSettings settings;

  /** @param target the root domain, host or URL whose backlinks are guarded */
  @DataBoundConstructor
  public BacklinksGateStep(String target) {
    this.settings = new GateSettings(target);
  }

  public String getTarget() {
    return settings.getTarget();
  }

  public String getCredentialsId() {
    return settings.getCredentialsId();
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    settings.setCredentialsId(credentialsId);
  }

  public String getMode() {
    return settings.getMode();
  }

  @DataBoundSetter
  public void setMode(String mode) {
    settings.setMode(mode);
  }

  public String getDeployedBaseUrl() {
    return settings.getDeployedBaseUrl();
  }

  @DataBoundSetter
  public void setDeployedBaseUrl(String deployedBaseUrl) {
    settings.setDeployedBaseUrl(deployedBaseUrl);
  }

  public String getAllowedHosts() {
    return settings.getAllowedHosts();
  }

  @DataBoundSetter
  public void setAllowedHosts(String allowedHosts) {
    settings.setAllowedHosts(allowedHosts);
  }

  public String getEndpoint() {
    return settings.getEndpoint();
  }

  @DataBoundSetter
  public void setEndpoint(String endpoint) {
    settings.setEndpoint(endpoint);
  }

  public BaselineChoice getBaseline() {
    return settings.getBaseline();
  }

  @DataBoundSetter
  public void setBaseline(BaselineChoice baseline) {
    settings.setBaseline(baseline);
  }

  public boolean isEnforceFirstBuild() {
    return settings.isEnforceFirstBuild();
  }

  @DataBoundSetter
  public void setEnforceFirstBuild(boolean enforceFirstBuild) {
    settings.setEnforceFirstBuild(enforceFirstBuild);
  }

  public List<GateThreshold> getThresholds() {
    return GateThreshold.of(settings.getThresholds());
  }

  @DataBoundSetter
  public void setThresholds(List<GateThreshold> thresholds) {
    settings.setThresholds(FormCheck.checkedThresholds(thresholds));
  }

  public boolean isSuggestRedirects() {
    return settings.isSuggestRedirects();
  }

  @DataBoundSetter
  public void setSuggestRedirects(boolean suggestRedirects) {
    settings.setSuggestRedirects(suggestRedirects);
  }

  public boolean isDofollowOnly() {
    return settings.isDofollowOnly();
  }

  @DataBoundSetter
  public void setDofollowOnly(boolean dofollowOnly) {
    settings.setDofollowOnly(dofollowOnly);
  }

  public Integer getMinDomainInlinkRank() {
    return settings.getMinDomainInlinkRank();
  }

  @DataBoundSetter
  public void setMinDomainInlinkRank(Integer minDomainInlinkRank) {
    settings.setMinDomainInlinkRank(minDomainInlinkRank);
  }

  public String getIgnoredReasons() {
    return settings.getIgnoredReasons();
  }

  @DataBoundSetter
  public void setIgnoredReasons(String ignoredReasons) {
    settings.setIgnoredReasons(ignoredReasons);
  }

  public String getWatchlist() {
    return settings.getWatchlist();
  }

  @DataBoundSetter
  public void setWatchlist(String watchlist) {
    settings.setWatchlist(watchlist);
  }

  public WatchlistResult getWatchlistResult() {
    return settings.getWatchlistResult();
  }

  @DataBoundSetter
  public void setWatchlistResult(WatchlistResult watchlistResult) {
    settings.setWatchlistResult(watchlistResult);
  }

  public ApiErrorResult getApiErrors() {
    return settings.getApiErrors();
  }

  @DataBoundSetter
  public void setApiErrors(ApiErrorResult apiErrors) {
    settings.setApiErrors(apiErrors);
  }

  public int getProbeConcurrency() {
    return settings.getProbeConcurrency();
  }

  @DataBoundSetter
  public void setProbeConcurrency(int probeConcurrency) {
    settings.setProbeConcurrency(probeConcurrency);
  }

  public long getUnitBudget() {
    return settings.getUnitBudget();
  }

  @DataBoundSetter
  public void setUnitBudget(long unitBudget) {
    settings.setUnitBudget(unitBudget);
  }

  @Override
  public StepExecution start(StepContext context) {
    return new Execution(context, settings);
  }

  /** Runs the gate on a worker thread; a Jenkins restart during the run fails the step. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final GateSettings settings;

    Execution(StepContext context, GateSettings settings) {
      super(context);
      this.settings = settings;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      StepContext context = getContext();
      return JenkinsGate.run(settings, context.get(Run.class), context.get(TaskListener.class),
          context.get(FlowNode.class)).toStepResult();
    }
  }

  /** The step's descriptor; its form is the freestyle builder's. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {
    /** The Pipeline function name, the same as the builder's symbol. */
    public static final String FUNCTION_NAME = "backlinksGate";

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, FlowNode.class);
    }

    @Override
    public String getFunctionName() {
      return FUNCTION_NAME;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.BacklinksGateStep_DisplayName();
    }

    /** The builder's descriptor, whose fill, check and test methods and help files the shared form uses. */
    public BacklinksGateBuilder.DescriptorImpl getBuilderDescriptor() {
      return ExtensionList.lookupSingleton(BacklinksGateBuilder.DescriptorImpl.class);
    }
  }
}
