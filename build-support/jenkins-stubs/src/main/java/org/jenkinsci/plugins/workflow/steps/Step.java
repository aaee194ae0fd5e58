// Signature stub of org.jenkinsci.plugins.workflow.steps.Step, read from
// jenkinsci/workflow-step-api-plugin@0773c3c68734 (710.v3e456cc85233+6)
// src/main/java/org/jenkinsci/plugins/workflow/steps/Step.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
  public abstract StepExecution start(StepContext context) throws Exception;

  @Override
  public StepDescriptor getDescriptor() {
    throw new UnsupportedOperationException("stub");
  }
}
