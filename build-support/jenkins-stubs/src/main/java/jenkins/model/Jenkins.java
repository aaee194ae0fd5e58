// Signature stub of jenkins.model.Jenkins, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/Jenkins.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.AbstractCIBase;
import hudson.model.Descriptor;
import hudson.model.DescriptorByNameOwner;
import hudson.model.ModifiableViewGroup;
import hudson.model.View;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.IOException;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerFallback;
import org.kohsuke.stapler.StaplerProxy;

public class Jenkins extends AbstractCIBase
    implements DirectlyModifiableTopLevelItemGroup,
        StaplerProxy,
        StaplerFallback,
        ModifiableViewGroup,
        AccessControlled,
        DescriptorByNameOwner,
        ModelObjectWithContextMenu,
        ModelObjectWithChildren,
        OnMaster,
        Loadable {
  public static final Permission ADMINISTER = io.spsbacklinks.jenkinsstubs.Constant.unknown();

  public static final Permission READ = io.spsbacklinks.jenkinsstubs.Constant.unknown();

  private Jenkins() {
    throw new UnsupportedOperationException("stub");
  }

  public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
    throw new UnsupportedOperationException("stub");
  }

  public void setSecurityRealm(@CheckForNull SecurityRealm securityRealm) {
    throw new UnsupportedOperationException("stub");
  }

  public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy a) {
    throw new UnsupportedOperationException("stub");
  }

  public static Jenkins get() throws IllegalStateException {
    throw new UnsupportedOperationException("stub");
  }

  public @Nullable String getRootUrl() throws IllegalStateException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
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

  @Override
  public View getStaplerFallback() {
    throw new UnsupportedOperationException("stub");
  }
}
