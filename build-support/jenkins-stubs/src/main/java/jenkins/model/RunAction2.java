// Signature stub of jenkins.model.RunAction2, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/RunAction2.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

public interface RunAction2 extends Action {
  void onAttached(Run<?, ?> r);

  void onLoad(Run<?, ?> r);
}
