// Signature stub of hudson.model.Build, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Build.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import java.io.IOException;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>>
    extends AbstractBuild<P, B> {
  protected Build(P project) throws IOException {
    super(project);
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void run() {
    throw new UnsupportedOperationException("stub");
  }
}
