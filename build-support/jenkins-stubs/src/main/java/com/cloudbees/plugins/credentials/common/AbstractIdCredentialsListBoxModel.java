// Signature stub of com.cloudbees.plugins.credentials.common.AbstractIdCredentialsListBoxModel,
// read from jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/common/AbstractIdCredentialsListBoxModel.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class AbstractIdCredentialsListBoxModel<
        T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
    extends ListBoxModel {
  @NonNull
  public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
    throw new UnsupportedOperationException("stub");
  }

  public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
      @NonNull Authentication authentication,
      @Nullable Item context,
      @NonNull Class<? extends C> type,
      @NonNull List<DomainRequirement> domainRequirements,
      @NonNull CredentialsMatcher matcher) {
    throw new UnsupportedOperationException("stub");
  }

  public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(
      @NonNull Authentication authentication,
      @NonNull ItemGroup context,
      @NonNull Class<? extends C> type,
      @NonNull List<DomainRequirement> domainRequirements,
      @NonNull CredentialsMatcher matcher) {
    throw new UnsupportedOperationException("stub");
  }

  public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(@NonNull String value) {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  protected abstract String describe(@NonNull C c);
}
