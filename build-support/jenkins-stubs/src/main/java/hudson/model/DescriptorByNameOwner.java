// Signature stub of hudson.model.DescriptorByNameOwner, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/DescriptorByNameOwner.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface DescriptorByNameOwner extends ModelObject {}
