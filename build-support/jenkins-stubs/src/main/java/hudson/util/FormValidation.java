// Signature stub of hudson.util.FormValidation, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/util/FormValidation.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

public abstract class FormValidation extends IOException implements HttpResponse {
  public enum Kind {
    OK,
    WARNING,
    ERROR
  }

  public final Kind kind;

  private FormValidation() {
    throw new UnsupportedOperationException("stub");
  }

  public static FormValidation error(String message) {
    throw new UnsupportedOperationException("stub");
  }

  public static FormValidation warning(String message) {
    throw new UnsupportedOperationException("stub");
  }

  public static FormValidation ok(String message) {
    throw new UnsupportedOperationException("stub");
  }

  public static FormValidation ok() {
    throw new UnsupportedOperationException("stub");
  }

  public abstract String renderHtml();
}
