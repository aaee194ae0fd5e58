// Signature stub of org.jenkinsci.plugins.workflow.graphanalysis.AbstractFlowScanner, read from
// jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ (the BOM's version; same files at
// cbc88d9c87ce) src/main/java/org/jenkinsci/plugins/workflow/graphanalysis/AbstractFlowScanner.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.graphanalysis;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Collection;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

public abstract class AbstractFlowScanner {
  @NonNull
  public List<FlowNode> allNodes(@CheckForNull Collection<FlowNode> heads) {
    throw new UnsupportedOperationException("stub");
  }

  @NonNull
  public List<FlowNode> allNodes(@CheckForNull FlowExecution exec) {
    throw new UnsupportedOperationException("stub");
  }
}
