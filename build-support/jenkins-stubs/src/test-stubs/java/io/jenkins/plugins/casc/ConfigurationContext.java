// Signature stub of io.jenkins.plugins.casc.ConfigurationContext, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// plugin/src/main/java/io/jenkins/plugins/casc/ConfigurationContext.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc;

public class ConfigurationContext implements ConfiguratorRegistry {
  public ConfigurationContext(ConfiguratorRegistry registry) {
    throw new UnsupportedOperationException("stub");
  }
}
