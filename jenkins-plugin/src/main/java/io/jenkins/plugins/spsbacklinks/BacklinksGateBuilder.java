package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.spsbacklinks.core.model.Mode;
import java.io.IOException;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle build step: runs the backlinks gate after a deploy and makes the build UNSTABLE or
 * FAILURE when backlinks are lost. A FAIL verdict stops the build (the later build steps do not run,
 * post-build actions do) unless {@link #setContinueOnFailure continueOnFailure} is set. Needs no
 * workspace. It has no symbol: in Pipeline, {@code backlinksGate} is {@link BacklinksGateStep},
 * which returns a result map, so the Snippet Generator lists the gate once.
 */
public class BacklinksGateBuilder extends Builder implements SimpleBuildStep {
  private final GateSettings settings;
  private boolean continueOnFailure;

  /** @param target the root domain, host or URL whose backlinks are guarded */
  @DataBoundConstructor
  public BacklinksGateBuilder(String target) {
    this.settings = new GateSettings(target);
  }

  GateSettings settings() {
    return settings;
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

  /** True if the build goes on to its next steps after the gate FAILs it. */
  public boolean isContinueOnFailure() {
    return continueOnFailure;
  }

  @DataBoundSetter
  public void setContinueOnFailure(boolean continueOnFailure) {
    this.continueOnFailure = continueOnFailure;
  }

  @Override
  public boolean requiresWorkspace() {
    return false;
  }

  @Override
  public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
      throws InterruptedException, IOException {
    GateOutcome outcome = JenkinsGate.run(settings, run, listener, null);
    if (outcome.failed() && !continueOnFailure) {
      // Logged without a stack trace; the result is already FAILURE. A Builder that only set the result
      // would let a promotion step after it run.
      throw new AbortException(Messages.BacklinksGateBuilder_stopped(outcome.result().target()));
    }
  }

  /**
   * The step's descriptor. Its fill, check and test methods also serve the Pipeline step's form,
   * which includes this one's.
   */
  @Extension
  public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
    @Override
    @SuppressWarnings("rawtypes") // the extension point's signature
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
      return true;
    }

    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.BacklinksGateBuilder_DisplayName();
    }

    /** The parameters of a new step, for the form's defaults. */
    public GateSettings getDefaults() {
      return new GateSettings("");
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
      return Forms.fillCredentials(item, credentialsId);
    }

    @POST
    public FormValidation doCheckCredentialsId(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.checkCredentials(item, value, Messages.Forms_builderCredentialFallback());
    }

    @POST
    public ListBoxModel doFillModeItems(@AncestorInPath Item item) {
      ListBoxModel items = new ListBoxModel();
      if (Forms.canConfigure(item)) {
        items.add("host: this host only (API default)", Mode.HOST.wireValue());
        items.add("domain: the root domain with its subdomains", Mode.DOMAIN.wireValue());
        items.add("url: this exact URL", Mode.URL.wireValue());
      }
      return items;
    }

    @POST
    public FormValidation doCheckTarget(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.target(value));
    }

    @POST
    public FormValidation doCheckDeployedBaseUrl(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.deployedBaseUrl(value));
    }

    @POST
    public FormValidation doCheckAllowedHosts(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.allowedHosts(value));
    }

    @POST
    public FormValidation doCheckEndpoint(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.endpoint(value));
    }

    @POST
    public FormValidation doCheckIgnoredReasons(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.ignoredReasons(value));
    }

    @POST
    public FormValidation doCheckWatchlist(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.watchlist(value));
    }

    @POST
    public FormValidation doCheckMinDomainInlinkRank(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.minDomainInlinkRank(value));
    }

    @POST
    public FormValidation doCheckProbeConcurrency(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.probeConcurrency(value));
    }

    @POST
    public FormValidation doCheckUnitBudget(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.unitBudget(value));
    }

    @POST
    public FormValidation doTestConnection(@AncestorInPath Item item, @QueryParameter String credentialsId,
        @QueryParameter String endpoint) {
      return Forms.testConnection(item, credentialsId, endpoint, BacklinksGateConfiguration.get().toDefaults());
    }
  }
}
