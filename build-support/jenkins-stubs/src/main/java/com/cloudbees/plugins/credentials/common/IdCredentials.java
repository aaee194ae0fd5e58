// Signature stub of com.cloudbees.plugins.credentials.common.IdCredentials, read from
// jenkinsci/credentials-plugin@d96751bcc06d (1502.v5c95e620ddfe+2)
// src/main/java/com/cloudbees/plugins/credentials/common/IdCredentials.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

public interface IdCredentials extends Credentials {}
