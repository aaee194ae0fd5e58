// Signature stub of com.cloudbees.plugins.credentials.SystemCredentialsProvider, read from
// jenkinsci/credentials-plugin@d96751bcc06d
// src/main/java/com/cloudbees/plugins/credentials/SystemCredentialsProvider.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package com.cloudbees.plugins.credentials;

import hudson.model.AbstractDescribableImpl;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.List;

public class SystemCredentialsProvider extends AbstractDescribableImpl<SystemCredentialsProvider>
    implements Saveable {
  public SystemCredentialsProvider() {
    throw new UnsupportedOperationException("stub");
  }

  public static SystemCredentialsProvider getInstance() {
    throw new UnsupportedOperationException("stub");
  }

  public List<Credentials> getCredentials() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void save() throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}
