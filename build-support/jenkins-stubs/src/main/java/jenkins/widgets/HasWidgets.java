// Signature stub of jenkins.widgets.HasWidgets, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/widgets/HasWidgets.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.widgets;

public interface HasWidgets {}
