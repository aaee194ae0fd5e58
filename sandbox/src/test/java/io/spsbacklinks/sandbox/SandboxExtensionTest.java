package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxExtensionTest {
  @RegisterExtension
  static SandboxExtension shared =
      SandboxExtension.builder().today(LocalDate.of(2026, 1, 15)).build();

  @Test
  void startsOneSandboxForTheClassOnALoopbackPort(Sandbox injected) {
    assertThat(injected).isSameAs(shared.sandbox());
    assertThat(shared.endpoint()).matches("http://127\\.0\\.0\\.1:\\d+/backlinks/v1\\.0/");
    assertThat(shared.apiKey()).isEqualTo(Sandbox.DEMO_API_KEY);
    assertThat(shared.sandbox().today()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(
            new TestApi(shared.endpoint(), shared.apiKey()).get("get-subscription-info").status())
        .isEqualTo(200);
  }

  @Nested
  class PerTest {
    @RegisterExtension SandboxExtension own = SandboxExtension.create();

    @Test
    void anInstanceFieldGetsItsOwnSandbox() {
      assertThat(own.sandbox()).isNotSameAs(shared.sandbox());
      assertThat(own.sandbox().today()).isEqualTo(Sandbox.DEFAULT_TODAY);
    }
  }
}
