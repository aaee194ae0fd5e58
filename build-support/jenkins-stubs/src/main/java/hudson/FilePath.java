// Signature stub of hudson.FilePath, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/FilePath.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {
  private FilePath() {
    throw new UnsupportedOperationException("stub");
  }
}
