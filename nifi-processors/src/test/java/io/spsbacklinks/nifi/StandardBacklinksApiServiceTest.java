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
import org.apache.nifi.util.MockComponentLog;
import org.apache.nifi.util.MockConfigurationContext;
import org.apache.nifi.util.NoOpProcessor;
import org.apache.nifi.util.TestRunner;
import org.apache.nifi.util.TestRunners;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StandardBacklinksApiServiceTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
    sandbox.keys().add("nifi-expired-key", KeyState.EXPIRED, 10);
  }

  private static List<ConfigVerificationResult> verify(String apiKey,
      Map<String, String> environment) {
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

    assertThat(results).singleElement().satisfies(result -> {
      assertThat(result.getOutcome()).isEqualTo(Outcome.SUCCESSFUL);
      assertThat(result.getVerificationStepName()).contains("get-subscription-info");
      assertThat(result.getExplanation()).contains("active").contains("units left")
          .contains(String.valueOf(sandbox.keys().unitsLeft(TestFlows.API_KEY)));
    });
  }

  @Test
  void verificationFailsForAnExpiredSubscription() {
    assertThat(verify("nifi-expired-key", Map.of())).singleElement().satisfies(result -> {
      assertThat(result.getOutcome()).isEqualTo(Outcome.FAILED);
      assertThat(result.getExplanation()).contains("expired");
    });
  }

  @Test
  void verificationFailsForAnUnknownKeyWithoutShowingIt() {
    String key = "nifi-not-a-key-93xq";
    assertThat(verify(key, Map.of())).singleElement().satisfies(result -> {
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
}
