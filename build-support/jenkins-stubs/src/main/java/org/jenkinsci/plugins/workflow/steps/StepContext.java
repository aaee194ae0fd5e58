// Signature stub of org.jenkinsci.plugins.workflow.steps.StepContext, read from
// jenkinsci/workflow-step-api-plugin@0773c3c68734 (710.v3e456cc85233+6)
// src/main/java/org/jenkinsci/plugins/workflow/steps/StepContext.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

public abstract class StepContext implements FutureCallback<Object>, Serializable {
  public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
