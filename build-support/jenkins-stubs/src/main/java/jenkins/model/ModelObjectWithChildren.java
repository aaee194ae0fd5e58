// Signature stub of jenkins.model.ModelObjectWithChildren, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/jenkins/model/ModelObjectWithChildren.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.model.ModelObject;

public interface ModelObjectWithChildren extends ModelObject {}
