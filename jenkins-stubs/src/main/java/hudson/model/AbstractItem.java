// Signature stub of hudson.model.AbstractItem, read from jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/AbstractItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.security.AccessControlled;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;

public abstract class AbstractItem extends Actionable implements Loadable, Item, HttpDeletable, AccessControlled, DescriptorByNameOwner, StaplerProxy {
    protected AbstractItem(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("stub");
    }
}
