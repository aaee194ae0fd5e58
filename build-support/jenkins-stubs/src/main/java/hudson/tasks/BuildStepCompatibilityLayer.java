// Signature stub of hudson.tasks.BuildStepCompatibilityLayer, read from
// jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/tasks/BuildStepCompatibilityLayer.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Action;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Collection;

@Deprecated
public abstract class BuildStepCompatibilityLayer implements BuildStep {
  @Override
  public boolean prebuild(AbstractBuild<?, ?> build, BuildListener listener) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
      throws InterruptedException, IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Action getProjectAction(AbstractProject<?, ?> project) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  @NonNull
  public Collection<? extends Action> getProjectActions(AbstractProject<?, ?> project) {
    throw new UnsupportedOperationException("stub");
  }
}
