package io.jenkins.plugins.spsbacklinks;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins > System > Backlinks gate: the default credential, endpoint, timeouts and
 * thresholds of every {@code backlinksGate} step. Data-bound setters only (no hand-written
 * {@code configure}), so Configuration as Code sets it as
 * {@code unclassified: backlinksGate: credentialsId: sps}.
 */
@Extension
@Symbol("backlinksGate")
public final class BacklinksGateConfiguration extends GlobalConfiguration {
  private String credentialsId = "";
  private String endpoint = "";
  private int connectTimeoutSeconds = GateDefaults.DEFAULT_CONNECT_TIMEOUT_SECONDS;
  private int readTimeoutSeconds = GateDefaults.DEFAULT_READ_TIMEOUT_SECONDS;
  private List<ThresholdSetting> thresholds = new ArrayList<>();

  public BacklinksGateConfiguration() {
    load();
  }

  /** The singleton. */
  public static BacklinksGateConfiguration get() {
    return ExtensionList.lookupSingleton(BacklinksGateConfiguration.class);
  }

  /** The Jenkins-free snapshot a run uses. */
  public GateDefaults toDefaults() {
    return new GateDefaults(credentialsId, endpoint, Duration.ofSeconds(connectTimeoutSeconds),
        Duration.ofSeconds(readTimeoutSeconds), thresholds == null ? List.of() : thresholds);
  }

  /** The default API key credential (Secret text). */
  public String getCredentialsId() {
    return credentialsId == null ? "" : credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String credentialsId) {
    this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
    save();
  }

  /** The default endpoint; blank for the public API. */
  public String getEndpoint() {
    return endpoint == null ? "" : endpoint;
  }

  @DataBoundSetter
  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint == null ? "" : endpoint.trim();
    save();
  }

  public int getConnectTimeoutSeconds() {
    return connectTimeoutSeconds;
  }

  @DataBoundSetter
  public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
    this.connectTimeoutSeconds = connectTimeoutSeconds;
    save();
  }

  public int getReadTimeoutSeconds() {
    return readTimeoutSeconds;
  }

  @DataBoundSetter
  public void setReadTimeoutSeconds(int readTimeoutSeconds) {
    this.readTimeoutSeconds = readTimeoutSeconds;
    save();
  }

  /** Default thresholds; a job's own thresholds override them rule by rule. */
  public List<GateThreshold> getThresholds() {
    return GateThreshold.of(thresholds == null ? List.of() : thresholds);
  }

  @DataBoundSetter
  public void setThresholds(List<GateThreshold> thresholds) {
    this.thresholds = new ArrayList<>(GateThreshold.toSettings(thresholds));
    save();
  }

  @POST
  public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
    return Forms.fillCredentials(null, credentialsId);
  }

  @POST
  public FormValidation doCheckCredentialsId(@QueryParameter String value) {
    return Forms.checkCredentials(null, value, "Blank: every step must name its own credential.");
  }

  @POST
  public FormValidation doCheckEndpoint(@QueryParameter String value) {
    return Forms.check(null, FormCheck.endpoint(value));
  }

  @POST
  public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
    return Forms.check(null, FormCheck.timeoutSeconds(value));
  }

  @POST
  public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
    return Forms.check(null, FormCheck.timeoutSeconds(value));
  }

  /** Tests the form's (unsaved) credential, endpoint and timeouts. */
  @POST
  public FormValidation doTestConnection(@QueryParameter String credentialsId, @QueryParameter String endpoint,
      @QueryParameter String connectTimeoutSeconds, @QueryParameter String readTimeoutSeconds) {
    Forms.checkConfigure(null);
    GateDefaults form = new GateDefaults(credentialsId, endpoint,
        GateDefaults.seconds(connectTimeoutSeconds, GateDefaults.DEFAULT_CONNECT_TIMEOUT_SECONDS),
        GateDefaults.seconds(readTimeoutSeconds, GateDefaults.DEFAULT_READ_TIMEOUT_SECONDS), List.of());
    return Forms.testConnection(null, credentialsId, endpoint, form);
  }
}
