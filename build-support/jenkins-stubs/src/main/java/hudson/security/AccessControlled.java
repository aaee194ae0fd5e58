// Signature stub of hudson.security.AccessControlled, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/AccessControlled.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

public interface AccessControlled {
  default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
    throw new UnsupportedOperationException("stub");
  }

  default boolean hasPermission(@NonNull Permission permission) {
    throw new UnsupportedOperationException("stub");
  }
}
