package io.spsbacklinks.gate;

import static io.spsbacklinks.gate.GateFixtures.SCENARIO;
import static io.spsbacklinks.gate.GateFixtures.TODAY;
import static io.spsbacklinks.gate.GateFixtures.gate;
import static io.spsbacklinks.gate.GateFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.KeyState;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What API failures do to the verdict, per {@link GatePolicy#apiErrors()}. */
class ApiErrorsGateTest {
  private static final String BROKE_KEY = "gate-broke-key";

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().scenario(SCENARIO).build();

  @BeforeAll
  static void keys() {
    SANDBOX.sandbox().keys().add(BROKE_KEY, KeyState.INSUFFICIENT_FUNDS, 0);
  }

  @ParameterizedTest
  @CsvSource({"FAIL, FAIL", "WARN, WARN", "IGNORE, PASS"})
  void aRefusedKeyIsAConfigurationErrorThatFailsWhateverApiErrorsSays(
      ApiErrorAction action, Verdict missing) {
    Sandbox sandbox = SANDBOX.sandbox();
    long before = sandbox.requestCount();
    GatePolicy policy = GatePolicy.builder().apiErrors(action).build();
    try (DeployedSite site = GateFixtures.site()) {
      GateResult result = gate(sandbox, BROKE_KEY, TODAY).run(request(site, null, policy));

      assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(result.configurationError()).isTrue();
      RuleResult apiErrors = result.rule(GateRule.API_ERRORS).orElseThrow();
      assertThat(apiErrors.verdict()).isEqualTo(Verdict.FAIL);
      assertThat(apiErrors.message())
          .startsWith("Configuration error: the API refused the key")
          .contains("1 API call failed", "get-metrics HTTP 402: ", "Insufficient funds");
      assertThat(result.apiFailures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.status()).isEqualTo(402);
                assertThat(f.command()).isEqualTo("get-metrics");
                assertThat(f.error()).isEqualTo("InsufficientFundsException");
              });
      // After the key was refused, nothing else was asked.
      assertThat(sandbox.requestCount() - before).isEqualTo(1);
      assertThat(site.requestLog()).isEmpty();
      for (GateRule rule :
          new GateRule[] {
            GateRule.BROKEN_TARGETS,
            GateRule.LOST_BACKLINKS,
            GateRule.LOST_REFDOMAINS,
            GateRule.METRICS_BACKLINKS_DROP
          }) {
        RuleResult skipped = result.rule(rule).orElseThrow();
        assertThat(skipped.evaluated()).as(rule.id()).isFalse();
        assertThat(skipped.verdict()).isEqualTo(missing);
        assertThat(skipped.message()).startsWith("Not measured: ");
      }
      assertThat(result.rule(GateRule.LOST_BACKLINKS).orElseThrow().message())
          .contains(
              "get-new-lost-backlinks not requested: the API refused the key earlier (HTTP 402");
      assertThat(result.unitsSpent()).isZero();
      // The window was not examined: the next run starts where this one would have.
      assertThat(result.newBaseline().date()).isEqualTo(TODAY.minusDays(7));
      assertThat(result.newBaseline().metrics()).isNull();
    }
  }

  @Test
  void failuresThatAreNotAboutTheKeyDoNotStopTheOtherChecks() {
    // google.com answers 244 to every command; each check records its own failure.
    GatePolicy policy = GatePolicy.builder().apiErrors(ApiErrorAction.FAIL).build();
    GateResult result =
        gate(SANDBOX.sandbox()).run(new GateRequest("google.com", Mode.DOMAIN, null, null, policy));

    assertThat(result.apiFailures())
        .extracting(FailedApiCall::command)
        .containsExactly(
            "get-metrics", "get-backlinks", "get-new-lost-backlinks", "get-new-lost-refdomains");
    assertThat(result.apiFailures())
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo(244);
              assertThat(f.error()).isEqualTo("TargetTooLargeException");
            });
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.configurationError()).isFalse();
    assertThat(result.rule(GateRule.API_ERRORS).orElseThrow().value()).isEqualTo(4.0);
  }

  @Test
  void noApiErrorPasses() {
    GatePolicy policy = GateFixtures.only(false, true, false).build();
    GateResult result = gate(SANDBOX.sandbox()).run(request(null, null, policy));

    RuleResult rule = result.rule(GateRule.API_ERRORS).orElseThrow();
    assertThat(rule.verdict()).isEqualTo(Verdict.PASS);
    assertThat(rule.message()).isEqualTo("No API call failed.");
    assertThat(result.apiFailures()).isEmpty();
  }
}
