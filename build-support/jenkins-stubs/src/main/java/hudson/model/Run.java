// Signature stub of hudson.model.Run, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Run.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends Actionable
    implements ExtensionPoint,
        Comparable<RunT>,
        AccessControlled,
        PersistenceRoot,
        DescriptorByNameOwner,
        OnMaster,
        StaplerProxy,
        HistoricalBuild,
        WithConsoleUrl {
  protected Run(@NonNull JobT job) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public @CheckForNull Result getResult() {
    throw new UnsupportedOperationException("stub");
  }

  public void setResult(@NonNull Result r) {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull JobT getParent() {
    throw new UnsupportedOperationException("stub");
  }

  public String getDisplayName() {
    throw new UnsupportedOperationException("stub");
  }

  public int getNumber() {
    throw new UnsupportedOperationException("stub");
  }

  public final @CheckForNull RunT getPreviousCompletedBuild() {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull String getUrl() {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull File getRootDir() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int compareTo(@NonNull RunT that) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Object getTarget() {
    throw new UnsupportedOperationException("stub");
  }
}
