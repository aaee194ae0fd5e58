// Signature stub of org.jenkinsci.plugins.structs.describable.UninstantiatedDescribable, read from
// jenkinsci/structs-plugin@1db2a48ea052
// src/main/java/org/jenkinsci/plugins/structs/describable/UninstantiatedDescribable.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci.plugins.structs.describable;

import java.io.Serializable;
import java.util.Map;

public class UninstantiatedDescribable implements Serializable {
  UninstantiatedDescribable() {
    throw new UnsupportedOperationException("stub");
  }

  public Map<String, ?> getArguments() {
    throw new UnsupportedOperationException("stub");
  }
}
