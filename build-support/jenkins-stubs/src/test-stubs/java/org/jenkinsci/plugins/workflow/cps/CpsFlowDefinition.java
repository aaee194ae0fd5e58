// Signature stub of org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition, read from
// jenkinsci/workflow-cps-plugin@e007b7ff2178
// plugin/src/main/java/org/jenkinsci/plugins/workflow/cps/CpsFlowDefinition.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

public class CpsFlowDefinition extends FlowDefinition {
  public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {
    throw new UnsupportedOperationException("stub");
  }
}
