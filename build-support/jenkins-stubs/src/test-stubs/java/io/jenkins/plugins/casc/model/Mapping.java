// Signature stub of io.jenkins.plugins.casc.model.Mapping, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// plugin/src/main/java/io/jenkins/plugins/casc/model/Mapping.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.model;

import java.util.HashMap;

public final class Mapping extends HashMap<String, CNode> implements CNode {
  public Mapping() {
    throw new UnsupportedOperationException("stub");
  }
}
