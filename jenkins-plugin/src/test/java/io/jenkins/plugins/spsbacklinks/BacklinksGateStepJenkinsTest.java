package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Result;
import hudson.util.Secret;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Pipeline step in a real Jenkins: the returned map, the stage marking, the arguments. */
@WithJenkins
class BacklinksGateStepJenkinsTest {
  private static SandboxFixture fixture;
  private JenkinsRule j;

  @BeforeAll
  static void start() {
    fixture = new SandboxFixture(LocalDate.now(ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @BeforeEach
  void addApiKey(JenkinsRule rule) throws IOException {
    j = rule;
    SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
    credentials.getCredentials().add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "sps",
        "SEO PowerSuite API key", Secret.fromString(Sandbox.DEMO_API_KEY)));
    credentials.save();
  }

  /**
   * {@code backlinksGate target: 'shop.example', credentialsId: 'sps', ...} plus {@code extra}
   * arguments; the first build is enforced, because most tests judge one build.
   */
  private static String gate(String extra) {
    return recordingGate(", enforceFirstBuild: true" + extra);
  }

  /** The step with the default first-build handling: the first build only records. */
  private static String recordingGate(String extra) {
    return "backlinksGate target: 'shop.example', credentialsId: 'sps', endpoint: '" + fixture.sandbox.endpoint()
        + "', deployedBaseUrl: '" + fixture.site.baseUrl() + "'" + extra;
  }

  private WorkflowJob pipeline(String script) throws Exception {
    WorkflowJob p = j.createProject(WorkflowJob.class, "pipeline");
    p.setDefinition(new CpsFlowDefinition(script, true));
    return p;
  }

  private static List<WarningAction> warnings(WorkflowRun run) {
    return new DepthFirstScanner().allNodes(run.getExecution()).stream()
        .map(n -> n.getPersistentAction(WarningAction.class)).filter(Objects::nonNull).toList();
  }

  @Test
  void returnsAMapTheScriptCanRead() throws Exception {
    WorkflowRun b = j.buildAndAssertStatus(Result.UNSTABLE, pipeline(
        "def gate = " + gate("") + "\n"
            + "echo \"verdict=${gate.verdict} result=${gate.result} broken=${gate.brokenUrls}"
            + " lost=${gate.lostBacklinks} rules=${gate.rules.size() > 0} report=${gate.reportUrl}\""));

    j.assertLogContains("verdict=WARN result=UNSTABLE broken=[https://shop.example/pricing] lost=3 rules=true report=", b);
    j.assertLogContains("job/pipeline/1/backlinks-shop.example-host/", b);
    j.assertLogNotContains(Sandbox.DEMO_API_KEY, b);
  }

  @Test
  void marksTheStageWhenTheBuildBecomesUnstable() throws Exception {
    WorkflowRun b = j.buildAndAssertStatus(Result.UNSTABLE, pipeline("stage('Backlinks') {\n  " + gate("") + "\n}"));

    assertThat(warnings(b)).singleElement().satisfies(w -> {
      assertThat(w.getResult()).isEqualTo(Result.UNSTABLE);
      assertThat(w.getMessage()).startsWith("Backlinks gate WARN for shop.example");
    });
    assertThat(b.getAction(BacklinksGateAction.class)).isNotNull();
  }

  @Test
  void failureStillReturnsSoTheScriptCanDecide() throws Exception {
    WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
        "def gate = " + gate(", thresholds: [backlinksThreshold(rule: 'lost-backlinks', unstable: 1, failure: 3)]") + "\n"
            + "echo \"after=${gate.verdict}\""));

    j.assertLogContains("after=FAIL", b);
    assertThat(warnings(b)).extracting(WarningAction::getResult).containsExactly(Result.FAILURE);
  }

  @Test
  void passingGateRunsOutsideNodeAndMarksNothing() throws Exception {
    WorkflowRun b = j.buildAndAssertSuccess(pipeline(
        gate(", thresholds: [[rule: 'broken-targets'], [rule: 'broken-targets-weight']]")));

    assertThat(warnings(b)).isEmpty();
    j.assertLogContains("verdict PASS -> build SUCCESS", b);
  }

  @Test
  void byDefaultTheFirstBuildPassesRecordsAndSaysSo() throws Exception {
    WorkflowJob p = pipeline("def gate = " + recordingGate("") + "\n"
        + "echo \"verdict=${gate.verdict} firstRun=${gate.firstRun} enforced=${gate.enforced}\"");

    WorkflowRun first = j.buildAndAssertSuccess(p);
    j.assertLogContains("verdict=PASS firstRun=true enforced=false", first);
    assertThat(warnings(first)).isEmpty();

    WorkflowRun second = j.buildAndAssertStatus(Result.UNSTABLE, p);
    j.assertLogContains("verdict=WARN firstRun=false enforced=true", second);
  }

  @Test
  void argumentsRoundTripWithDefaultsLeftOut() throws Exception {
    DescribableModel<BacklinksGateStep> model = DescribableModel.of(BacklinksGateStep.class);
    // The deprecated constant name of earlier releases comes back as the rule id.
    BacklinksGateStep step = model.instantiate(Map.of("target", "example.com", "credentialsId", "sps",
        "allowedHosts", "cdn.example.com",
        "thresholds", List.of(Map.of("rule", "LOST_BACKLINKS", "unstable", 1, "failure", 10))), null);

    assertThat(step.getThresholds()).singleElement().satisfies(t -> {
      assertThat(t.getRule()).isEqualTo("lost-backlinks");
      assertThat(t.getUnstable()).isEqualTo(1.0);
      assertThat(t.getFailure()).isEqualTo(10.0);
    });
    assertThat(step.getAllowedHosts()).isEqualTo("cdn.example.com");
    assertThat(model.uninstantiate2(step).getArguments())
        .containsOnlyKeys("target", "credentialsId", "allowedHosts", "thresholds");
    assertThat(j.jenkins.getDescriptorByType(BacklinksGateStep.DescriptorImpl.class).getFunctionName())
        .isEqualTo("backlinksGate");
  }
}
