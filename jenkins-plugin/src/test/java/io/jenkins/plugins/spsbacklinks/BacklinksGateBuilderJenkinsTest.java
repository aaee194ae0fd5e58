package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.springframework.security.access.AccessDeniedException;

/** The freestyle build step in a real Jenkins, against the API sandbox and a deployed site on 127.0.0.1. */
@WithJenkins
class BacklinksGateBuilderJenkinsTest {
  private static final String REPORT = "backlinks-shop.example-host/";
  private static SandboxFixture fixture;
  private JenkinsRule j;

  @BeforeAll
  static void start() {
    // The gate in Jenkins reads the system clock: move the staged deploy to today.
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

  /** The staged deploy's step; its first build is enforced, because most tests judge one build. */
  private static BacklinksGateBuilder builder(ThresholdSetting... thresholds) {
    BacklinksGateBuilder b = new BacklinksGateBuilder(SandboxFixture.TARGET);
    b.setEnforceFirstBuild(true);
    b.setCredentialsId("sps");
    b.setEndpoint(fixture.sandbox.endpoint());
    b.setDeployedBaseUrl(fixture.site.baseUrl());
    b.setThresholds(Arrays.stream(thresholds).map(GateThreshold::of).toList());
    return b;
  }

  private FreeStyleProject project(BacklinksGateBuilder builder) throws IOException {
    FreeStyleProject p = j.createFreeStyleProject("deploy");
    p.getBuildersList().add(builder);
    return p;
  }

  @Test
  void brokenBacklinkedUrlMakesTheBuildUnstable() throws Exception {
    FreeStyleBuild b = j.buildAndAssertStatus(Result.UNSTABLE, project(builder()));

    j.assertLogContains("[backlinks-gate] verdict WARN -> build UNSTABLE", b);
    j.assertLogContains("Backlinks gate report", b);
    j.assertLogNotContains(Sandbox.DEMO_API_KEY, b);
    BacklinksGateAction action = b.getAction(BacklinksGateAction.class);
    assertThat(action.getSummary().getBrokenUrls()).isEqualTo(1);
    assertThat(action.getSummary().getLostBacklinks()).isEqualTo(3);
    File reports = new File(b.getRootDir(), "sps-backlinks/shop.example-host");
    assertThat(new File(reports, GateReports.JSON_FILE)).isFile();
    assertThat(new File(reports, GateReports.HTML_FILE)).isFile();
    assertThat(new File(reports, GateReports.JUNIT_FILE)).isFile();
    assertThat(new File(reports, GateExecution.BASELINE_FILE)).isFile();
  }

  @Test
  void passingGateLeavesTheBuildSuccessful() throws Exception {
    FreeStyleBuild b = j.buildAndAssertSuccess(project(builder(
        new ThresholdSetting("broken-targets", null, null),
        new ThresholdSetting("broken-targets-weight", null, null))));

    j.assertLogContains("verdict PASS -> build SUCCESS", b);
  }

  @Test
  void trippedFailureThresholdFailsTheBuildAndStopsIt() throws Exception {
    FreeStyleProject p = project(builder(new ThresholdSetting("lost-backlinks", 1.0, 3.0)));
    // A second step after the gate (a passing gate, so its run is visible in the log).
    p.getBuildersList().add(builder(new ThresholdSetting("broken-targets", null, null),
        new ThresholdSetting("broken-targets-weight", null, null)));
    FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

    j.assertLogContains("FAIL  Lost backlinks: ", b);
    // AbortException leaves the builder loop (core/src/main/java/hudson/model/Build.java, build()) and
    // Run.execute logs only its message and sets FAILURE (core/src/main/java/hudson/model/Run.java).
    j.assertLogContains("the build stops here", b);
    j.assertLogNotContains("verdict PASS", b);
  }

  @Test
  void continueOnFailureRunsTheNextSteps() throws Exception {
    BacklinksGateBuilder failing = builder(new ThresholdSetting("lost-backlinks", 1.0, 3.0));
    failing.setContinueOnFailure(true);
    FreeStyleProject p = project(failing);
    p.getBuildersList().add(builder(new ThresholdSetting("broken-targets", null, null),
        new ThresholdSetting("broken-targets-weight", null, null)));
    FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);

    j.assertLogNotContains("the build stops here", b);
    j.assertLogContains("verdict PASS -> build FAILURE", b);
  }

  @Test
  void nextBuildComparesWithThePreviousBuildsBaseline() throws Exception {
    FreeStyleProject p = project(builder());
    j.buildAndAssertStatus(Result.UNSTABLE, p);
    FreeStyleBuild second = j.buildAndAssertStatus(Result.UNSTABLE, p);

    j.assertLogContains("baseline: build #1", second);
    assertThat(second.getAction(BacklinksGateAction.class).getSummary().getBaselineFrom()).isEqualTo("#1");
  }

  @Test
  void byDefaultTheFirstBuildPassesAndRecordsTheBaselineAndTheSecondIsEnforced() throws Exception {
    BacklinksGateBuilder recordFirst = builder();
    recordFirst.setEnforceFirstBuild(false);
    FreeStyleProject p = project(recordFirst);

    FreeStyleBuild first = j.buildAndAssertSuccess(p);
    j.assertLogContains("verdict PASS -> build SUCCESS (first run: baseline recorded, rules not enforced", first);
    assertThat(first.getAction(BacklinksGateAction.class).getSummary().isEnforced()).isFalse();
    assertThat(new File(first.getRootDir(), "sps-backlinks/shop.example-host/" + GateExecution.BASELINE_FILE)).isFile();
    assertThat(j.createWebClient().getPage(first).asNormalizedText())
        .contains("PASS for shop.example (host)").contains("first run: baseline recorded, rules not enforced")
        .contains("(not enforced): Broken backlinked URLs");

    FreeStyleBuild second = j.buildAndAssertStatus(Result.UNSTABLE, p);
    j.assertLogContains("baseline: build #1", second);
    j.assertLogContains("verdict WARN -> build UNSTABLE", second);
    assertThat(second.getAction(BacklinksGateAction.class).getSummary().isEnforced()).isTrue();
  }

  @Test
  void credentialsAreLookedUpByIdWithTheGlobalDefaultAsFallback() throws Exception {
    BacklinksGateBuilder missing = builder();
    missing.setCredentialsId("nope");
    FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project(missing));
    j.assertLogContains("no Secret text credential with ID 'nope'", failed);

    BacklinksGateBuilder noId = builder();
    noId.setCredentialsId("");
    FreeStyleProject p = j.createFreeStyleProject("default-key");
    p.getBuildersList().add(noId);
    j.assertLogContains("no API key", j.buildAndAssertStatus(Result.FAILURE, p));
    BacklinksGateConfiguration.get().setCredentialsId("sps");
    j.buildAndAssertStatus(Result.UNSTABLE, p);
  }

  @Test
  void configurationSurvivesTheFormUnchanged() throws Exception {
    BacklinksGateBuilder before = builder(
        new ThresholdSetting("lost-backlinks", 5.0, 20.0),
        new ThresholdSetting("metrics-refdomains-drop", null, 10.0));
    before.setMode("domain");
    before.setBaseline(BaselineChoice.LAST_PASSED);
    before.setDofollowOnly(true);
    before.setMinDomainInlinkRank(20);
    before.setIgnoredReasons("crawl_error, noindex");
    before.setWatchlist("partner.example\nhttps://friend.example/links");
    before.setWatchlistResult(WatchlistResult.UNSTABLE);
    before.setApiErrors(ApiErrorResult.FAILURE);
    before.setUnitBudget(1234);
    before.setSuggestRedirects(false); // the checkbox is on by default: turned off, it must stay off
    FreeStyleProject p = project(before);

    p = j.configRoundtrip(p);

    j.assertEqualDataBoundBeans(before, p.getBuildersList().get(BacklinksGateBuilder.class));
  }

  @Test
  void globalConfigurationSurvivesTheFormUnchanged() throws Exception {
    BacklinksGateConfiguration global = BacklinksGateConfiguration.get();
    global.setCredentialsId("sps");
    global.setEndpoint(fixture.sandbox.endpoint());
    global.setConnectTimeoutSeconds(7);
    global.setReadTimeoutSeconds(70);
    global.setThresholds(List.of(GateThreshold.of(new ThresholdSetting("broken-targets", 2.0, 8.0))));

    j.configRoundtrip();

    BacklinksGateConfiguration after = BacklinksGateConfiguration.get();
    assertThat(after.getCredentialsId()).isEqualTo("sps");
    assertThat(after.getEndpoint()).isEqualTo(fixture.sandbox.endpoint());
    assertThat(after.getConnectTimeoutSeconds()).isEqualTo(7);
    assertThat(after.getReadTimeoutSeconds()).isEqualTo(70);
    assertThat(after.getThresholds()).singleElement().satisfies(t -> {
      assertThat(t.getRule()).isEqualTo("broken-targets");
      assertThat(t.getUnstable()).isEqualTo(2.0);
      assertThat(t.getFailure()).isEqualTo(8.0);
    });
  }

  @Test
  void lastDefaultThresholdCanBeDeleted() throws Exception {
    BacklinksGateConfiguration.get().setThresholds(
        List.of(GateThreshold.of(new ThresholdSetting("broken-targets", 2.0, 8.0))));
    HtmlForm form = j.createWebClient().goTo("configure").getFormByName("config");
    // What the row's delete button does: the chunk leaves the form, which then sends no "thresholds" key
    // (core/src/main/resources/lib/form/repeatable.jelly: div.repeated-chunk[name=thresholds]).
    for (DomNode row : form.querySelectorAll("div.repeated-chunk[name='thresholds']")) {
      row.remove();
    }
    j.submit(form);

    assertThat(BacklinksGateConfiguration.get().getThresholds()).isEmpty();
  }

  @Test
  void settersRefuseWhatTheFormRefuses() {
    BacklinksGateConfiguration global = BacklinksGateConfiguration.get();
    assertThatThrownBy(() -> global.setConnectTimeoutSeconds(0)).hasMessageContaining("connectTimeoutSeconds=0");
    assertThatThrownBy(() -> global.setReadTimeoutSeconds(-5)).hasMessageContaining("readTimeoutSeconds=-5");
    assertThatThrownBy(() -> global.setThresholds(
        List.of(GateThreshold.of(new ThresholdSetting("broken-targets", 8.0, 2.0)))))
        .isInstanceOf(InvalidParameterException.class);
    assertThat(global.getConnectTimeoutSeconds()).isEqualTo(GateDefaults.DEFAULT_CONNECT_TIMEOUT_SECONDS);
    assertThat(global.getThresholds()).isEmpty();
  }

  @Test
  void formMethodsCheckPermissionsAndTestConnectionNeedsConfigure() throws Exception {
    j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
    j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
        .grant(Jenkins.ADMINISTER).everywhere().to("admin")
        .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("dev")
        .grant(Jenkins.READ, Item.READ).everywhere().to("viewer"));
    FreeStyleProject p = project(builder());
    BacklinksGateBuilder.DescriptorImpl d = j.jenkins.getDescriptorByType(BacklinksGateBuilder.DescriptorImpl.class);
    BacklinksGateConfiguration global = BacklinksGateConfiguration.get();
    String endpoint = fixture.sandbox.endpoint();

    // Users who may not list credentials get only the current value. For a blank one, the credentials
    // plugin's includeCurrentValue("") calls includeEmptyValue(), which adds the "- none -" option with
    // value "" (jenkinsci/credentials-plugin, src/main/java/com/cloudbees/plugins/credentials/common/
    // AbstractIdCredentialsListBoxModel.java, includeCurrentValue): no credential ID is revealed.
    try (ACLContext ignored = ACL.as2(User.getById("viewer", true).impersonate2())) {
      assertThat(values(d.doFillCredentialsIdItems(p, ""))).containsExactly("");
      assertThat(d.doCheckTarget(p, "").kind).isEqualTo(FormValidation.Kind.OK);
      assertThatThrownBy(() -> d.doTestConnection(p, "sps", endpoint)).isInstanceOf(AccessDeniedException.class);
    }
    try (ACLContext ignored = ACL.as2(User.getById("dev", true).impersonate2())) {
      assertThat(values(d.doFillCredentialsIdItems(p, ""))).contains("sps");
      assertThat(d.doCheckTarget(p, "").kind).isEqualTo(FormValidation.Kind.ERROR);
      FormValidation connected = d.doTestConnection(p, "sps", endpoint);
      assertThat(connected.kind).isEqualTo(FormValidation.Kind.OK);
      assertThat(connected.renderHtml()).contains("Subscription active").contains("units left")
          .doesNotContain(Sandbox.DEMO_API_KEY);
      assertThat(values(global.doFillCredentialsIdItems(""))).containsExactly("");
      assertThatThrownBy(() -> global.doTestConnection("sps", endpoint, "10", "10"))
          .isInstanceOf(AccessDeniedException.class);
    }
    try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
      assertThat(values(global.doFillCredentialsIdItems(""))).contains("sps");
      assertThat(global.doTestConnection("sps", endpoint, "10", "10").kind).isEqualTo(FormValidation.Kind.OK);
    }

    JenkinsRule.WebClient wc = j.createWebClient().login("dev");
    wc.setThrowExceptionOnFailingStatusCode(false);
    Page get = wc.goTo("job/deploy/descriptorByName/" + BacklinksGateBuilder.class.getName()
        + "/testConnection?credentialsId=sps", null);
    // Stapler's @POST does not answer a GET (HttpVerbInterceptor cancels the dispatch): nothing else
    // serves that URL, so it is a 404, and the connection was not tested.
    assertThat(get.getWebResponse().getStatusCode()).as("@POST refuses GET").isEqualTo(404);
  }

  @Test
  void buildReportAndProjectTrendPagesRender() throws Exception {
    FreeStyleProject p = project(builder());
    j.buildAndAssertStatus(Result.UNSTABLE, p);
    FreeStyleBuild b = j.buildAndAssertStatus(Result.UNSTABLE, p);
    JenkinsRule.WebClient wc = j.createWebClient();

    assertThat(wc.getPage(b).asNormalizedText()).contains("Backlinks gate").contains("WARN for shop.example (host)");
    HtmlPage report = wc.getPage(b, REPORT);
    assertThat(report.asNormalizedText()).contains("https://shop.example/pricing").contains("404")
        .contains("page_not_found").contains("Lost referring domains").contains("baseline: #1");
    assertThat(wc.getPage(b, REPORT + "files/").asNormalizedText()).contains(GateReports.JSON_FILE)
        .contains(ReportStyleSheet.CSS_FILE);
    // The trend comes from the last successful build (SUCCESS or UNSTABLE): core's
    // SimpleBuildStep.LastBuildActionFactory reads Job.getLastSuccessfulBuild()
    // (core/src/main/java/jenkins/tasks/SimpleBuildStep.java, core/src/main/java/hudson/model/Job.java).
    HtmlPage job = wc.getPage(p);
    assertThat(job.getElementsByTagName("svg").stream()
        .anyMatch(svg -> svg.getAttribute("class").contains("sps-backlinks-trend"))).isTrue();
    assertThat(wc.getPage(p, "backlinks-trend/").asNormalizedText()).contains("#1").contains("#2");
  }

  private static List<String> values(ListBoxModel model) {
    return model.stream().map(o -> o.value).toList();
  }
}
