// Signature stub of hudson.model.Actionable, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Actionable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.util.List;
import jenkins.model.ModelObjectWithContextMenu;

public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
  @NonNull
  public <T extends Action> List<T> getActions(Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }

  public void addAction(@NonNull Action a) {
    throw new UnsupportedOperationException("stub");
  }

  public boolean addOrReplaceAction(@NonNull Action a) {
    throw new UnsupportedOperationException("stub");
  }

  public boolean removeAction(@Nullable Action a) {
    throw new UnsupportedOperationException("stub");
  }

  public <T extends Action> T getAction(Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }
}
