// Signature stub of jenkins.model.HistoricalBuild, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/HistoricalBuild.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

public interface HistoricalBuild extends FullyNamedModelObject {}
