// Signature stub of org.jvnet.hudson.annotation_indexer.Validator, read from
// jenkinsci/lib-annotation-indexer@27d144c49c5d
// src/main/java/org/jvnet/hudson/annotation_indexer/Validator.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jvnet.hudson.annotation_indexer;

public interface Validator {}
