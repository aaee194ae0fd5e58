// Signature stub of hudson.ExtensionPoint, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/ExtensionPoint.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

public interface ExtensionPoint {}
