// Signature stub of hudson.model.AbstractCIBase, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/AbstractCIBase.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.security.AccessControlled;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AbstractCIBase extends Node
    implements ItemGroup<TopLevelItem>,
        StaplerProxy,
        StaplerFallback,
        ViewGroup,
        AccessControlled,
        DescriptorByNameOwner {}
