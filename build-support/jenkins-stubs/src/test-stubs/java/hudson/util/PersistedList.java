// Signature stub of hudson.util.PersistedList, read from jenkinsci/jenkins@jenkins-2.541.3
// core/src/main/java/hudson/util/PersistedList.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package hudson.util;

import java.util.AbstractList;

public class PersistedList<T> extends AbstractList<T> {
  protected PersistedList() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean add(T item) {
    throw new UnsupportedOperationException("stub");
  }

  public <U extends T> U get(Class<U> type) {
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
}
