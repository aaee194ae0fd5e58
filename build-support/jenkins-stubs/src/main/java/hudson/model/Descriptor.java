// Signature stub of hudson.model.Descriptor, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/Descriptor.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse;

public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
  protected Descriptor(Class<? extends T> clazz) {
    throw new UnsupportedOperationException("stub");
  }

  protected Descriptor() {
    throw new UnsupportedOperationException("stub");
  }

  public static final class FormException extends Exception implements HttpResponse {
    public FormException(String message, String formField) {
      throw new UnsupportedOperationException("stub");
    }

    @Override
    public void generateResponse(StaplerRequest req, StaplerResponse rsp, Object node) {
      throw new UnsupportedOperationException("stub");
    }
  }

  @NonNull
  public String getDisplayName() {
    throw new UnsupportedOperationException("stub");
  }

  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public synchronized void save() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public synchronized void load() {
    throw new UnsupportedOperationException("stub");
  }
}
