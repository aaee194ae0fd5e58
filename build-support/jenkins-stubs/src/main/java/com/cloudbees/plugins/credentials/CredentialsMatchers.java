// Signature stub of com.cloudbees.plugins.credentials.CredentialsMatchers, read from
// jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/CredentialsMatchers.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public class CredentialsMatchers {
  private CredentialsMatchers() {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public static CredentialsMatcher always() {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public static CredentialsMatcher withId(@NonNull String id) {
    throw new UnsupportedOperationException("stub");
  }
}
