// Signature stub of com.cloudbees.plugins.credentials.CredentialsProvider, read from
// jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/CredentialsProvider.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.Permission;
import hudson.util.ListBoxModel;
import java.util.List;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
    implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {
  public static final Permission USE_ITEM = io.spsbacklinks.jenkinsstubs.Constant.unknown();

  @NonNull
  public static <C extends IdCredentials> ListBoxModel listCredentialsInItem(
      @NonNull Class<C> type,
      @Nullable Item item,
      @Nullable Authentication authentication,
      @Nullable List<DomainRequirement> domainRequirements,
      @Nullable CredentialsMatcher matcher) {
    throw new UnsupportedOperationException("stub");
  }

  @CheckForNull
  public static <C extends IdCredentials> C findCredentialByIdInItem(
      @NonNull String id,
      @NonNull Class<C> type,
      @Nullable Item item,
      @Nullable Authentication authentication,
      @Nullable List<DomainRequirement> domainRequirements) {
    throw new UnsupportedOperationException("stub");
  }

  @CheckForNull
  public static <C extends IdCredentials> C findCredentialById(
      @NonNull String id, @NonNull Class<C> type, @NonNull Run<?, ?> run) {
    throw new UnsupportedOperationException("stub");
  }
}
