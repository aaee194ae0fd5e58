// Signature stub of org.jenkinsci.plugins.structs.describable.DescribableModel, read from
// jenkinsci/structs-plugin@1db2a48ea052
// src/main/java/org/jenkinsci/plugins/structs/describable/DescribableModel.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.structs.describable;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.TaskListener;
import java.io.Serializable;
import java.util.Map;

public final class DescribableModel<T> implements Serializable {
  private DescribableModel() {
    throw new UnsupportedOperationException("stub");
  }

  public static <T> DescribableModel<T> of(Class<T> clazz) {
    throw new UnsupportedOperationException("stub");
  }

  public T instantiate(Map<String, ?> arguments) throws IllegalArgumentException {
    throw new UnsupportedOperationException("stub");
  }

  public T instantiate(Map<String, ?> arguments, @CheckForNull TaskListener listener)
      throws IllegalArgumentException {
    throw new UnsupportedOperationException("stub");
  }

  public UninstantiatedDescribable uninstantiate2(T o) throws UnsupportedOperationException {
    throw new UnsupportedOperationException("stub");
  }
}
