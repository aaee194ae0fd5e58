// Signature stub of hudson.util.ListBoxModel, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/util/ListBoxModel.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class ListBoxModel extends ArrayList<ListBoxModel.Option> implements HttpResponse {
  public static final class Option {
    public String name;

    public String value;

    private Option() {
      throw new UnsupportedOperationException("stub");
    }
  }

  public ListBoxModel() {
    throw new UnsupportedOperationException("stub");
  }

  public void add(@NonNull String displayName, @NonNull String value) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void generateResponse(StaplerRequest req, StaplerResponse rsp, Object node) {
    throw new UnsupportedOperationException("stub");
  }
}
