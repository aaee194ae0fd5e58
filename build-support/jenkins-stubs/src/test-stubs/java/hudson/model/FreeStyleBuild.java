// Signature stub of hudson.model.FreeStyleBuild, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/FreeStyleBuild.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import java.io.IOException;

public class FreeStyleBuild extends Build<FreeStyleProject, FreeStyleBuild> {
  public FreeStyleBuild(FreeStyleProject project) throws IOException {
    super(project);
    throw new UnsupportedOperationException("stub");
  }
}
