// Signature stub of com.cloudbees.plugins.credentials.CredentialsScope, read from
// jenkinsci/credentials-plugin@d96751bcc06d
// src/main/java/com/cloudbees/plugins/credentials/CredentialsScope.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials;

import java.io.Serializable;

public enum CredentialsScope implements Serializable {
  SYSTEM,
  GLOBAL,
  USER
}
