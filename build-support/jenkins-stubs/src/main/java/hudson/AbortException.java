// Signature stub of hudson.AbortException, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/AbortException.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

import java.io.IOException;

public class AbortException extends IOException {
  public AbortException(String message) {
    throw new UnsupportedOperationException("stub");
  }
}
