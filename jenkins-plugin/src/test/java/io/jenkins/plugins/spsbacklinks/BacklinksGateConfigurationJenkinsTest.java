package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

/** The global configuration through Configuration as Code: read, then exported back the same. */
class BacklinksGateConfigurationJenkinsTest {
  @Test
  @WithJenkinsConfiguredWithCode
  @ConfiguredWithCode("configuration-as-code.yml")
  void configurationAsCodeRoundTrip(JenkinsConfiguredWithCodeRule j) throws Exception {
    BacklinksGateConfiguration c = BacklinksGateConfiguration.get();
    assertThat(c.getCredentialsId()).isEqualTo("sps");
    assertThat(c.getEndpoint()).isEqualTo("https://backlinks-proxy.example/backlinks/v1.0/");
    assertThat(c.getConnectTimeoutSeconds()).isEqualTo(5);
    assertThat(c.getReadTimeoutSeconds()).isEqualTo(30);
    assertThat(c.getThresholds()).singleElement().satisfies(t -> {
      assertThat(t.getRule()).isEqualTo("lost-backlinks");
      assertThat(t.getUnstable()).isEqualTo(5.0);
      assertThat(t.getFailure()).isEqualTo(20.0);
    });

    ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
    String exported = Util.toYamlString(Util.getUnclassifiedRoot(context).get("backlinksGate"));
    // Compared as JSON, so YAML quoting style does not matter; value types and key order do (the
    // exporter sorts keys).
    assertThat(Util.convertToJson(exported))
        .isEqualTo(Util.convertToJson(Util.toStringFromYamlFile(this, "configuration-as-code-export.yml")));
  }
}
