// Signature stub of hudson.security.ACL, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/security/ACL.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

public abstract class ACL {
  public static final Authentication SYSTEM2 = io.spsbacklinks.jenkinsstubs.Constant.unknown();

  @NonNull
  public static ACLContext as2(@NonNull Authentication auth) {
    throw new UnsupportedOperationException("stub");
  }
}
