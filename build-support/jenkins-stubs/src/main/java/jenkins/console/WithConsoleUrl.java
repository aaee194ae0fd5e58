// Signature stub of jenkins.console.WithConsoleUrl, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/console/WithConsoleUrl.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.console;

public interface WithConsoleUrl {}
