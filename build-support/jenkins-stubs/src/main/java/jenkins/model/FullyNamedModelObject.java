// Signature stub of jenkins.model.FullyNamedModelObject, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/FullyNamedModelObject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.model.ModelObject;

public interface FullyNamedModelObject extends ModelObject {}
