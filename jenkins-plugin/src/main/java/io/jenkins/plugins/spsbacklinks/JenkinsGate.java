package io.jenkins.plugins.spsbacklinks;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.Redaction;
import java.io.IOException;
import java.time.Clock;
import okhttp3.OkHttpClient;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** The Jenkins side of one gate run, shared by the freestyle builder and the Pipeline step. */
final class JenkinsGate {
  /** One connection pool for every run; each run derives a client that follows Jenkins' proxy settings. */
  private static final OkHttpClient BASE = new OkHttpClient();

  private JenkinsGate() {}

  /** An HTTP client that goes through the proxy configured in Jenkins (okhttp-api). */
  static OkHttpClient http() {
    return JenkinsOkHttpClient.newClientBuilder(BASE).build();
  }

  /**
   * Resolves the API key credential in the build's context and runs the gate.
   *
   * @param node the Pipeline step's node, whose stage is marked when the result gets worse; null in
   *     freestyle
   * @throws AbortException for a missing credential or a bad parameter (the message names it)
   */
  static GateOutcome run(@NonNull GateSettings settings, @NonNull Run<?, ?> run, @NonNull TaskListener listener,
      @CheckForNull FlowNode node) throws IOException {
    GateDefaults defaults = BacklinksGateConfiguration.get().toDefaults();
    String credentialsId = defaults.credentialsIdFor(settings.getCredentialsId());
    if (credentialsId.isEmpty()) {
      throw new AbortException(Messages.JenkinsGate_noApiKey());
    }
    StringCredentials credentials = CredentialsProvider.findCredentialById(credentialsId, StringCredentials.class, run);
    if (credentials == null) {
      throw new AbortException(Messages.JenkinsGate_noSuchCredential(credentialsId));
    }
    try {
      return new GateExecution(http(), Clock.systemUTC())
          .execute(settings, defaults, credentials.getSecret().getPlainText(), new RunGateHost(run, listener, node));
    } catch (BacklinksException e) {
      // Bad parameters (named by the core) and unexpected API failures end the step without a stack trace.
      throw new AbortException("backlinksGate: " + Redaction.redact(e.getMessage()));
    }
  }
}
