// Signature stub of jenkins.util.VirtualFile, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/util/VirtualFile.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.util;

import java.io.File;
import java.io.Serializable;

public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {
  VirtualFile() {
    throw new UnsupportedOperationException("stub");
  }

  public static VirtualFile forFile(final File f) {
    throw new UnsupportedOperationException("stub");
  }
}
