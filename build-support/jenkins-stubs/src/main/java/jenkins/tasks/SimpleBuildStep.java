// Signature stub of jenkins.tasks.SimpleBuildStep, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/tasks/SimpleBuildStep.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Action;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;
import java.util.Collection;

public interface SimpleBuildStep extends BuildStep {
  default void perform(
      @NonNull Run<?, ?> run,
      @NonNull FilePath workspace,
      @NonNull EnvVars env,
      @NonNull Launcher launcher,
      @NonNull TaskListener listener)
      throws InterruptedException, IOException {
    throw new UnsupportedOperationException("stub");
  }

  default void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
      throws InterruptedException, IOException {
    throw new UnsupportedOperationException("stub");
  }

  default boolean requiresWorkspace() {
    throw new UnsupportedOperationException("stub");
  }

  interface LastBuildAction extends Action {
    Collection<? extends Action> getProjectActions();
  }
}
