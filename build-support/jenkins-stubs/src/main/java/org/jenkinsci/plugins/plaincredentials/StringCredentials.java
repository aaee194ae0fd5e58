// Signature stub of org.jenkinsci.plugins.plaincredentials.StringCredentials, read from
// jenkinsci/plain-credentials-plugin@199.v9f8e1f741799 (the BOM's version; same files at
// 19caf8fbf4ad) src/main/java/org/jenkinsci/plugins/plaincredentials/StringCredentials.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

public interface StringCredentials extends StandardCredentials {
  @NonNull
  Secret getSecret();
}
