// Signature stub of hudson.model.AbstractItem, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/AbstractItem.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import hudson.security.AccessControlled;
import java.io.IOException;
import jenkins.model.Loadable;
import org.kohsuke.stapler.HttpDeletable;
import org.kohsuke.stapler.StaplerProxy;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public abstract class AbstractItem extends Actionable
    implements Loadable,
        Item,
        HttpDeletable,
        AccessControlled,
        DescriptorByNameOwner,
        StaplerProxy {
  protected AbstractItem(ItemGroup parent, String name) {
    throw new UnsupportedOperationException("stub");
  }

  public String getDisplayName() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void load() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Object getTarget() {
    throw new UnsupportedOperationException("stub");
  }

  @Deprecated
  @Override
  public void delete(StaplerRequest req, StaplerResponse rsp)
      throws IOException, javax.servlet.ServletException {
    throw new UnsupportedOperationException("stub");
  }
}
