// Signature stub of hudson.model.DirectoryBrowserSupport, read from
// jenkinsci/jenkins@jenkins-2.541.3 core/src/main/java/hudson/model/DirectoryBrowserSupport.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import jenkins.util.VirtualFile;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public final class DirectoryBrowserSupport implements HttpResponse {
  public DirectoryBrowserSupport(
      ModelObject owner, VirtualFile base, String title, String icon, boolean serveDirIndex) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void generateResponse(StaplerRequest req, StaplerResponse rsp, Object node) {
    throw new UnsupportedOperationException("stub");
  }
}
