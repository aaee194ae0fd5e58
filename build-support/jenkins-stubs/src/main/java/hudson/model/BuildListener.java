// Signature stub of hudson.model.BuildListener, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/BuildListener.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface BuildListener extends TaskListener {}
