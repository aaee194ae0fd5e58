// Signature stub of hudson.model.TopLevelItem, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/TopLevelItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.ExtensionPoint;

public interface TopLevelItem extends Item, ExtensionPoint, Describable<TopLevelItem> {}
