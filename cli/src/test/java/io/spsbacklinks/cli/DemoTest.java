package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the demo. */
class DemoTest {
  @TempDir Path dir;

  @Test
  void theDemoFindsTheBadDeployPrintsTheSummaryWritesTheReportsAndExitsZero() throws IOException {
    Path reports = dir.resolve("report");

    Cli.Result result = Cli.plain().run("demo", "--report-dir", reports.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("2026-11-21  PASS")
        .contains("Gate FAIL for acme-outdoor.example")
        .contains("FAIL  broken-targets ")
        .contains("Lost in the index 2026-11-21 .. 2026-11-28")
        .contains("Metrics vs the baseline of 2026-11-21")
        .contains("--strict");
    assertThat(result.err()).isEmpty();
    // The loop closes: the suggested rules, served from the _redirects file written beside the
    // reports, turn the broken-targets rules PASS in the second run; the lost-links rules stay.
    String afterFix = result.out().substring(result.out().indexOf("Gate run again on "));
    assertThat(afterFix)
        .contains("PASS                 broken-targets\n")
        .contains("PASS                 broken-targets-weight\n")
        .contains("FAIL                 lost-refdomains")
        .contains("The broken-targets rules now PASS");
    assertThat(result.out()).contains("fix: 301 to /pricing/ (97%)", "  /pricing /pricing/ 301");
    assertThat(Files.readAllLines(reports.resolve("_redirects")))
        .contains("/about /company/about-us 301")
        .noneMatch(line -> line.contains(" /company/about "));
    assertThat(Files.readString(reports.resolve("gate-report.html")))
        .contains("<svg")
        .contains("FAIL");
    assertThat(Files.readString(reports.resolve("gate-junit.xml"))).contains("<failure");
    assertThat(Files.readString(reports.resolve("gate-report.md"))).contains("FAIL");
    assertThat(
            Cli.JSON.readTree(reports.resolve("gate-report.json").toFile()).get("verdict").asText())
        .isEqualTo("FAIL");
  }

  @Test
  void strictExitsLikeTheGate() {
    Cli.Result result = Cli.plain().run("demo", "--strict", "--report-dir", dir.toString());
    assertThat(result.exit()).isEqualTo(1);
  }
}
