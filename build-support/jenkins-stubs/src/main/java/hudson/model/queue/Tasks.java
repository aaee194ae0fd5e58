// Signature stub of hudson.model.queue.Tasks, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/queue/Tasks.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import org.springframework.security.core.Authentication;

public class Tasks {
  public static @NonNull Authentication getAuthenticationOf2(@NonNull Task t) {
    throw new UnsupportedOperationException("stub");
  }
}
