// Signature stub of hudson.model.ResourceActivity, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ResourceActivity.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

public interface ResourceActivity extends ModelObject {}
