// Signature stub of jenkins.model.DirectlyModifiableTopLevelItemGroup, read from
// jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/DirectlyModifiableTopLevelItemGroup.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

public interface DirectlyModifiableTopLevelItemGroup extends ModifiableTopLevelItemGroup {}
