// Signature stub of hudson.model.BuildableItem, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/BuildableItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.model.Queue.Task;

public interface BuildableItem extends Item, Task {}
