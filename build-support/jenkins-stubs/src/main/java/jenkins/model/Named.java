// Signature stub of jenkins.model.Named, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/Named.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

public interface Named {}
