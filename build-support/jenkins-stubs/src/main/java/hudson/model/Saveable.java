// Signature stub of hudson.model.Saveable, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Saveable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import java.io.IOException;

public interface Saveable {
  void save() throws IOException;
}
