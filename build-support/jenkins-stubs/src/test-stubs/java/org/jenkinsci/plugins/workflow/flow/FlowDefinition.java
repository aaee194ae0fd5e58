// Signature stub of org.jenkinsci.plugins.workflow.flow.FlowDefinition, read from
// jenkinsci/workflow-api-plugin@1413.v2ff1a_5e720fa_ (the BOM's version; same files at
// cbc88d9c87ce) src/main/java/org/jenkinsci/plugins/workflow/flow/FlowDefinition.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class FlowDefinition extends AbstractDescribableImpl<FlowDefinition>
    implements ExtensionPoint {}
