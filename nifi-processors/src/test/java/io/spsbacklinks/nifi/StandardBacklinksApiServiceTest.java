package io.spsbacklinks.nifi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.sandbox.KeyState;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.nifi.components.ConfigVerificationResult;
import org.apache.nifi.components.ConfigVerificationResult.Outcome;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.ValidationResult;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.util.MockComponentLog;
import org.apache.nifi.util.MockConfigurationContext;
import org.apache.nifi.util.MockProcessContext;
import org.apache.nifi.util.MockPropertyConfiguration;
import org.apache.nifi.util.MockValidationContext;
import org.apache.nifi.util.NoOpProcessor;
import org.apache.nifi.util.TestRunner;
import org.apache.nifi.util.TestRunners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StandardBacklinksApiServiceTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
    sandbox.keys().add("nifi-expired-key", KeyState.EXPIRED, 10);
  }

  private static List<ConfigVerificationResult> verify(
      String apiKey, Map<String, String> environment) {
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    Map<PropertyDescriptor, String> properties = new HashMap<>();
    properties.put(StandardBacklinksApiService.API_KEY, apiKey);
    properties.put(StandardBacklinksApiService.ENDPOINT, sandbox.endpoint());
    properties.put(StandardBacklinksApiService.MAX_ATTEMPTS, "1");
    MockConfigurationContext context =
        new MockConfigurationContext(service, properties, null, environment);
    return service.verify(context, new MockComponentLog("verify", service), Map.of());
  }

  @Test
  void verificationReportsTheSubscriptionWithAKeyFromTheEnvironment() {
    List<ConfigVerificationResult> results =
        verify("${BACKLINKS_API_KEY}", Map.of("BACKLINKS_API_KEY", TestFlows.API_KEY));

    assertThat(results)
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.getOutcome()).isEqualTo(Outcome.SUCCESSFUL);
              assertThat(result.getVerificationStepName()).contains("get-subscription-info");
              assertThat(result.getExplanation())
                  .contains("active")
                  .contains("units left")
                  .contains(String.valueOf(sandbox.keys().unitsLeft(TestFlows.API_KEY)));
            });
  }

  @Test
  void verificationFailsForAnExpiredSubscription() {
    assertThat(verify("nifi-expired-key", Map.of()))
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.getOutcome()).isEqualTo(Outcome.FAILED);
              assertThat(result.getExplanation()).contains("expired");
            });
  }

  @Test
  void verificationFailsForAnUnknownKeyWithoutShowingIt() {
    String key = "nifi-not-a-key-93xq";
    assertThat(verify(key, Map.of()))
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.getOutcome()).isEqualTo(Outcome.FAILED);
              assertThat(result.getExplanation()).contains("401").doesNotContain(key);
            });
  }

  @Test
  void configurationIsValidated() throws Exception {
    TestRunner runner = TestRunners.newTestRunner(NoOpProcessor.class);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    runner.addControllerService("api", service);
    runner.assertNotValid(service);
    runner.setProperty(service, StandardBacklinksApiService.API_KEY, TestFlows.API_KEY);
    runner.assertValid(service);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, "not a url");
    runner.assertNotValid(service);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, sandbox.endpoint());
    for (String attempts : List.of("0", "11", "many")) {
      runner.setProperty(service, StandardBacklinksApiService.MAX_ATTEMPTS, attempts);
      runner.assertNotValid(service);
    }
    runner.setProperty(service, StandardBacklinksApiService.MAX_ATTEMPTS, "10");
    runner.setProperty(service, StandardBacklinksApiService.READ_TIMEOUT, "forever");
    runner.assertNotValid(service);
    runner.setProperty(service, StandardBacklinksApiService.READ_TIMEOUT, "2 mins");
    runner.assertValid(service);
    assertThat(StandardBacklinksApiService.API_KEY.isSensitive()).isTrue();
  }

  @Test
  void allowedDownloadHostsMustBePlainHostNames() throws Exception {
    TestRunner runner = TestRunners.newTestRunner(NoOpProcessor.class);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    runner.addControllerService("api", service);
    runner.setProperty(service, StandardBacklinksApiService.API_KEY, TestFlows.API_KEY);
    for (String hosts :
        List.of(
            "https://cdn.example.com",
            "cdn.example.com/exports",
            "cdn.example.com:8443",
            "*.example.com",
            "cdn.example.com,,exports.example.net",
            "cdn.example.com, exports.example.net/",
            "cdn_1.example.com",
            "-cdn.example.com",
            "cdn..example.com",
            "::1")) {
      runner.setProperty(service, StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS, hosts);
      runner.assertNotValid(service);
    }
    for (String hosts :
        List.of(
            "cdn.example.com",
            " CDN.example.com , exports-2.example.net",
            "127.0.0.1",
            "localhost",
            "${CDN_HOSTS}")) {
      runner.setProperty(service, StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS, hosts);
      runner.assertValid(service);
    }
    assertThat(StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS.isRequired()).isFalse();
    assertThat(StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS.getExpressionLanguageScope())
        .isEqualTo(ExpressionLanguageScope.ENVIRONMENT);
  }

  @Test
  void invalidationExplainsWhatIsWrongWithTheHost() {
    assertThat(explanation("https://cdn.example.com"))
        .contains("'https://cdn.example.com'")
        .contains("scheme");
    assertThat(explanation("cdn.example.com/exports")).contains("path");
    assertThat(explanation("cdn.example.com:8443")).contains("port");
    assertThat(explanation("*.example.com")).contains("wildcard");
    assertThat(explanation("a.example.com,")).contains("empty");
    assertThat(explanation("cdn_1.example.com")).contains("letters, digits, hyphens and dots");
  }

  private static String explanation(String hosts) {
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    MockValidationContext context = new MockValidationContext(new MockProcessContext(service));
    ValidationResult result =
        StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS.validate(hosts, context);
    assertThat(result.isValid()).as(hosts).isFalse();
    return result.getExplanation();
  }

  @Test
  void aHostListFromTheEnvironmentIsCheckedWhenTheServiceIsEnabled() throws Exception {
    TestRunner runner = TestRunners.newTestRunner(NoOpProcessor.class);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    runner.addControllerService("api", service);
    runner.setProperty(service, StandardBacklinksApiService.API_KEY, TestFlows.API_KEY);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, sandbox.endpoint());
    runner.setProperty(service, StandardBacklinksApiService.ALLOWED_DOWNLOAD_HOSTS, "${CDN_HOSTS}");
    runner.setEnvironmentVariableValue("CDN_HOSTS", "https://cdn.example.com");

    assertThatThrownBy(() -> runner.enableControllerService(service))
        .hasMessageContaining("Allowed Download Hosts is invalid")
        .hasMessageContaining("'https://cdn.example.com'");

    runner.setEnvironmentVariableValue("CDN_HOSTS", "cdn.example.com");
    runner.enableControllerService(service);
    assertThat(service.client().getSubscriptionInfo().unitsLeft()).isPositive();
  }

  @Test
  void clientIsOnlyAvailableWhileEnabled() throws Exception {
    TestRunner runner = TestRunners.newTestRunner(NoOpProcessor.class);
    StandardBacklinksApiService service = new StandardBacklinksApiService();
    runner.addControllerService("api", service);
    runner.setProperty(service, StandardBacklinksApiService.API_KEY, TestFlows.API_KEY);
    runner.setProperty(service, StandardBacklinksApiService.ENDPOINT, sandbox.endpoint());
    assertThatThrownBy(service::client).isInstanceOf(IllegalStateException.class);

    runner.enableControllerService(service);
    assertThat(service.client().getSubscriptionInfo().unitsLeft()).isPositive();
    assertThat(service.client().toString()).doesNotContain(TestFlows.API_KEY);

    runner.disableControllerService(service);
    assertThatThrownBy(service::client).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aProxyConfiguredBeforeNiFi27KeepsItsServiceUnderTheNewPropertyName() {
    // The compile-time proxy API is 2.8's, which names the property "Proxy Configuration Service".
    assertThat(StandardBacklinksApiService.PROXY_CONFIGURATION_SERVICE.getName())
        .isEqualTo("Proxy Configuration Service");
    MockPropertyConfiguration saved =
        new MockPropertyConfiguration(
            Map.of(
                "API Key",
                "secret",
                StandardBacklinksApiService.PROXY_PROPERTY_BEFORE_2_7,
                "proxy-id"));

    new StandardBacklinksApiService().migrateProperties(saved);

    assertThat(saved.getRawProperties())
        .containsEntry("Proxy Configuration Service", "proxy-id")
        .doesNotContainKey("proxy-configuration-service")
        .containsEntry("API Key", "secret");
    assertThat(saved.toPropertyMigrationResult().getPropertiesRenamed())
        .containsExactly(Map.entry("proxy-configuration-service", "Proxy Configuration Service"));
  }

  @Test
  void aFlowWithoutTheOldProxyPropertyIsLeftAsItIs() {
    MockPropertyConfiguration saved =
        new MockPropertyConfiguration(
            Map.of("API Key", "secret", "Proxy Configuration Service", "proxy-id"));

    new StandardBacklinksApiService().migrateProperties(saved);

    assertThat(saved.toPropertyMigrationResult().getPropertiesRenamed()).isEmpty();
    assertThat(saved.getRawProperties()).containsEntry("Proxy Configuration Service", "proxy-id");
  }
}
