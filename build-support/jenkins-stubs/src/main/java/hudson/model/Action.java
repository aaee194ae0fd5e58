// Signature stub of hudson.model.Action, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Action.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

public interface Action extends ModelObject {
  @CheckForNull
  String getIconFileName();

  @Override
  @CheckForNull
  String getDisplayName();

  @CheckForNull
  String getUrlName();
}
