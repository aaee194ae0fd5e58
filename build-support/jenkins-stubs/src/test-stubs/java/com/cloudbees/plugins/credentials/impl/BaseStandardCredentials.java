// Signature stub of com.cloudbees.plugins.credentials.impl.BaseStandardCredentials, read from
// jenkinsci/credentials-plugin@d96751bcc06d
// src/main/java/com/cloudbees/plugins/credentials/impl/BaseStandardCredentials.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;

public abstract class BaseStandardCredentials extends BaseCredentials
    implements StandardCredentials {
  public BaseStandardCredentials(
      @CheckForNull CredentialsScope scope,
      @CheckForNull String id,
      @CheckForNull String description) {
    super(scope);
    throw new UnsupportedOperationException("stub");
  }
}
