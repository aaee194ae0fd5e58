// Signature stub of io.jenkins.plugins.casc.misc.Util, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/Util.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.misc;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import java.io.IOException;
import java.net.URISyntaxException;

public class Util {
  public static Mapping getUnclassifiedRoot(ConfigurationContext context) throws Exception {
    throw new UnsupportedOperationException("stub");
  }

  public static String toYamlString(CNode rootNode) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  public static String toStringFromYamlFile(Object clazz, String resourcePath)
      throws URISyntaxException {
    throw new UnsupportedOperationException("stub");
  }

  public static String convertToJson(String yamlString) {
    throw new UnsupportedOperationException("stub");
  }
}
