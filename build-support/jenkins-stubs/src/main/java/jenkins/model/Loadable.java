// Signature stub of jenkins.model.Loadable, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/Loadable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import java.io.IOException;

public interface Loadable {
  void load() throws IOException;
}
