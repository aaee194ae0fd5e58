// Signature stub of hudson.model.Job, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Job.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.ExtensionPoint;
import java.util.Collection;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends AbstractItem
    implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
  protected Job(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stub");
  }

  public RunT getLastCompletedBuild() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Collection<?> getOverrides() {
    throw new UnsupportedOperationException("stub");
  }
}
