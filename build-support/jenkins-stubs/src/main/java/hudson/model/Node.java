// Signature stub of hudson.model.Node, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Node.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import jenkins.util.io.OnMaster;

public abstract class Node extends AbstractModelObject
    implements ReconfigurableDescribable<Node>,
        ExtensionPoint,
        AccessControlled,
        OnMaster,
        PersistenceRoot {}
