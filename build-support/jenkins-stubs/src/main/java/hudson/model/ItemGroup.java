// Signature stub of hudson.model.ItemGroup, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ItemGroup.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;

public interface ItemGroup<T extends Item>
    extends FullyNamed, FullyNamedModelObject, PersistenceRoot {}
