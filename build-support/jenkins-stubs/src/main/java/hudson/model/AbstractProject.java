// Signature stub of hudson.model.AbstractProject, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/AbstractProject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import jenkins.model.ParameterizedJobMixIn;
import jenkins.model.lazy.LazyBuildMixIn;

public abstract class AbstractProject<
        P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
    extends Job<P, R>
    implements BuildableItem,
        LazyBuildMixIn.LazyLoadingJob<P, R>,
        ParameterizedJobMixIn.ParameterizedJob<P, R> {
  protected AbstractProject(ItemGroup parent, String name) {
    super(parent, name);
    throw new UnsupportedOperationException("stub");
  }
}
