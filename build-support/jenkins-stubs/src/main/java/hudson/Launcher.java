// Signature stub of hudson.Launcher, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/Launcher.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

public abstract class Launcher {
  private Launcher() {
    throw new UnsupportedOperationException("stub");
  }
}
