// Signature stub of jenkins.model.ModifiableTopLevelItemGroup, read from
// jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/ModifiableTopLevelItemGroup.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.model.ModifiableItemGroup;
import hudson.model.TopLevelItem;

public interface ModifiableTopLevelItemGroup extends ModifiableItemGroup<TopLevelItem> {}
