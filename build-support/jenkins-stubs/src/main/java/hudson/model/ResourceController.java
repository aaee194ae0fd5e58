// Signature stub of hudson.model.ResourceController, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ResourceController.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public class ResourceController {
  ResourceController() {
    throw new UnsupportedOperationException("stub");
  }
}
