// Signature stub of hudson.model.ModelObject, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ModelObject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface ModelObject {
  String getDisplayName();
}
