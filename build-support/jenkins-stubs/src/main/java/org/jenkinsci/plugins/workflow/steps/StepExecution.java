// Signature stub of org.jenkinsci.plugins.workflow.steps.StepExecution, read from
// jenkinsci/workflow-step-api-plugin@0773c3c68734 (710.v3e456cc85233+6)
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepExecution.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public abstract class StepExecution implements Serializable {
  protected StepExecution(@NonNull StepContext context) {
    throw new UnsupportedOperationException("stub");
  }

  public @NonNull StepContext getContext() {
    throw new UnsupportedOperationException("stub");
  }

  public abstract boolean start() throws Exception;
}
