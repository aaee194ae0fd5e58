// Signature stub of org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution, read
// from jenkinsci/workflow-step-api-plugin@0773c3c68734 (710.v3e456cc85233+6)
// src/main/java/org/jenkinsci/plugins/workflow/steps/SynchronousNonBlockingStepExecution.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
  protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
    super(context);
    throw new UnsupportedOperationException("stub");
  }

  protected abstract T run() throws Exception;

  @Override
  public final boolean start() throws Exception {
    throw new UnsupportedOperationException("stub");
  }
}
