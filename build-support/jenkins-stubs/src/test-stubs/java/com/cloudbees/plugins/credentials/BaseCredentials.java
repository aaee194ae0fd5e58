// Signature stub of com.cloudbees.plugins.credentials.BaseCredentials, read from
// jenkinsci/credentials-plugin@d96751bcc06d
// src/main/java/com/cloudbees/plugins/credentials/BaseCredentials.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public class BaseCredentials implements Credentials {
  public BaseCredentials(@CheckForNull CredentialsScope scope) {
    throw new UnsupportedOperationException("stub");
  }
}
