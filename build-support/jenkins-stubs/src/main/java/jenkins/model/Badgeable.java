// Signature stub of jenkins.model.Badgeable, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/Badgeable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

public interface Badgeable {}
