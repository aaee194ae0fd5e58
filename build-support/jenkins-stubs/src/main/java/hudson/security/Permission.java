// Signature stub of hudson.security.Permission, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/Permission.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

public final class Permission {
  private Permission() {
    throw new UnsupportedOperationException("stub");
  }
}
