// Signature stub of hudson.model.User, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/User.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.AccessControlled;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

public class User extends AbstractModelObject
    implements AccessControlled, DescriptorByNameOwner, Saveable, Comparable<User> {
  private User() {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull String getDisplayName() {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull Authentication impersonate2() throws UsernameNotFoundException {
    throw new UnsupportedOperationException("stub");
  }

  public static @Nullable User getById(String id, boolean create) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int compareTo(@NonNull User that) {
    throw new UnsupportedOperationException("stub");
  }
}
