// Signature stub of jenkins.model.TransientActionFactory, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/TransientActionFactory.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

public abstract class TransientActionFactory<T> implements ExtensionPoint {
  public abstract Class<T> type();

  public /* abstract */ Class<? extends Action> actionType() {
    throw new UnsupportedOperationException("stub");
  }

  public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}
