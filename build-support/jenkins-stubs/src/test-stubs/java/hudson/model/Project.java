// Signature stub of hudson.model.Project, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Project.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.tasks.Builder;
import hudson.util.DescribableList;

public abstract class Project<P extends Project<P, B>, B extends Build<P, B>>
    extends AbstractProject<P, B> implements Saveable {
  protected Project(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stub");
  }

  public DescribableList<Builder, Descriptor<Builder>> getBuildersList() {
    throw new UnsupportedOperationException("stub");
  }
}
