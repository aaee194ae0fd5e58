// Signature stub of hudson.tasks.Builder, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/tasks/Builder.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.tasks;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

public abstract class Builder extends BuildStepCompatibilityLayer
    implements Describable<Builder>, ExtensionPoint {
  @Override
  public BuildStepMonitor getRequiredMonitorService() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Descriptor<Builder> getDescriptor() {
    throw new UnsupportedOperationException("stub");
  }
}
