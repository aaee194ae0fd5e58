// Signature stub of org.jenkins.ui.icon.IconSpec, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/org/jenkins/ui/icon/IconSpec.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkins.ui.icon;

public interface IconSpec {}
