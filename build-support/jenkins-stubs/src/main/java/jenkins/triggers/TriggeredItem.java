// Signature stub of jenkins.triggers.TriggeredItem, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/triggers/TriggeredItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.triggers;

import hudson.model.Item;

public interface TriggeredItem extends Item {}
