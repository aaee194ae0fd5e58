package io.jenkins.plugins.spsbacklinks;

import hudson.Extension;
import hudson.ExtensionList;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.spsbacklinks.core.InvalidParameterException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Manage Jenkins > System > Backlinks gate: the default credential, endpoint, timeouts and
 * thresholds of every {@code backlinksGate} step. Data-bound setters, so Configuration as Code sets
 * it as {@code unclassified: backlinksGate: credentialsId: sps}. The setters refuse what the form's
 * checks refuse (timeouts outside 1..600 s, bad threshold levels), so JCasC and scripts cannot store
 * them; values already stored in XML are checked when it is read ({@link #readResolve()}).
 */
@Extension
@Symbol("backlinksGate")
public final class BacklinksGateConfiguration extends GlobalConfiguration {
  private static final Logger LOGGER = Logger.getLogger(BacklinksGateConfiguration.class.getName());

  private String credentialsId = "";
  private String endpoint = "";
  private int connectTimeoutSeconds = GateDefaults.DEFAULT_CONNECT_TIMEOUT_SECONDS;
  private int readTimeoutSeconds = GateDefaults.DEFAULT_READ_TIMEOUT_SECONDS;
  private List<ThresholdSetting> thresholds = new ArrayList<>();

  public BacklinksGateConfiguration() {
    load();
  }

  @NonNull
  @Override
  public String getDisplayName() {
    return Messages.BacklinksGateConfiguration_DisplayName();
  }

  /**
   * Clears the thresholds before binding the form: a repeatable list with no rows sends no
   * {@code thresholds} key, so Stapler would call no setter and the last row could never be deleted.
   */
  @Override
  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    thresholds = new ArrayList<>();
    return super.configure(req, json);
  }

  /**
   * Checks the values read from XML (hand-edited or older files): a timeout outside the accepted
   * range goes back to its default and a threshold the core refuses is dropped, each logged, so a bad
   * file neither stops Jenkins from loading it nor reaches the HTTP client.
   */
  Object readResolve() {
    connectTimeoutSeconds = storedTimeout("connectTimeoutSeconds", connectTimeoutSeconds,
        GateDefaults.DEFAULT_CONNECT_TIMEOUT_SECONDS);
    readTimeoutSeconds = storedTimeout("readTimeoutSeconds", readTimeoutSeconds,
        GateDefaults.DEFAULT_READ_TIMEOUT_SECONDS);
    List<ThresholdSetting> valid = new ArrayList<>();
    for (ThresholdSetting t : thresholds == null ? List.<ThresholdSetting>of() : thresholds) {
      try {
        valid.add(FormCheck.checked(t));
      } catch (IllegalArgumentException | InvalidParameterException e) {
        LOGGER.log(Level.WARNING, "Dropping default threshold {0}: {1}", new Object[] {t, e.getMessage()});
      }
    }
    thresholds = valid;
    return this;
  }

  private static int storedTimeout(String name, int seconds, int fallback) {
    if (FormCheck.isTimeoutSeconds(seconds)) {
      return seconds;
    }
    LOGGER.warning(() -> name + "=" + seconds + ": " + FormCheck.timeoutRange() + " Using " + fallback + ".");
    return fallback;
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
    this.connectTimeoutSeconds = checkedTimeout("connectTimeoutSeconds", connectTimeoutSeconds);
    save();
  }

  public int getReadTimeoutSeconds() {
    return readTimeoutSeconds;
  }

  @DataBoundSetter
  public void setReadTimeoutSeconds(int readTimeoutSeconds) {
    this.readTimeoutSeconds = checkedTimeout("readTimeoutSeconds", readTimeoutSeconds);
    save();
  }

  /** Default thresholds; a job's own thresholds override them rule by rule. */
  public List<GateThreshold> getThresholds() {
    return GateThreshold.of(thresholds == null ? List.of() : thresholds);
  }

  /** Refuses what the form refuses: see {@link FormCheck#checkedThresholds}. */
  @DataBoundSetter
  public void setThresholds(List<GateThreshold> thresholds) {
    this.thresholds = FormCheck.checkedThresholds(thresholds);
    save();
  }

  private static int checkedTimeout(String name, int seconds) {
    if (!FormCheck.isTimeoutSeconds(seconds)) {
      throw new IllegalArgumentException(name + "=" + seconds + ": " + FormCheck.timeoutRange());
    }
    return seconds;
  }


  @POST
  public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
    return Forms.fillCredentials(null, credentialsId);
  }

  @POST
  public FormValidation doCheckCredentialsId(@QueryParameter String value) {
    return Forms.checkCredentials(null, value, Messages.Forms_globalCredentialFallback());
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
