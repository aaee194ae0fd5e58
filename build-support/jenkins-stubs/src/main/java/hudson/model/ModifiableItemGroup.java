// Signature stub of hudson.model.ModifiableItemGroup, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ModifiableItemGroup.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface ModifiableItemGroup<T extends Item> extends ItemGroup<T> {}
