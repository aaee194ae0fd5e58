// Signature stub of com.cloudbees.plugins.credentials.common.StandardCredentials, read from
// jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/common/StandardCredentials.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials.common;

public interface StandardCredentials extends IdCredentials {}
