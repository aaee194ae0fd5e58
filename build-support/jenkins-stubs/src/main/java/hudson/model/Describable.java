// Signature stub of hudson.model.Describable, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Describable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface Describable<T extends Describable<T>> {
  default Descriptor<T> getDescriptor() {
    throw new UnsupportedOperationException("stub");
  }
}
