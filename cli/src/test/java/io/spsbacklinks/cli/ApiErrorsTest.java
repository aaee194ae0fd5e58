package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.KeyState;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** API and network errors exit 3 with the API's message, and the key never shows. */
class ApiErrorsTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static final String SECRET = "sk-live-7Hq2-SECRET-do-not-print";
  private static final String BROKE = "sk-broke-4d1e-SECRET";
  private static final String BANNED = "sk-banned-99-SECRET";

  @BeforeAll
  static void keys() {
    SANDBOX.sandbox().keys().add(BROKE, KeyState.INSUFFICIENT_FUNDS, 0);
    SANDBOX.sandbox().keys().add(BANNED, KeyState.DISABLED, 1000);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(SECRET, List.of("subscription"), "401", "Authentication failed"),
        Arguments.of(BROKE, List.of("metrics", "-t", "example.com"), "402", "Insufficient funds"),
        Arguments.of(
            BANNED, List.of("backlinks", "-t", "example.com"), "403", "Authentication failed"),
        Arguments.of(
            Sandbox.DEMO_API_KEY, List.of("metrics", "-t", "google.com"), "244", "huge websites"),
        Arguments.of(
            Sandbox.DEMO_API_KEY,
            List.of("raw-backlinks", "-t", "twitter.com"),
            "244",
            "huge websites"));
  }

  @ParameterizedTest(name = "{2} {1}")
  @MethodSource("failures")
  void apiErrorsExitThreeWithTheApiMessageAndNoKey(
      String key, List<String> args, String status, String message) {
    Cli cli = Cli.against(SANDBOX.sandbox()).env("SPS_API_KEY", key);
    String[] all =
        Stream.concat(Stream.of("--endpoint", SANDBOX.endpoint()), args.stream())
            .toArray(String[]::new);

    Cli.Result result = cli.run(all);

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains(status).contains(message);
    if (!key.equals(Sandbox.DEMO_API_KEY)) {
      assertThat(result.out() + result.err()).doesNotContain(key);
    }
  }

  static Stream<Arguments> failuresBeforeTheFirstRow() {
    return Stream.of("json", "table", "csv", "jsonl")
        .flatMap(
            format ->
                Stream.of(
                    Arguments.of(format, List.of("raw-backlinks", "-t", "twitter.com")),
                    Arguments.of(format, List.of("backlinks", "-t", "google.com")),
                    Arguments.of(format, List.of("metrics", "-t", "google.com"))));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("failuresBeforeTheFirstRow")
  void anApiErrorBeforeTheFirstRowLeavesStdoutEmpty(String format, List<String> args) {
    Cli.Result result =
        Cli.against(SANDBOX.sandbox())
            .api(
                SANDBOX.sandbox(),
                Stream.concat(args.stream(), Stream.of("--format", format)).toArray(String[]::new));

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err()).contains("244");
    assertThat(result.out()).as(result.toString()).isEmpty();
  }

  @ParameterizedTest(name = "--max-attempts {0}")
  @ValueSource(ints = {1, 7})
  void maxAttemptsIsTheRetryBudgetOfEachRequest(int attempts) {
    Sandbox sandbox = SANDBOX.sandbox();
    sandbox.faults(Faults.builder().error503(1.0).build());
    try {
      long before = sandbox.requestCount();
      Cli.Result result =
          Cli.against(sandbox)
              .api(sandbox, "--max-attempts", String.valueOf(attempts), "subscription");

      assertThat(result.exit()).as(result.toString()).isEqualTo(3);
      assertThat(result.err()).contains("503");
      assertThat(sandbox.requestCount() - before).isEqualTo(attempts);
    } finally {
      sandbox.faults(Faults.none());
    }
  }

  @Test
  void aKeyOnTheCommandLineIsNeverPrintedEvenWhenItLandsInAnError() {
    // The key given twice: picocli reports the stray copy as an unmatched argument.
    Cli.Result stray =
        Cli.plain()
            .run(
                "--endpoint",
                SANDBOX.endpoint(),
                "metrics",
                "-t",
                "example.com",
                "--api-key",
                SECRET,
                SECRET);
    assertThat(stray.exit()).isEqualTo(2);
    assertThat(stray.err()).contains("***").doesNotContain(SECRET);

    Cli.Result rejected =
        Cli.plain()
            .run(
                "--endpoint",
                SANDBOX.endpoint(),
                "--api-key",
                SECRET,
                "refdomains",
                "-t",
                "example.com");
    assertThat(rejected.exit()).isEqualTo(3);
    assertThat(rejected.out() + rejected.err()).doesNotContain(SECRET);
    assertThat(SANDBOX.sandbox().requestLog()).noneMatch(line -> line.contains(SECRET));
  }

  @Test
  void networkErrorsExitThreeAndNameTheCommand() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Cli.Result result =
        Cli.plain()
            .env("SPS_API_KEY", SECRET)
            .run(
                "--endpoint",
                "http://127.0.0.1:" + closedPort + "/backlinks/v1.0/",
                "metrics",
                "-t",
                "example.com");

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("get-metrics").doesNotContain(SECRET);
  }

  @Test
  void anEndpointThatIsNotAUrlIsAUsageError() {
    Cli.Result result =
        Cli.plain().env("SPS_API_KEY", SECRET).run("--endpoint", "ftp:/nowhere", "subscription");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("endpoint").doesNotContain(SECRET);
  }

  @Test
  void sandboxAndEndpointExcludeEachOther() {
    Cli.Result result =
        Cli.plain().run("--sandbox", "--endpoint", SANDBOX.endpoint(), "subscription");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--sandbox").contains("--endpoint");
  }
}
