// Signature stub of org.jenkinsci.plugins.workflow.graph.FlowNode, read from
// jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ (the BOM's version; same files at
// cbc88d9c87ce) src/main/java/org/jenkinsci/plugins/workflow/graph/FlowNode.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Actionable;
import hudson.model.Saveable;
import java.io.IOException;

public abstract class FlowNode extends Actionable implements Saveable {
  private FlowNode() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  @CheckForNull
  public <T extends Action> T getAction(Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void save() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @CheckForNull
  public final <T extends Action> T getPersistentAction(@NonNull Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }
}
