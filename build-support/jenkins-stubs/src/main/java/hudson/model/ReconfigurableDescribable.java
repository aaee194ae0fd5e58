// Signature stub of hudson.model.ReconfigurableDescribable, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/ReconfigurableDescribable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface ReconfigurableDescribable<T extends ReconfigurableDescribable<T>>
    extends Describable<T> {}
