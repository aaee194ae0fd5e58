package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.Verdict;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole gate run of a build step, against the API sandbox and a deployed site on 127.0.0.1. */
class GateExecutionTest {
  private static final String BUILD_URL = "job/deploy/7/";
  private static SandboxFixture fixture;

  @TempDir
  Path buildDir;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  private FakeHost host() {
    return new FakeHost(buildDir, BUILD_URL);
  }

  private GateOutcome run(GateSettings settings, FakeHost host) throws IOException {
    return fixture.execution().execute(settings, GateDefaults.none(), Sandbox.DEMO_API_KEY, host);
  }

  @Test
  void defaultThresholdsMakeTheBuildUnstableForOneBrokenUrl() throws IOException {
    FakeHost host = host();
    GateOutcome outcome = run(fixture.settings(), host);

    assertThat(outcome.result().verdict()).isEqualTo(Verdict.WARN);
    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(host.current).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(host.results).singleElement().asString()
        .startsWith("UNSTABLE: Backlinks gate WARN for shop.example: ")
        .contains("Broken backlinked URLs WARN");
    GateRunSummary summary = host.attached.get(0);
    assertThat(summary.getBrokenUrls()).isEqualTo(1);
    assertThat(summary.getListedBrokenUrls()).containsExactly("https://shop.example/pricing");
    assertThat(summary.getLostBacklinks()).isEqualTo(3);
    assertThat(summary.getIgnoredLostBacklinks()).isEqualTo(1);
    assertThat(summary.getBaselineFrom()).isNull();
  }

  @Test
  void passingGateLeavesTheBuildSuccessful() throws IOException {
    FakeHost host = host();
    GateOutcome outcome = run(fixture.settings(
        new ThresholdSetting("broken-targets", null, null),
        new ThresholdSetting("broken-targets-weight", null, null)), host);

    assertThat(outcome.result().verdict()).isEqualTo(Verdict.PASS);
    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.SUCCESS);
    assertThat(host.results).isEmpty();
    assertThat(host.current).isNull();
  }

  @Test
  void thresholdAtTheCountFailsTheBuild() throws IOException {
    FakeHost host = host();
    GateOutcome outcome = run(fixture.settings(new ThresholdSetting("lost-backlinks", 1.0, 3.0)), host);

    assertThat(outcome.result().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.FAILURE);
    assertThat(host.results).singleElement().asString().startsWith("FAILURE: ").contains("Lost backlinks FAIL");
    assertThat(host.log()).contains("FAIL  Lost backlinks: ");
    assertThat(outcome.failed()).as("a freestyle build stops").isTrue();
  }

  @Test
  void neverImprovesAWorseResult() throws IOException {
    FakeHost host = host();
    host.current = BuildOutcome.FAILURE;
    GateOutcome outcome = run(fixture.settings(), host);

    assertThat(outcome.result().verdict()).isEqualTo(Verdict.WARN);
    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.FAILURE);
    assertThat(host.results).isEmpty();
    assertThat(outcome.failed()).as("the gate only warned: an earlier step failed the build").isFalse();
  }

  @Test
  void storesTheReportFilesAndTheBaselineInTheBuild() throws IOException {
    FakeHost host = host();
    run(fixture.settings(), host);

    Path dir = buildDir.resolve("shop.example-host");
    assertThat(dir.resolve(GateReports.JSON_FILE)).isRegularFile();
    assertThat(dir.resolve(GateReports.HTML_FILE)).isRegularFile();
    assertThat(dir.resolve(GateReports.MARKDOWN_FILE)).isRegularFile();
    assertThat(dir.resolve(GateReports.JUNIT_FILE)).isRegularFile();
    assertThat(dir.resolve(GateExecution.BASELINE_FILE)).isRegularFile();
    assertThat(ReportView.read(dir.resolve(GateReports.JSON_FILE)).getBrokenUrlTotal()).isEqualTo(1);
    // The redirect rules are kept with the build beside the reports, served under files/.
    for (RuleFormat format : RuleFormat.values()) {
      assertThat(dir.resolve(format.fileName())).isRegularFile();
    }
  }

  @Test
  void withSuggestRedirectsOffNoRuleFileIsStoredAndNoFixShown() throws IOException {
    GateSettings settings = fixture.settings();
    settings.setSuggestRedirects(false);
    run(settings, host());

    Path dir = buildDir.resolve("shop.example-host");
    assertThat(dir.resolve(RuleFormat.NETLIFY.fileName())).doesNotExist();
    ReportView view = ReportView.read(dir.resolve(GateReports.JSON_FILE));
    assertThat(view.isRedirectsSuggested()).isFalse();
    assertThat(view.getBrokenUrls().get(0).getCells().get(10)).isEmpty();
  }

  @Test
  void theStoredHtmlReportLinksItsStyleSheetForJenkinsCsp() throws IOException {
    run(fixture.settings(), host());

    Path dir = buildDir.resolve("shop.example-host");
    String html = Files.readString(dir.resolve(GateReports.HTML_FILE));
    // Jenkins serves build files with style-src 'self': no inline <style>, a same-origin sheet instead.
    assertThat(html).doesNotContain("<style").doesNotContain("'unsafe-inline'")
        .contains("<link rel=\"stylesheet\" href=\"" + ReportStyleSheet.CSS_FILE + "\"/>")
        .contains("style-src 'self'");
    assertThat(Files.readString(dir.resolve(ReportStyleSheet.CSS_FILE))).contains("border-collapse");
  }

  @Test
  void secondRunComparesWithThePreviousBuildsBaseline(@TempDir Path secondBuild) throws IOException {
    FakeHost first = host();
    run(fixture.settings(), first);
    FakeHost second = new FakeHost(secondBuild, "job/deploy/8/");
    second.previous.add(first.asPastRun("#7"));

    GateOutcome outcome = run(fixture.settings(), second);

    assertThat(second.attached.get(0).getBaselineFrom()).isEqualTo("#7");
    assertThat(second.log()).contains("baseline: build #7");
    assertThat(outcome.result().baseline()).isNotNull();
    assertThat(outcome.result().metricDeltas().backlinks().before()).isNotNull();
  }

  @Test
  void firstBuildPassesAndRecordsTheBaselineThenTheSecondIsEnforced(@TempDir Path secondBuild) throws IOException {
    GateSettings settings = fixture.settings();
    settings.setEnforceFirstBuild(false);
    FakeHost first = host();

    GateOutcome recorded = run(settings, first);

    assertThat(recorded.result().verdict()).isEqualTo(Verdict.PASS);
    assertThat(recorded.result().enforced()).isFalse();
    assertThat(recorded.result().rulesVerdict()).isEqualTo(Verdict.WARN);
    assertThat(recorded.buildResult()).isEqualTo(BuildOutcome.SUCCESS);
    assertThat(first.results).isEmpty();
    assertThat(first.current).isNull();
    GateRunSummary summary = first.attached.get(0);
    assertThat(summary.isEnforced()).isFalse();
    assertThat(summary.getVerdict()).isEqualTo(Verdict.PASS);
    assertThat(summary.getFiredRules()).extracting(GateRunSummary.RuleLine::getId)
        .containsExactly("broken-targets", "broken-targets-weight");
    assertThat(summary.getNotes().get(0)).startsWith("First run: baseline recorded, rules not enforced");
    assertThat(buildDir.resolve("shop.example-host").resolve(GateExecution.BASELINE_FILE)).isRegularFile();
    assertThat(first.log())
        .contains("baseline: none (first run)")
        .contains("verdict PASS -> build SUCCESS (first run: baseline recorded, rules not enforced;"
            + " they would have given WARN)")
        .contains("WARN (not enforced)  Broken backlinked URLs: ");
    assertThat(recorded.toStepResult()).containsEntry("verdict", "PASS").containsEntry("firstRun", true)
        .containsEntry("enforced", false).containsEntry("buildResult", "SUCCESS");

    // LAST_PASSED finds the recorded first build, so the next build compares with it and is enforced.
    settings.setBaseline(BaselineChoice.LAST_PASSED);
    FakeHost second = new FakeHost(secondBuild, "job/deploy/8/");
    second.previous.add(first.asPastRun("#7"));
    GateOutcome enforced = run(settings, second);

    assertThat(enforced.result().enforced()).isTrue();
    assertThat(enforced.result().firstRun()).isFalse();
    assertThat(enforced.result().verdict()).isEqualTo(Verdict.WARN);
    assertThat(enforced.buildResult()).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(second.current).isEqualTo(BuildOutcome.UNSTABLE);
    assertThat(second.attached.get(0).getBaselineFrom()).isEqualTo("#7");
    assertThat(second.attached.get(0).isEnforced()).isTrue();
    assertThat(second.log()).contains("baseline: build #7").doesNotContain("not enforced");
    assertThat(enforced.toStepResult()).containsEntry("firstRun", false).containsEntry("enforced", true);
  }

  @Test
  void lastPassedBaselineSkipsBuildsWhoseGateDidNotPass(@TempDir Path secondBuild) throws IOException {
    FakeHost warned = host();
    run(fixture.settings(), warned);
    GateSettings settings = fixture.settings();
    settings.setBaseline(BaselineChoice.LAST_PASSED);
    FakeHost next = new FakeHost(secondBuild, "job/deploy/8/");
    next.previous.add(warned.asPastRun("#7"));

    run(settings, next);

    assertThat(next.attached.get(0).getBaselineFrom()).isNull();
    assertThat(next.log()).contains("baseline: none (first run)");
  }

  @Test
  void unreadableBaselineRunsAsAFirstRunAndSaysWhy(@TempDir Path secondBuild) throws IOException {
    FakeHost first = host();
    run(fixture.settings(), first);
    Files.writeString(buildDir.resolve("shop.example-host").resolve(GateExecution.BASELINE_FILE), "{oops");
    FakeHost second = new FakeHost(secondBuild, "job/deploy/8/");
    second.previous.add(first.asPastRun("#7"));

    run(fixture.settings(), second);

    assertThat(second.log()).contains("ignoring the baseline of build #7");
    assertThat(second.attached.get(0).getBaselineFrom()).isNull();
  }

  @Test
  void logsAConciseSummaryAndALinkToTheReport() throws IOException {
    FakeHost host = host();
    host.rootUrl = "https://ci.example/";
    GateOutcome outcome = run(fixture.settings(), host);

    assertThat(host.links).containsExactly("/job/deploy/7/backlinks-shop.example-host/");
    assertThat(outcome.reportUrl()).isEqualTo("https://ci.example/job/deploy/7/backlinks-shop.example-host/");
    assertThat(host.log())
        .contains("[backlinks-gate] shop.example (host) via http://127.0.0.1:")
        .contains("verdict WARN -> build UNSTABLE")
        .contains("1 broken; 3 lost backlinks (1 ignored), 3 lost referring domains")
        .contains("API units spent")
        .contains("redirect rule(s) suggested for the broken URLs, stored with the report (_redirects")
        .contains("Backlinks gate report");
    assertThat(host.log().lines().count()).isLessThan(13);
  }

  @Test
  void reportUrlIsRelativeWithoutAConfiguredRootUrl() throws IOException {
    GateOutcome outcome = run(fixture.settings(), host());

    assertThat(outcome.reportUrl()).isEqualTo("job/deploy/7/backlinks-shop.example-host/");
  }

  @Test
  void apiErrorsFollowTheSettingAndNeverShowTheKey() throws IOException {
    String key = "wrong-key-0123456789";
    FakeHost host = host();
    GateSettings settings = fixture.settings();
    settings.setApiErrors(ApiErrorResult.FAILURE);

    GateOutcome outcome = fixture.execution().execute(settings, GateDefaults.none(), key, host);

    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.FAILURE);
    assertThat(outcome.result().apiFailures()).isNotEmpty();
    assertThat(host.log()).contains("API call(s) failed").doesNotContain(key);
    try (Stream<Path> files = Files.walk(buildDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain(key);
      }
    }
    assertThat(outcome.toStepResult().toString()).doesNotContain(key);
  }

  @Test
  void aDeployedSiteThatCannotBeProbedFailsTheBuild() throws IOException {
    FakeHost host = host();
    GateSettings settings = fixture.settings();
    settings.setDeployedBaseUrl("http://127.0.0.1:1/");

    GateOutcome outcome = run(settings, host);

    assertThat(outcome.result().verdict()).isEqualTo(Verdict.FAIL);
    assertThat(outcome.buildResult()).isEqualTo(BuildOutcome.FAILURE);
    assertThat(host.current).isEqualTo(BuildOutcome.FAILURE);
    assertThat(outcome.failed()).as("a freestyle build stops").isTrue();
  }

  @Test
  void aRefusedApiKeyFailsTheBuildWithTheDefaultSettings() throws IOException {
    for (String key : List.of("unknown-key-0123456789", SandboxFixture.EXPIRED_KEY)) {
      FakeHost host = host();

      GateOutcome outcome = fixture.execution().execute(fixture.settings(), GateDefaults.none(), key, host);

      assertThat(outcome.result().verdict()).as(key).isEqualTo(Verdict.FAIL);
      assertThat(outcome.buildResult()).as(key).isEqualTo(BuildOutcome.FAILURE);
      assertThat(host.current).as(key).isEqualTo(BuildOutcome.FAILURE);
      assertThat(host.log()).doesNotContain(key);
    }
  }

  @Test
  void badParametersFailBeforeAnyRequest() {
    long requests = fixture.sandbox.requestCount();
    GateSettings badMode = fixture.settings();
    badMode.setMode("site");
    GateSettings badReason = fixture.settings();
    badReason.setIgnoredReasons("crawl_error, gone");

    assertThatThrownBy(() -> run(badMode, host()))
        .isInstanceOf(BacklinksException.class).hasMessageContaining("mode").hasMessageContaining("host");
    assertThatThrownBy(() -> run(badReason, host()))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("lost.ignoredReasons")
        .hasMessageContaining("gone");
    assertThat(fixture.sandbox.requestCount()).isEqualTo(requests);
  }

  @Test
  void theStagedDeployMovedToAnotherDayGivesTheSameCounts() throws IOException {
    // The JenkinsRule tests move the scenario to the real today, because the gate there reads the system clock.
    try (SandboxFixture moved = new SandboxFixture(java.time.LocalDate.of(2027, 3, 15))) {
      GateSettings settings = moved.settings();
      GateOutcome outcome = moved.execution().execute(settings, GateDefaults.none(), Sandbox.DEMO_API_KEY, host());

      assertThat(outcome.result().verdict()).isEqualTo(Verdict.WARN);
      assertThat(outcome.summary().getLostBacklinks()).isEqualTo(3);
      assertThat(outcome.summary().getLostTo()).isEqualTo("2027-03-15");
    }
  }

  @Test
  void stepResultIsAPlainSerializableMap() throws IOException {
    FakeHost host = host();
    Map<String, Object> map = run(fixture.settings(), host).toStepResult();

    assertThat(map).containsEntry("verdict", "WARN").containsEntry("result", "UNSTABLE")
        .containsEntry("buildResult", "UNSTABLE").containsEntry("target", "shop.example")
        .containsEntry("mode", "host").containsEntry("brokenUrlCount", 1)
        .containsEntry("brokenUrls", List.of("https://shop.example/pricing"))
        .containsEntry("lostBacklinks", 3L).containsEntry("lostRefdomains", 3L)
        .containsEntry("reportUrl", "job/deploy/7/backlinks-shop.example-host/");
    assertThat(map.get("metrics")).asInstanceOf(MAP)
        .containsKeys("backlinks", "refdomains", "dofollow_backlinks");
    assertThat(map.get("rules")).asInstanceOf(LIST).isNotEmpty();
    assertPlain(map);
  }

  /** Only what a sandboxed Pipeline script may read and the CPS engine can save. */
  private static void assertPlain(Object value) {
    if (value instanceof Map<?, ?> m) {
      assertThat(m).isInstanceOf(java.util.LinkedHashMap.class);
      m.forEach((k, v) -> {
        assertThat(k).isInstanceOf(String.class);
        assertPlain(v);
      });
    } else if (value instanceof List<?> l) {
      assertThat(l).isInstanceOf(java.util.ArrayList.class);
      l.forEach(GateExecutionTest::assertPlain);
    } else if (value != null) {
      assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class);
      assertThat(value).isInstanceOf(Serializable.class);
    }
  }
}
