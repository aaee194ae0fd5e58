// Signature stub of org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner, read from
// jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ (the BOM's version; same files at
// cbc88d9c87ce) src/main/java/org/jenkinsci/plugins/workflow/flow/FlowExecutionOwner.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;
import java.io.Serializable;

public abstract class FlowExecutionOwner implements Serializable {
  public interface Executable extends Queue.Executable {}
}
