package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.spsbacklinks.FormCheck.Kind;
import io.spsbacklinks.sandbox.Sandbox;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Test connection button against the API sandbox. */
class ConnectionCheckTest {
  private static SandboxFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private static FormCheck test(String key) {
    return ConnectionCheck.test(key, fixture.sandbox.endpoint(), fixture.http, Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  @Test
  void activeSubscriptionShowsItsUnitsLeft() {
    FormCheck check = test(Sandbox.DEMO_API_KEY);

    assertThat(check.kind()).isEqualTo(Kind.OK);
    assertThat(check.message()).startsWith("Subscription active: ").contains("units left").contains("expires");
  }

  @Test
  void expiredSubscriptionIsAWarning() {
    FormCheck check = test(SandboxFixture.EXPIRED_KEY);

    assertThat(check.kind()).isEqualTo(Kind.WARNING);
    assertThat(check.message()).startsWith("Subscription expired: ").doesNotContain(SandboxFixture.EXPIRED_KEY);
  }

  @Test
  void unknownKeyIsAnErrorThatNeverShowsTheKey() {
    String key = "no-such-key-987654321";
    FormCheck check = test(key);

    assertThat(check.kind()).isEqualTo(Kind.ERROR);
    assertThat(check.message()).contains("failed").doesNotContain(key);
  }

  @Test
  void unreachableEndpointIsAnError() {
    FormCheck check = ConnectionCheck.test(Sandbox.DEMO_API_KEY, "http://127.0.0.1:1/backlinks/v1.0/", fixture.http,
        Duration.ofSeconds(2), Duration.ofSeconds(2));

    assertThat(check.kind()).isEqualTo(Kind.ERROR);
    assertThat(check.message()).startsWith("Connection to http://127.0.0.1:1/backlinks/v1.0/ failed");
  }
}
