// Signature stub of jenkins.model.FullyNamed, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/FullyNamed.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

public interface FullyNamed {}
