// Signature stub of hudson.util.Secret, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/util/Secret.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Secret implements Serializable {
  private Secret() {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public String getPlainText() {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public static Secret fromString(@CheckForNull String data) {
    throw new UnsupportedOperationException("stub");
  }
}
