package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SandboxMainTest {
  @Test
  void parsesOptionsAndLogsRequestsWithTheKeyRedacted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Sandbox.Builder builder =
        SandboxMain.parse(
            new String[] {
              "--port",
              "0",
              "--today",
              "2026-01-02",
              "--export-delay",
              "500ms",
              "--fault-503",
              "0",
              "--rate-limit",
              "5"
            },
            print);
    try (Sandbox sandbox = builder.build().start()) {
      assertThat(sandbox.today()).isEqualTo(LocalDate.of(2026, 1, 2));
      new TestApi(sandbox).get("get-subscription-info");
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("get-subscription-info?apikey=*** -> 200")
        .doesNotContain(Sandbox.DEMO_API_KEY);
  }

  @Test
  void helpAndBadOptions() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            SandboxMain.start(
                new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
        .isNull();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:");
    assertThatThrownBy(
            () ->
                SandboxMain.start(
                    new String[] {"--port", "0", "--scenario", "no-such-scenario.json"},
                    System.out))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no-such-scenario.json");
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(
              () ->
                  SandboxMain.start(new String[] {"--port", "" + taken.getLocalPort()}, System.out))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("cannot bind");
    }
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--fault-500", "2"}, System.out))
        .hasMessageContaining("--fault-500 must be within [0, 1]");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--bogus", "1"}, System.out))
        .hasMessageContaining("unknown option --bogus");
    assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"}, System.out))
        .hasMessageContaining("--port needs a value");
  }

  @Test
  void durations() {
    assertThat(SandboxMain.parseDuration("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(SandboxMain.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(SandboxMain.parseDuration("PT1M")).isEqualTo(Duration.ofMinutes(1));
    assertThatThrownBy(() -> SandboxMain.parseDuration("soon"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
