// Signature stub of hudson.model.AbstractBuild, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/AbstractBuild.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import java.io.IOException;
import jenkins.model.lazy.LazyBuildMixIn;
import jenkins.scm.RunWithSCM;

public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>>
    extends Run<P, R>
    implements Queue.Executable, LazyBuildMixIn.LazyLoadingRun<P, R>, RunWithSCM<P, R> {
  protected AbstractBuild(P job) throws IOException {
    super(job);
    throw new UnsupportedOperationException("stub");
  }
}
