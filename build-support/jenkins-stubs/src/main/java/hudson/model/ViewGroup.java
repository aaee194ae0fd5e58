// Signature stub of hudson.model.ViewGroup, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/ViewGroup.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.security.AccessControlled;

public interface ViewGroup extends Saveable, ModelObject, AccessControlled {}
