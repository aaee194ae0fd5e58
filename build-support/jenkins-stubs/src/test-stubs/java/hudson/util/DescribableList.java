// Signature stub of hudson.util.DescribableList, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/util/DescribableList.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.util;

import hudson.model.Describable;
import hudson.model.Descriptor;

public class DescribableList<T extends Describable<T>, D extends Descriptor<T>>
    extends PersistedList<T> {
  protected DescribableList() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public <U extends T> U get(Class<U> type) {
    throw new UnsupportedOperationException("stub");
  }
}
