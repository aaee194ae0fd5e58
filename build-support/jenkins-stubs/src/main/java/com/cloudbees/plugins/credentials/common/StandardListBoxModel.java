// Signature stub of com.cloudbees.plugins.credentials.common.StandardListBoxModel, read from
// jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/common/StandardListBoxModel.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials.common;

import edu.umd.cs.findbugs.annotations.NonNull;

public class StandardListBoxModel
    extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {
  @NonNull
  protected String describe(@NonNull StandardCredentials c) {
    throw new UnsupportedOperationException("stub");
  }
}
