package io.spsbacklinks.cli;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.gate.Baseline;
import io.spsbacklinks.gate.Gate;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.RuleResult;
import io.spsbacklinks.gate.Verdict;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The main job, end to end without a key or network: a sandbox holding a site whose deploy broke
 * backlinked pages and that lost links in the index, a local server playing the deployed site, the
 * gate run against both, its summary and its reports.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Run the gate against a staged bad deploy (no key, no network).",
    description = {
      "Watch the gate catch a bad deploy, with no API key and no network. An in-process sandbox "
          + "holds the backlinks of "
          + DemoCommand.TARGET
          + "; a local server plays its site. "
          + "Four weekly gate runs before the deploy build the baseline and its history; then the "
          + "deploy renames and breaks backlinked pages while the index loses links, and the gate "
          + "runs again. Its summary is printed and its reports written (HTML, Markdown, JUnit, JSON).",
      "The verdict is FAIL on purpose. The demo still exits 0, because it worked: add --strict to "
          + "exit as 'backlinks gate' would (1 for FAIL)."
    })
final class DemoCommand implements Callable<Integer> {
  /** The demo site, scripted in {@code demo/scenario.json}. */
  static final String TARGET = "acme-outdoor.example";

  private static final LocalDate DEPLOY_DAY = LocalDate.of(2026, 11, 28);
  private static final int WEEKS_BEFORE = 4;

  @ParentCommand BacklinksCli cli;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "backlinks-demo-report",
      order = 1,
      description = "Where the reports go (default: ./${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--strict",
      order = 2,
      description = "Exit with the gate's exit code (1 for the FAIL the demo finds) instead of 0.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    Session session = cli.session;
    if (session.endpoint != null || session.apiKeyOption != null) {
      throw new UsageException(
          "demo runs against its own built-in sandbox: --endpoint and --api-key do not apply.");
    }
    PrintStream out = session.out;
    String scenario = scenario();
    GatePolicy policy = policy();
    try (Sandbox sandbox = Sandbox.builder().port(0).scenario(scenario).build().start();
        DeployedSite before = DeployedSite.builder().build().start();
        DeployedSite after = deployed(scenario).build().start()) {
      BacklinksClient client =
          BacklinksClient.builder()
              .apiKey(Sandbox.DEMO_API_KEY)
              .endpoint(sandbox.endpoint())
              .sleeper(session.platform.sleeper())
              .build();
      out.println(
          "backlinks demo: a deploy that broke backlinked pages, against the built-in sandbox");
      out.println("  site " + TARGET + " (mode host), API sandbox " + sandbox.endpoint());
      out.println();
      out.println("Nightly gate runs before the deploy (site healthy, baseline built up):");
      Baseline baseline = null;
      for (int week = WEEKS_BEFORE; week >= 1; week--) {
        LocalDate day = DEPLOY_DAY.minusWeeks(week);
        GateResult result = run(client, sandbox, day, before.baseUrl(), baseline, policy);
        baseline = result.newBaseline();
        out.printf(
            Locale.ROOT,
            "  %s  %-4s  backlinks %,d  refdomains %,d%n",
            day,
            result.verdict(),
            baseline.metrics().backlinks(),
            baseline.metrics().refdomains());
      }
      out.println();
      out.println(
          "The deploy on " + DEPLOY_DAY + " renamed /pricing, dropped pages and broke redirects;");
      out.println("the deployed site is now " + after.baseUrl() + ". Gate run after the deploy:");
      out.println();
      GateResult result = run(client, sandbox, DEPLOY_DAY, after.baseUrl(), baseline, policy);
      new GateConsoleSummary(out).print(result);
      List<Path> reports = GateReports.writeAll(result, reportDir);
      out.println();
      out.println("Reports in " + reportDir + ":");
      for (Path report : reports) {
        out.println("  " + report.getFileName() + "  " + describe(report.getFileName().toString()));
      }
      out.println();
      applyTheSuggestedRedirects(client, sandbox, scenario, baseline, policy);
      if (strict) {
        return GateCommand.exitCode(result.verdict(), 0);
      }
      out.println(
          "Verdict "
              + result.verdict()
              + (result.verdict() == Verdict.FAIL
                  ? " is what this demo stages, so it exits 0; --strict exits 1 like 'backlinks gate'."
                  : ": the demo exits 0; --strict exits like 'backlinks gate'."));
      out.flush();
      return BacklinksCli.EXIT_OK;
    }
  }

  /**
   * Closes the loop: serves the suggested rules (the {@code _redirects} file the reports wrote, so
   * the file itself is proven) on the deployed site and runs the gate once more.
   */
  private void applyTheSuggestedRedirects(
      BacklinksClient client,
      Sandbox sandbox,
      String scenario,
      Baseline baseline,
      GatePolicy policy)
      throws IOException {
    PrintStream out = cli.session.out;
    Path rules = reportDir.resolve(RuleFormat.NETLIFY.fileName());
    if (!Files.exists(rules)) {
      return;
    }
    List<String> lines =
        Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    out.println("The fix: the deployed site serves the " + lines.size() + " suggested redirect(s)");
    out.println("from " + rules + ":");
    lines.forEach(l -> out.println("  " + l));
    try (DeployedSite fixed = deployed(scenario).netlifyRedirects(rules).build().start()) {
      GateResult again = run(client, sandbox, DEPLOY_DAY, fixed.baseUrl(), baseline, policy);
      out.println();
      out.println("Gate run again on " + fixed.baseUrl() + ": " + again.verdict());
      for (RuleResult rule : again.rules()) {
        out.printf(Locale.ROOT, "  %-20s %s%n", rule.status(), rule.id());
      }
      boolean brokenPass =
          again.rule(GateRule.BROKEN_TARGETS).map(r -> r.verdict() == Verdict.PASS).orElse(false)
              && again
                  .rule(GateRule.BROKEN_TARGETS_WEIGHT)
                  .map(r -> r.verdict() == Verdict.PASS)
                  .orElse(false);
      out.println(
          brokenPass
              ? "The broken-targets rules now PASS: every backlinked URL the deploy broke answers"
                  + " 301 to a page that answers 200."
              : "The broken-targets rules still do not pass: "
                  + again.rule(GateRule.BROKEN_TARGETS).map(RuleResult::message).orElse(""));
      if (again.verdict() != Verdict.PASS) {
        out.println(
            "The other rules still judge the links the index has already lost and the metrics it"
                + " already counted: a redirect does not undo those today; lost links return only"
                + " when the linking pages are recrawled.");
      }
      out.println();
    }
  }

  /** The deployed site after the deploy: the scenario's broken paths, and its new sitemap. */
  private static DeployedSite.Builder deployed(String scenario) {
    return DeployedSite.builder()
        .fromScenario(scenario)
        .resource("/sitemap.xml", "application/xml", text("demo/sitemap.xml"));
  }

  private static GateResult run(
      BacklinksClient client,
      Sandbox sandbox,
      LocalDate day,
      String site,
      Baseline baseline,
      GatePolicy policy) {
    sandbox.setToday(day);
    Clock clock = Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Gate gate = Gate.builder().client(client).clock(clock).build();
    return gate.run(new GateRequest(TARGET, Mode.HOST, site, baseline, policy));
  }

  private static String describe(String file) {
    return switch (file) {
      case GateReports.HTML_FILE -> "(open in a browser: tables and the metrics chart)";
      case GateReports.MARKDOWN_FILE -> "(for a pull-request comment)";
      case GateReports.JUNIT_FILE -> "(one testcase per rule, for any CI's test view)";
      case GateReports.JSON_FILE -> "(every detail, stable schema " + GateReports.JSON_SCHEMA + ")";
      default -> "(suggested redirect rules, to paste into the site's configuration)";
    };
  }

  /** The bundled sandbox scenario of the demo site. */
  static String scenario() {
    return text("demo/scenario.json");
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled gate policy of the demo (YAML, shown in the README). */
  static GatePolicy policy() throws IOException {
    try (Reader reader =
        new InputStreamReader(resource("demo/policy.yaml"), StandardCharsets.UTF_8)) {
      return GateCommand.PolicyFiles.readYaml(
          reader,
          "demo/policy.yaml",
          warning -> {
            throw new IllegalStateException("the demo policy uses a deprecated field: " + warning);
          });
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DemoCommand.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " in the jar");
    }
    return in;
  }
}
