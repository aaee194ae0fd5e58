package io.jenkins.plugins.spsbacklinks;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * What the builder's and the global configuration's fill, check and test methods share: permission
 * checks and the credential look-up. {@code item} is the job being configured, or null on the
 * global configuration page.
 */
final class Forms {
  private Forms() {}

  /** May the current user configure {@code item} (or Jenkins, for null)? */
  static boolean canConfigure(@CheckForNull Item item) {
    return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
  }

  /** Fails with 403 unless the current user may configure {@code item} (or Jenkins, for null). */
  static void checkConfigure(@CheckForNull Item item) {
    if (item == null) {
      Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    } else {
      item.checkPermission(Item.CONFIGURE);
    }
  }

  /** A field check, run only for users who may configure; others get a silent OK. */
  static FormValidation check(@CheckForNull Item item, FormCheck check) {
    return canConfigure(item) ? toValidation(check) : FormValidation.ok();
  }

  static FormValidation toValidation(FormCheck check) {
    return switch (check.kind()) {
      case OK -> check.message().isEmpty() ? FormValidation.ok() : FormValidation.ok(check.message());
      case WARNING -> FormValidation.warning(check.message());
      case ERROR -> FormValidation.error(check.message());
    };
  }

  /** The Secret text credentials the job (or Jenkins) may use; only the current value for users who may not list them. */
  static ListBoxModel fillCredentials(@CheckForNull Item item, @CheckForNull String current) {
    StandardListBoxModel result = new StandardListBoxModel();
    String value = current == null ? "" : current;
    if (!canListCredentials(item)) {
      return result.includeCurrentValue(value);
    }
    return result.includeEmptyValue()
        .includeMatchingAs(authentication(item), item, StringCredentials.class, List.of(), CredentialsMatchers.always())
        .includeCurrentValue(value);
  }

  /** Blank is allowed (the global default applies); otherwise the credential must exist. */
  static FormValidation checkCredentials(@CheckForNull Item item, @CheckForNull String value, String fallbackNote) {
    if (!canListCredentials(item)) {
      return FormValidation.ok();
    }
    if (value == null || value.isBlank()) {
      return FormValidation.ok(fallbackNote);
    }
    // Lists IDs and names only: no credential (or secret) is loaded to validate the field.
    ListBoxModel matching = CredentialsProvider.listCredentialsInItem(StringCredentials.class, item,
        authentication(item), List.of(), CredentialsMatchers.withId(value.trim()));
    return matching.isEmpty()
        ? FormValidation.error(Messages.Forms_noSuchCredential())
        : FormValidation.ok();
  }

  /**
   * The "Test connection" button: get-subscription-info with the selected (or default) credential.
   * Only for users who may configure: it uses the secret and calls out of Jenkins.
   */
  static FormValidation testConnection(@CheckForNull Item item, @CheckForNull String credentialsId,
      @CheckForNull String endpoint, GateDefaults defaults) {
    checkConfigure(item);
    String id = defaults.credentialsIdFor(credentialsId);
    if (id.isEmpty()) {
      return FormValidation.error(Messages.Forms_selectCredential());
    }
    StringCredentials credentials = lookup(item, id);
    if (credentials == null) {
      return FormValidation.error(Messages.Forms_noSuchCredentialId(id));
    }
    return toValidation(ConnectionCheck.test(credentials.getSecret().getPlainText(), defaults.endpointFor(endpoint),
        JenkinsGate.http(), defaults.connectTimeout(), defaults.readTimeout()));
  }

  private static boolean canListCredentials(@CheckForNull Item item) {
    return item == null
        ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
        : item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
  }

  @CheckForNull
  private static StringCredentials lookup(@CheckForNull Item item, String id) {
    return CredentialsProvider.findCredentialByIdInItem(id, StringCredentials.class, item, authentication(item),
        List.of());
  }

  /** The identity a job's builds run as, as the credentials consumer guide recommends; SYSTEM for Jenkins itself. */
  private static Authentication authentication(@CheckForNull Item item) {
    return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
  }
}
