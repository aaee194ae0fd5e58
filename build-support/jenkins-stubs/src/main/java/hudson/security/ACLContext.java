// Signature stub of hudson.security.ACLContext, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/ACLContext.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

public class ACLContext implements AutoCloseable {
  ACLContext() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() {
    throw new UnsupportedOperationException("stub");
  }
}
