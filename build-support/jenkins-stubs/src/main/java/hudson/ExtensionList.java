// Signature stub of hudson.ExtensionList, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/ExtensionList.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import jenkins.util.io.OnMaster;

public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
  private ExtensionList() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public T get(int index) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("stub");
  }

  public static @NonNull <U> U lookupSingleton(Class<U> type) {
    throw new UnsupportedOperationException("stub");
  }
}
