package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a person reads: help that shows what applies, tables that fit the terminal. */
class HelpAndTableTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().exportDelay(Duration.ZERO).build();

  @Test
  void demoAndSandboxHelpShowNoApiOptions() {
    for (String command : List.of("demo", "sandbox")) {
      Cli.Result help = Cli.plain().run(command, "--help");
      assertThat(help.exit()).isZero();
      // options as listed (a description may still name the API options in an example)
      assertThat(help.out())
          .as(command)
          .doesNotContain(
              "--sandbox ",
              "--output=",
              "--max-attempts=",
              "--api-key=",
              "--endpoint=",
              "--no-progress");
    }
    assertThat(Cli.plain().run("metrics", "--help").out()).contains("--max-attempts=");
  }

  @Test
  void metricsHelpShowsThatATargetIsRequired() {
    String help = Cli.plain().run("metrics", "--help").out();

    assertThat(help).contains("(-t=TARGET... | --target-file=FILE)").doesNotContain("[-t=TARGET]");
  }

  @Test
  void aTableFitsTheTerminalUnlessWide() {
    List<String> args =
        List.of("backlinks", "-t", "example.com", "--limit", "20", "--format", "table");

    Cli.Result fitted =
        Cli.against(SANDBOX.sandbox())
            .env("COLUMNS", "80")
            .api(SANDBOX.sandbox(), args.toArray(String[]::new));
    assertThat(fitted.exit()).as(fitted.toString()).isZero();
    assertThat(fitted.lines())
        .hasSizeGreaterThan(2)
        // the sandbox's text is Latin: one column per code point
        .allSatisfy(
            line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(80));
    assertThat(fitted.out()).contains("…");

    Cli.Result wide =
        Cli.against(SANDBOX.sandbox())
            .env("COLUMNS", "80")
            .api(
                SANDBOX.sandbox(),
                List.of(args, List.of("--wide")).stream()
                    .flatMap(List::stream)
                    .toArray(String[]::new));
    assertThat(wide.lines()).anySatisfy(line -> assertThat(line.length()).isGreaterThan(80));
  }

  @Test
  void tablesShowCountsWithThousandsSeparators() {
    Cli.Result table =
        Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), "subscription", "--format", "table");
    Cli.Result json = Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), "subscription");

    long unitsLeft = json.json().get("units_left").asLong();
    assertThat(unitsLeft).isGreaterThanOrEqualTo(1000);
    assertThat(table.out())
        .containsPattern("units_left\\s+" + String.format(java.util.Locale.ROOT, "%,d", unitsLeft));
  }
}
