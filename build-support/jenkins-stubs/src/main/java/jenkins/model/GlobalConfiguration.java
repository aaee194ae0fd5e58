// Signature stub of jenkins.model.GlobalConfiguration, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/jenkins/model/GlobalConfiguration.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
    implements ExtensionPoint, Describable<GlobalConfiguration> {
  protected GlobalConfiguration() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public final Descriptor<GlobalConfiguration> getDescriptor() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    throw new UnsupportedOperationException("stub");
  }
}
