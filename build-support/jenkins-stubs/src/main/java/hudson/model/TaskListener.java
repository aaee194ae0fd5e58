// Signature stub of hudson.model.TaskListener, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/model/TaskListener.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public interface TaskListener extends SerializableOnlyOverRemoting {
  @NonNull
  PrintStream getLogger();

  default void hyperlink(String url, String text) throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}
