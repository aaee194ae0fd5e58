package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.spsbacklinks.gate.GatePolicies;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.Threshold;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate command against the demo scenario: a sandbox where acme-outdoor.example lost links in
 * the week before 2026-11-28, and two local sites, one healthy and one with the deploy's broken
 * pages.
 */
class GateCommandTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().scenario(DemoCommand.scenario()).build();

  private static DeployedSite healthy;
  private static DeployedSite broken;

  @TempDir Path dir;

  @BeforeAll
  static void sites() {
    healthy = DeployedSite.builder().build().start();
    broken = DeployedSite.builder().fromScenario(DemoCommand.scenario()).build().start();
  }

  @AfterAll
  static void stopSites() {
    healthy.close();
    broken.close();
  }

  @Test
  void aDeployThatBrokeBacklinkedPagesFailsWritesTheReportsAndKeepsTheBaseline()
      throws IOException {
    Path baseline = dir.resolve("state/baseline.json");
    Path reports = dir.resolve("reports");

    Cli.Result result =
        gate(
            "--deployed-url",
            broken.baseUrl(),
            "--baseline",
            baseline.toString(),
            "--report-dir",
            reports.toString());

    assertThat(result.exit()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("Gate FAIL for " + DemoCommand.TARGET)
        .contains("FAIL  broken-targets ")
        .contains("https://" + DemoCommand.TARGET + "/pricing")
        .contains("Baseline kept: " + baseline);
    assertThat(reports.resolve("gate-report.html")).isNotEmptyFile();
    assertThat(reports.resolve("gate-report.md")).isNotEmptyFile();
    assertThat(reports.resolve("gate-report.json")).isNotEmptyFile();
    assertThat(Files.readString(reports.resolve("gate-junit.xml"))).contains("<failure");
    assertThat(baseline).doesNotExist();

    Cli.Result accepted =
        gate(
            "--deployed-url",
            broken.baseUrl(),
            "--baseline",
            baseline.toString(),
            "--baseline-update",
            "always");
    assertThat(accepted.exit()).isEqualTo(1);
    assertThat(Cli.JSON.readTree(baseline.toFile()).get("schema").asText())
        .isEqualTo("sps-backlinks/gate-baseline@1");
  }

  @Test
  void warnExitsZeroUnlessWarnExitCodeAndUpdatesTheBaseline() {
    Path baseline = dir.resolve("baseline.json");
    String[] warnOnly = {
      "--deployed-url",
      healthy.baseUrl(),
      "--no-metrics",
      "--threshold",
      "lost-backlinks=10:1000",
      "--threshold",
      "lost-refdomains=off"
    };

    Cli.Result warn = gate(concat(warnOnly, "--baseline", baseline.toString()));
    assertThat(warn.exit()).as(warn.toString()).isZero();
    assertThat(warn.out())
        .startsWith("Gate WARN")
        .contains("WARN  lost-backlinks ")
        .contains("Baseline updated");
    assertThat(baseline).isNotEmptyFile();

    assertThat(gate(concat(warnOnly, "--warn-exit-code", "4")).exit()).isEqualTo(4);
  }

  @Test
  void aHealthySiteWithNothingLostPassesAndTheNextRunComparesWithItsBaseline() {
    Path baseline = dir.resolve("baseline.json");
    String[] pass = {
      "--deployed-url", healthy.baseUrl(), "--no-lost", "--baseline", baseline.toString()
    };

    Cli.Result first = gate(pass);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out())
        .startsWith("Gate PASS")
        .contains("No baseline")
        .contains("Baseline updated");

    Cli.Result second = gate(pass);
    assertThat(second.exit()).isZero();
    assertThat(second.out()).contains("Metrics vs the baseline of " + SANDBOX.sandbox().today());
  }

  @Test
  void firstRunRecordPassesTheFirstRunAndEnforcesTheNext() throws IOException {
    Path baseline = dir.resolve("baseline.json");
    String[] record = {
      "--deployed-url", broken.baseUrl(), "--baseline", baseline.toString(), "--first-run", "record"
    };

    Cli.Result first = gate(record);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out())
        .startsWith("Gate PASS")
        .contains(
            "First run: baseline recorded, rules not enforced (first-run record); the rules below show the"
                + " verdict they would have had: FAIL.")
        .contains("FAIL  broken-targets ")
        .contains("Baseline updated: " + baseline);
    assertThat(baseline).isNotEmptyFile();

    Cli.Result second = gate(record);
    assertThat(second.exit()).as(second.toString()).isEqualTo(1);
    assertThat(second.out()).startsWith("Gate FAIL").doesNotContain("not enforced");

    Cli.Result enforced =
        gate("--deployed-url", broken.baseUrl(), "--baseline", dir.resolve("new.json").toString());
    assertThat(enforced.exit()).as("enforce is the default").isEqualTo(1);
  }

  @Test
  void firstRunRecordNeedsABaselineFileAndBadValuesAreRefused() throws IOException {
    long before = SANDBOX.sandbox().requestCount();
    Cli.Result noFile = gate("--deployed-url", broken.baseUrl(), "--first-run", "record");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("--first-run record needs --baseline FILE");

    Cli.Result bad = gate("--first-run", "sometimes");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--first-run").contains("enforce, record");
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);

    Path yaml = dir.resolve("policy.yaml");
    Files.writeString(yaml, "firstRun: record\n");
    Cli.Result printed = gate("--policy", yaml.toString(), "--print-policy");
    assertThat(printed.json().get("firstRun").asText()).isEqualTo("record");
    assertThat(
            gate("--policy", yaml.toString(), "--first-run", "enforce", "--print-policy")
                .json()
                .get("firstRun")
                .asText())
        .isEqualTo("enforce");
  }

  @Test
  void jsonAndMarkdownFormatsPrintTheReportsOnStdout() throws IOException {
    Cli.Result json = gate("--deployed-url", broken.baseUrl(), "--format", "json");
    assertThat(json.exit()).isEqualTo(1);
    JsonNode report = json.json();
    assertThat(report.get("schema").asText()).isEqualTo("sps-backlinks/gate-report@1");
    assertThat(report.toString()).contains("\"FAIL\"").contains("broken-targets");

    Cli.Result markdown = gate("--deployed-url", broken.baseUrl(), "--format", "markdown");
    assertThat(markdown.exit()).isEqualTo(1);
    assertThat(markdown.out()).contains("FAIL").contains("|");
  }

  @Test
  void policiesComeFromYamlOrJsonFilesWithOptionsOnTop() throws IOException {
    Path yaml = dir.resolve("policy.yaml");
    Files.writeString(
        yaml,
        """
        lost: {enabled: false}
        metrics: {enabled: false}
        brokenTargets:
          brokenUrls: {warnAt: 1, failAt: 100}
          weightedRefdomains: "off"
        """);
    Cli.Result warn =
        gate(
            "--deployed-url",
            broken.baseUrl(),
            "--policy",
            yaml.toString(),
            "--warn-exit-code",
            "5");
    assertThat(warn.exit()).as(warn.toString()).isEqualTo(5);
    assertThat(warn.out()).startsWith("Gate WARN");

    Path json = dir.resolve("policy.json");
    Files.writeString(json, "{\"lost\": {\"enabled\": false}, \"metrics\": {\"enabled\": false}}");
    Cli.Result printed =
        gate(
            "--policy",
            json.toString(),
            "--top-n",
            "42",
            "--watch",
            "trailrunner-magazine.example",
            "--print-policy");
    assertThat(printed.exit()).isZero();
    JsonNode policy = printed.json();
    assertThat(policy.at("/brokenTargets/topN").asInt()).isEqualTo(42);
    assertThat(policy.at("/lost/enabled").asBoolean()).isFalse();
    assertThat(policy.at("/watchlist/0").asText()).isEqualTo("trailrunner-magazine.example");
  }

  @Test
  void aBadPolicyFileIsAUsageErrorNamingTheField() throws IOException {
    Path json = dir.resolve("bad.json");
    Files.writeString(json, "{\"lost\": {\"lookbackDays\": 0}}");
    Cli.Result range = gate("--policy", json.toString());
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).contains("lost.lookbackDays").contains("1..365");

    Path yaml = dir.resolve("bad.yml");
    Files.writeString(yaml, "brokenTargets:\n  topn: 10\n", StandardCharsets.UTF_8);
    Cli.Result unknown = gate("--policy", yaml.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("topn");
  }

  @Test
  void probeConcurrencySetsThePolicyAndABadOneNamesTheOption() {
    Cli.Result printed = gate("--probe-concurrency", "3", "--print-policy");
    assertThat(printed.exit()).as(printed.toString()).isZero();
    assertThat(printed.json().at("/brokenTargets/concurrency").asInt()).isEqualTo(3);
    Cli.Result old = gate("--concurrency", "5", "--print-policy");
    assertThat(old.json().at("/brokenTargets/concurrency").asInt()).isEqualTo(5);

    Cli.Result bad = gate("--probe-concurrency", "65");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--probe-concurrency").contains("1..64");
  }

  @Test
  void estimatePrintsTheUnitsWithoutSendingARequest() {
    long before = SANDBOX.sandbox().requestCount();
    Cli.Result result = gate("--estimate", "--top-n", "250");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("At most").contains("get-backlinks").contains("250");
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
  }

  @Test
  void estimateNeedsNoKeyAndStillSendsNothing() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.start();
    try {
      String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/backlinks/v1.0/";
      Cli.Result result =
          Cli.plain().run("--endpoint", endpoint, "gate", "-t", "example.com", "--estimate");

      assertThat(result.exit()).as(result.toString()).isZero();
      assertThat(result.out()).contains("At most").contains("get-backlinks");
      assertThat(requests).hasValue(0);

      Cli.Result run = Cli.plain().run("--endpoint", endpoint, "gate", "-t", "example.com");
      assertThat(run.exit()).as("a real run still needs the key").isEqualTo(2);
      assertThat(requests).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aBaselineThatIsADirectoryIsNamedWithTheReason() {
    Cli.Result result = gate("--baseline", dir.toString());
    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.err())
        .contains("I/O error: --baseline " + dir + ": ")
        .containsIgnoringCase("directory");
  }

  @Test
  void aReportDirThatCannotBeCreatedSaysWhy() {
    // Linux's /proc refuses new directories with ENOENT: a NoSuchFileException without a message.
    assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    long before = SANDBOX.sandbox().requestCount();
    Cli.Result result = gate("--no-broken-targets", "--report-dir", "/proc/nope");
    assertThat(result.exit()).as(result.toString()).isEqualTo(2);
    assertThat(result.err())
        .contains("--report-dir /proc/nope is not writable", "nothing was sent");
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
  }

  @Test
  void reportsReplaceASymlinkInsteadOfWritingThroughIt() throws Exception {
    Path reports = dir.resolve("reports");
    Files.createDirectories(reports);
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "keep");
    Files.createSymbolicLink(reports.resolve("gate-report.json"), victim);

    Cli.Result result =
        gate(
            "--deployed-url",
            healthy.baseUrl(),
            "--no-lost",
            "--no-metrics",
            "--report-dir",
            reports.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(Files.readString(victim)).isEqualTo("keep");
    assertThat(Files.isSymbolicLink(reports.resolve("gate-report.json"))).isFalse();
    assertThat(reports.resolve("gate-report.json"))
        .content()
        .contains("sps-backlinks/gate-report@1");
  }

  @Test
  void aSiteThatIsDownIsNotMeasuredAndFailsInEveryReport() throws Exception {
    Path reports = dir.resolve("down");
    Cli.Result result =
        gate(
            "--deployed-url",
            "http://127.0.0.1:1/",
            "--no-lost",
            "--no-metrics",
            "--request-timeout",
            "1s",
            "--report-dir",
            reports.toString());

    assertThat(result.exit()).as(result.toString()).isEqualTo(1);
    assertThat(result.out())
        .startsWith("Gate FAIL")
        .contains("NOT MEASURED (FAIL)  broken-targets ", "could not be probed");
    assertThat(reports.resolve("gate-report.json")).content().contains("Not measured: ");
    assertThat(reports.resolve("gate-report.md")).content().contains("NOT MEASURED (FAIL)");
    assertThat(reports.resolve("gate-report.html")).content().contains("NOT MEASURED (FAIL)");
    assertThat(reports.resolve("gate-junit.xml")).content().contains("type=\"NOT_MEASURED\"");
  }

  @Test
  void aKeyTheApiRefusesIsAConfigurationErrorWithExitThree() {
    Cli.Result result =
        Cli.plain()
            .run(
                "--endpoint",
                SANDBOX.endpoint(),
                "--api-key",
                "gate-test-unknown-key",
                "gate",
                "-t",
                DemoCommand.TARGET,
                "--deployed-url",
                healthy.baseUrl());

    assertThat(result.exit()).as(result.toString()).isEqualTo(3);
    assertThat(result.out())
        .startsWith("Gate FAIL")
        .contains("Configuration error: the API refused the key");
    assertThat(result.err()).contains("configuration error");
  }

  @Test
  void thresholdsAreSetByRuleIdAndTheOldFlagsStillWorkWithAWarning() throws IOException {
    Cli.Result byId = gate("--threshold", "metrics-dofollow-drop=3:7", "--print-policy");
    assertThat(byId.exit()).as(byId.toString()).isZero();
    assertThat(
            GatePolicies.read(new StringReader(byId.out()))
                .threshold(GateRule.METRICS_DOFOLLOW_DROP))
        .isEqualTo(Threshold.of(3.0, 7.0));

    Cli.Result old = gate("--dofollow-drop", "3:7", "--print-policy");
    assertThat(old.exit()).as(old.toString()).isZero();
    assertThat(old.out()).isEqualTo(byId.out());
    assertThat(old.err())
        .contains("--dofollow-drop is deprecated", "--threshold metrics-dofollow-drop=3:7");

    Cli.Result unknown = gate("--threshold", "dofollow-drop=3:7");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown rule 'dofollow-drop'", "metrics-dofollow-drop");
  }

  @Test
  void policyErrorsFromYamlEchoValuesAsWrittenAndSayNothingOfJson() throws IOException {
    Path inverted =
        Files.writeString(
            dir.resolve("inverted.yaml"),
            "lost:\n  lostBacklinks:\n    warnAt: 5\n    failAt: 1\n",
            StandardCharsets.UTF_8);
    Cli.Result result = gate("--policy", inverted.toString(), "--print-policy");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .contains("lost.lostBacklinks.failAt")
        .contains("'1'")
        .doesNotContain("1.0");

    Path scalar =
        Files.writeString(
            dir.resolve("scalar.yaml"), "metrics:\n  backlinksDrop: 10\n", StandardCharsets.UTF_8);
    Cli.Result threshold = gate("--policy", scalar.toString(), "--print-policy");
    assertThat(threshold.exit()).isEqualTo(2);
    assertThat(threshold.err())
        .contains("metrics.backlinksDrop")
        .contains("an object {warnAt, failAt} or \"off\"")
        .doesNotContain("JSON");

    Path list = Files.writeString(dir.resolve("list.yaml"), "lost: [1]\n", StandardCharsets.UTF_8);
    Cli.Result object = gate("--policy", list.toString(), "--print-policy");
    assertThat(object.exit()).isEqualTo(2);
    assertThat(object.err()).contains("allowed: an object").doesNotContain("JSON");
  }

  @Test
  void withSandboxAndNoDeployedUrlALocalStandInIsProbedAndTheExitCodeFollowsTheVerdict() {
    Cli.Result result = Cli.plain().run("--sandbox", "gate", "-t", "example.com");

    assertThat(result.err()).contains("stand-in");
    Matcher verdict = Pattern.compile("^Gate (PASS|WARN|FAIL)").matcher(result.out());
    assertThat(verdict.find()).as(result.toString()).isTrue();
    assertThat(result.exit()).isEqualTo(verdict.group(1).equals("FAIL") ? 1 : 0);
    assertThat(result.out()).doesNotContain("could not be probed");
  }

  @Test
  void withSandboxTheStandInAnswersForEveryHostSoDomainModeSubdomainsNeverReachTheNetwork() {
    // example.com's domain-mode backlinks point at blog., news. and app.example.com too.
    Cli.Result result =
        Cli.plain()
            .run(
                "--sandbox",
                "gate",
                "-t",
                "example.com",
                "-m",
                "domain",
                "--no-lost",
                "--no-metrics",
                "--top-n",
                "500",
                "--format",
                "json");

    JsonNode probes = result.json().path("broken_targets");
    assertThat(probes.path("probed_urls").asInt()).as(result.toString()).isPositive();
    assertThat(probes.path("unknown")).as(result.toString()).isEmpty();
    assertThat(probes.path("broken")).isEmpty();
  }

  @Test
  void redirectSuggestionsAreOnByDefaultUseTheCandidatesFileAndTurnOff() throws IOException {
    Path candidates = dir.resolve("candidates.txt");
    Files.writeString(candidates, "# the renamed pricing page\n/pricing/\n");
    Path reports = dir.resolve("reports");

    Cli.Result on =
        gate(
            "--deployed-url",
            broken.baseUrl(),
            "--candidates-file",
            candidates.toString(),
            "--report-dir",
            reports.toString());

    assertThat(on.exit()).as(on.toString()).isEqualTo(1);
    assertThat(on.out())
        .contains("fix: 301 to /pricing/ (97%)")
        .contains("Redirect rules: ")
        .contains(reports.resolve("_redirects").toString());
    assertThat(Files.readAllLines(reports.resolve("_redirects")))
        .contains("/pricing /pricing/ 301");

    Path quiet = dir.resolve("quiet");
    Cli.Result off =
        gate(
            "--deployed-url",
            broken.baseUrl(),
            "--no-suggest-redirects",
            "--report-dir",
            quiet.toString());
    assertThat(off.exit()).isEqualTo(1);
    assertThat(off.out()).doesNotContain("fix:").doesNotContain("Redirect rules");
    assertThat(quiet.resolve("_redirects")).doesNotExist();
    assertThat(
            Cli.JSON.readTree(quiet.resolve("gate-report.json").toFile()).get("redirects").isNull())
        .isTrue();
  }

  @Test
  void redirectOptionsAreCheckedBeforeAnyRequest() throws IOException {
    long before = SANDBOX.sandbox().requestCount();

    Cli.Result floor = gate("--min-confidence", "1.5");
    assertThat(floor.exit()).isEqualTo(2);
    assertThat(floor.err())
        .contains("Invalid --min-confidence: '1.5'; allowed: a number in [0, 1]");

    Cli.Result missing = gate("--candidates-file", dir.resolve("nope.txt").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--candidates-file: no such file");

    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "pricing-page\n");
    Cli.Result notAUrl = gate("--candidates-file", bad.toString());
    assertThat(notAUrl.exit()).isEqualTo(2);
    assertThat(notAUrl.err())
        .contains("Invalid --candidates-file: 'pricing-page'")
        .contains("paths starting with '/'");
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);

    Cli.Result printed =
        gate("--print-policy", "--no-suggest-redirects", "--min-confidence", "0.8");
    assertThat(Cli.JSON.readTree(printed.out()).get("redirects").toString())
        .isEqualTo("{\"enabled\":false,\"minConfidence\":0.8,\"candidates\":[]}");
  }

  private Cli.Result gate(String... options) {
    List<String> args =
        new ArrayList<>(List.of("gate", "-t", DemoCommand.TARGET, "--mode", "host"));
    args.addAll(Arrays.asList(options));
    Sandbox sandbox = SANDBOX.sandbox();
    return Cli.against(sandbox).api(sandbox, args.toArray(String[]::new));
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(Arrays.asList(a));
    all.addAll(Arrays.asList(b));
    return all.toArray(String[]::new);
  }
}
