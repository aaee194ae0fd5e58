// Signature stub of org.jenkinsci.plugins.workflow.steps.StepDescriptor, read from
// jenkinsci/workflow-step-api-plugin@0773c3c68734 (710.v3e456cc85233+6)
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepDescriptor.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {
  public abstract Set<? extends Class<?>> getRequiredContext();

  public abstract String getFunctionName();
}
