package io.spsbacklinks.cli;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.gate.ApiErrorAction;
import io.spsbacklinks.gate.BacklinkSource;
import io.spsbacklinks.gate.Baseline;
import io.spsbacklinks.gate.Baselines;
import io.spsbacklinks.gate.BrokenTargetsPolicy;
import io.spsbacklinks.gate.Criticality;
import io.spsbacklinks.gate.FirstRunAction;
import io.spsbacklinks.gate.Gate;
import io.spsbacklinks.gate.GatePolicies;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateReports;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.GateResult;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.LostPolicy;
import io.spsbacklinks.gate.MetricsPolicy;
import io.spsbacklinks.gate.RedirectsPolicy;
import io.spsbacklinks.gate.Threshold;
import io.spsbacklinks.gate.UnitEstimate;
import io.spsbacklinks.gate.Verdict;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.sandbox.DeployedSite;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The lost-backlinks gate. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    modelTransformer = GateCommand.DeprecatedThresholdOptions.class,
    header = "The lost-backlinks gate: PASS, WARN or FAIL a deploy.",
    abbreviateSynopsis = true,
    description = {
      "Decide whether a deploy (or the web) cost the target its backlinks: probes the backlinked "
          + "URLs on the deployed site, reads the links lost in the index since the baseline, and "
          + "compares the metrics with the baseline's. Prints the verdict with every rule that "
          + "fired and why. A rule whose evidence could not be got (site down, URLs that could not be "
          + "probed) is NOT MEASURED and fails the gate unless --not-measured says otherwise.",
      "Exit codes: 0 PASS (and WARN unless --warn-exit-code), 1 FAIL, 2 invalid usage (nothing "
          + "sent), 3 the API refused the key or its subscription (401/402/403: a configuration "
          + "error; the reports say FAIL) or another API error outside the gate's rules.",
      "The policy comes from --policy (JSON or YAML; only the fields it changes) with the options "
          + "below applied on top. --print-policy shows the result. A rule's threshold is set with "
          + "--threshold RULE=WARN:FAIL where RULE is the rule id of the reports (e.g. "
          + "broken-targets-weight=1:5, metrics-dofollow-drop=:25 fail only, lost-backlinks=10: "
          + "warn only, lost-refdomains=off).",
      ""
    })
final class GateCommand implements Callable<Integer> {
  /** What goes to stdout. */
  enum SummaryFormat {
    TEXT,
    JSON,
    MARKDOWN
  }

  /** When the baseline file is rewritten with this run's result. */
  enum BaselineUpdate {
    ALWAYS,
    UNLESS_FAIL,
    NEVER
  }

  /** Policy fields named in gate errors, and the options that set them. */
  private static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("target", "--target"),
          Map.entry("deployedBaseUrl", "--deployed-url"),
          Map.entry("brokenTargets.topN", "--top-n"),
          Map.entry("brokenTargets.maxRedirects", "--max-redirects"),
          Map.entry("brokenTargets.concurrency", "--probe-concurrency"),
          Map.entry("brokenTargets.requestTimeout", "--request-timeout"),
          Map.entry("brokenTargets.unknownDomainInlinkRank", "--unknown-domain-inlink-rank"),
          Map.entry("lost.lookbackDays", "--lookback-days"),
          Map.entry("lost.minDomainInlinkRank", "--min-domain-inlink-rank"),
          Map.entry("lost.ignoredReasons", "--ignore-reason"),
          Map.entry("lost.maxRows", "--max-rows"),
          Map.entry("unitBudget", "--unit-budget"),
          Map.entry("firstRun", "--first-run"),
          Map.entry("brokenTargets.allowedHosts", "--probe-allow-host"),
          Map.entry("watchlist", "--watch"),
          Map.entry("redirects.minConfidence", "--min-confidence"),
          Map.entry("redirects.candidates", "--candidates-file"));

  @ParentCommand BacklinksCli cli;

  @Mixin TargetOptions target;

  @Option(
      names = "--deployed-url",
      paramLabel = "URL",
      order = 3,
      description =
          "Base URL of the deployed site to probe (e.g. staging); backlinked URLs on the "
              + "target's host are rewritten to it and only it is requested. Default: probe them on the "
              + "target's site. URLs and redirects off the site are reported, not requested "
              + "(see --probe-allow-host).")
  String deployedUrl;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      order = 4,
      description = "Policy file, JSON or YAML (.yaml/.yml).")
  Path policyFile;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      order = 5,
      description =
          "State file: the previous run's baseline is read from it (a missing file is a "
              + "first run) and this run's is written to it per --baseline-update.")
  Path baselineFile;

  @Option(
      names = "--baseline-update",
      paramLabel = "always|unless-fail|never",
      order = 6,
      defaultValue = "unless-fail",
      description =
          "When the baseline file is rewritten (default: ${DEFAULT-VALUE}: a failed "
              + "deploy does not become the new normal; use always once to accept a known loss).")
  BaselineUpdate baselineUpdate;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      order = 7,
      description =
          "Write gate-report.json, gate-report.md, gate-report.html and gate-junit.xml here.")
  Path reportDir;

  @Option(
      names = "--warn-exit-code",
      paramLabel = "N",
      order = 8,
      defaultValue = "0",
      description = "Exit code of a WARN verdict, 0..255 (default: ${DEFAULT-VALUE}).")
  int warnExitCode;

  @Option(
      names = "--format",
      paramLabel = "text|json|markdown",
      order = 9,
      defaultValue = "text",
      description =
          "What stdout gets: a readable summary, the JSON report or the Markdown report "
              + "(for a PR comment). Default: ${DEFAULT-VALUE}.")
  SummaryFormat format;

  @Option(
      names = "--estimate",
      order = 10,
      description =
          "Print the API units the run would spend at most, and exit without a request "
              + "(needs no API key).")
  boolean estimate;

  @Option(
      names = "--print-policy",
      order = 11,
      description = "Print the effective policy as JSON (a starting point for --policy) and exit.")
  boolean printPolicy;

  @ArgGroup(
      validate = false,
      order = 20,
      heading = "%nBroken targets (backlinked URLs probed on the deployed site):%n")
  BrokenOptions broken = new BrokenOptions();

  @ArgGroup(
      validate = false,
      order = 30,
      heading = "%nLost in the index (lost links since the baseline):%n")
  LostOptions lost = new LostOptions();

  @ArgGroup(
      validate = false,
      order = 40,
      heading = "%nMetrics drop (percent of the baseline's value):%n")
  MetricsOptions metrics = new MetricsOptions();

  @ArgGroup(
      validate = false,
      order = 45,
      heading =
          "%nRedirect suggestions (where the broken URLs should go; never change a verdict):%n")
  RedirectOptions redirects = new RedirectOptions();

  @ArgGroup(validate = false, order = 50, heading = "%nWatchlist, API errors, budget, first run:%n")
  OtherOptions other = new OtherOptions();

  @ArgGroup(
      validate = false,
      order = 15,
      heading = "%nThresholds (by rule id; --print-policy lists every rule):%n")
  ThresholdOptions thresholds = new ThresholdOptions();

  @Override
  public Integer call() throws IOException {
    Session session = cli.session;
    if (warnExitCode < 0 || warnExitCode > 255) {
      throw new UsageException(
          "Invalid --warn-exit-code: '" + warnExitCode + "'; allowed: 0..255.");
    }
    GatePolicy policy = policy();
    if (reportDir != null && !printPolicy && !estimate) {
      try {
        GateReports.checkWritable(reportDir);
      } catch (IOException e) {
        throw new UsageException(
            "--report-dir "
                + reportDir
                + " is not writable ("
                + Errors.reason(e)
                + "); nothing was sent.");
      }
    }
    if (printPolicy) {
      Writer writer = new OutputStreamWriter(session.out, StandardCharsets.UTF_8);
      GatePolicies.write(policy, writer);
      writer.flush();
      return BacklinksCli.EXIT_OK;
    }
    Baseline baseline = readBaseline();
    GateRequest request =
        checked(() -> new GateRequest(target.target, target.mode, deployedUrl, baseline, policy));
    if (estimate) {
      printEstimate(
          UnitEstimate.of(request), session.out); // no client: it sends nothing, needs no key
      return BacklinksCli.EXIT_OK;
    }
    if (policy.firstRun() == FirstRunAction.RECORD && baselineFile == null) {
      throw new UsageException(
          "--first-run record needs --baseline FILE: without a baseline file every run is "
              + "a first run and no rule would ever be enforced.");
    }
    DeployedSite standIn = null;
    Gate.Builder gate = Gate.builder().client(session.client()).clock(session.gateClock());
    if (session.useSandbox && deployedUrl == null) {
      // --sandbox promises no network: probe a local site that answers 200 everywhere instead.
      standIn = DeployedSite.builder().build().start();
      request =
          new GateRequest(request.target(), request.mode(), standIn.baseUrl(), baseline, policy);
      gate.probeClient(onlyTo(HttpUrl.get(standIn.baseUrl())));
      session.message(
          "backlinks: --sandbox without --deployed-url: probing a local stand-in site "
              + "where every page answers 200.");
    }
    try {
      GateResult result = gate.build().run(request);
      return finish(result, session);
    } finally {
      if (standIn != null) {
        standIn.close();
      }
    }
  }

  /**
   * A probe client that sends every request to {@code site}, path and query kept: the gate rewrites
   * only the target's own host, and other hosts (subdomains in domain mode) must not reach the
   * network.
   */
  private static OkHttpClient onlyTo(HttpUrl site) {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain
                        .request()
                        .newBuilder()
                        .url(
                            chain
                                .request()
                                .url()
                                .newBuilder()
                                .scheme(site.scheme())
                                .host(site.host())
                                .port(site.port())
                                .build())
                        .build()))
        .build();
  }

  private int finish(GateResult result, Session session) throws IOException {
    PrintStream info = format == SummaryFormat.TEXT ? session.out : session.err;
    switch (format) {
      case TEXT -> new GateConsoleSummary(session.out).print(result);
      case JSON -> writeTo(session.out, w -> GateReports.writeJson(result, w));
      case MARKDOWN -> writeTo(session.out, w -> GateReports.writeMarkdown(result, w));
    }
    if (reportDir != null) {
      List<Path> written = GateReports.writeAll(result, reportDir);
      info.println("Reports: " + String.join(", ", written.stream().map(Path::toString).toList()));
    }
    if (result.redirects() != null) {
      int rules = RuleFormat.rules(result.redirects().suggestions()).size();
      info.println(
          reportDir == null
              ? "Redirect rules: "
                  + rules
                  + " suggested (--report-dir DIR writes them in every format)"
              : "Redirect rules: "
                  + rules
                  + " suggested, in "
                  + reportDir.resolve(RuleFormat.NETLIFY.fileName())
                  + " and the other redirects.* files beside the reports");
    }
    if (baselineFile != null) {
      boolean update =
          baselineUpdate == BaselineUpdate.ALWAYS
              || baselineUpdate == BaselineUpdate.UNLESS_FAIL && result.verdict() != Verdict.FAIL;
      if (update) {
        Path parent = baselineFile.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Baselines.write(result.newBaseline(), baselineFile);
        info.println("Baseline updated: " + baselineFile);
      } else {
        info.println(
            "Baseline kept: "
                + baselineFile
                + " (--baseline-update "
                + Converters.word(baselineUpdate)
                + ")");
      }
    }
    info.flush();
    if (result.configurationError()) {
      session.err.println(
          "backlinks: the API refused the key or its subscription: a configuration error, "
              + "not a passing outage (exit "
              + BacklinksCli.EXIT_API_ERROR
              + ").");
      return BacklinksCli.EXIT_API_ERROR;
    }
    return exitCode(result.verdict(), warnExitCode);
  }

  /** The exit code of a verdict. */
  static int exitCode(Verdict verdict, int warnExitCode) {
    return switch (verdict) {
      case PASS -> BacklinksCli.EXIT_OK;
      case WARN -> warnExitCode;
      case FAIL -> BacklinksCli.EXIT_GATE_FAILED;
    };
  }

  private interface WriterTask {
    void writeTo(Writer writer) throws IOException;
  }

  private static void writeTo(PrintStream out, WriterTask task) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    task.writeTo(writer);
    writer.flush();
  }

  private static void printEstimate(UnitEstimate estimate, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "At most %,d API units (budget %,d)%s:%n",
        estimate.total(),
        estimate.budget(),
        estimate.complete() ? "" : ", more once get-metrics tells the backlink count");
    for (UnitEstimate.Item item : estimate.items()) {
      out.printf(
          Locale.ROOT,
          "  %,10d  %-26s %-16s %s%n",
          item.units(),
          item.command(),
          item.check(),
          item.basis());
    }
    out.flush();
  }

  // ---- policy -----------------------------------------------------------------------------

  /** The policy file (or the defaults) with the options applied on top. */
  GatePolicy policy() throws IOException {
    PrintStream err = cli.session.err;
    List<String> candidates =
        redirects.candidatesFile == null
            ? null
            : RedirectsCommand.lines(redirects.candidatesFile, "--candidates-file");
    GatePolicy base =
        policyFile == null
            ? GatePolicy.defaults()
            : PolicyFiles.read(
                policyFile, warning -> err.println("backlinks: " + policyFile + ": " + warning));
    return checked(
        () -> {
          GatePolicy.Builder builder =
              base.toBuilder()
                  .brokenTargets(broken.apply(base.brokenTargets()))
                  .lost(lost.apply(base.lost()))
                  .metrics(metrics.apply(base.metrics()));
          other.apply(base, builder);
          builder.redirects(redirects.apply(base.redirects(), candidates));
          thresholds.apply(builder, err);
          return builder.build();
        });
  }

  private interface PolicyStep<T> {
    T get();
  }

  /** Runs a policy step, naming the option behind a rejected value. */
  private static <T> T checked(PolicyStep<T> step) {
    try {
      return step.get();
    } catch (InvalidParameterException e) {
      String option = OPTIONS.get(e.parameter());
      if (option == null) {
        throw e;
      }
      throw new UsageException(
          "Invalid "
              + option
              + ": "
              + (e.value() == null ? "missing" : "'" + e.value() + "'")
              + "; allowed: "
              + e.allowed());
    }
  }

  private Baseline readBaseline() {
    if (baselineFile == null) {
      return null;
    }
    try {
      return Baselines.read(baselineFile);
    } catch (NoSuchFileException e) {
      return null; // the first run
    } catch (InvalidParameterException e) {
      throw new UsageException("Invalid --baseline file " + baselineFile + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("--baseline " + baselineFile + ": " + Errors.reason(e), e);
    }
  }

  /** Reads JSON or YAML policy files. */
  static final class PolicyFiles {
    private PolicyFiles() {}

    static GatePolicy read(Path file, Consumer<String> warnings) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          return readYaml(reader, file.toString(), warnings);
        }
        return GatePolicies.read(reader, warnings);
      } catch (NoSuchFileException e) {
        throw new UsageException("--policy: no such file: " + file);
      } catch (InvalidParameterException e) {
        throw new UsageException("Invalid --policy file " + file + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("--policy " + file + ": " + Errors.reason(e), e);
      }
    }

    /** Reads a YAML policy; {@code name} names it in errors. */
    static GatePolicy readYaml(Reader reader, String name, Consumer<String> warnings) {
      Object document;
      try {
        document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
      } catch (YAMLException e) {
        throw new UsageException("Invalid --policy file " + name + ": not YAML: " + e.getMessage());
      }
      if (document == null) {
        return GatePolicy.defaults(); // an empty file changes nothing
      }
      if (!(document instanceof Map<?, ?> map)) {
        throw new UsageException(
            "Invalid --policy file " + name + ": the top level must be a mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> policy = (Map<String, Object>) map;
      return GatePolicies.fromMap(policy, warnings);
    }
  }

  // ---- option groups ------------------------------------------------------------------------

  static final class BrokenOptions {
    @Option(names = "--no-broken-targets", description = "Skip the broken-targets check.")
    boolean disabled;

    @Option(
        names = "--source",
        paramLabel = "top-backlinks|all-raw",
        description =
            "Backlinked URLs from the top N backlinks by InLink Rank (get-backlinks) or "
                + "from every backlink (get-raw-backlinks; 1 unit per backlink).")
    BacklinkSource source;

    @Option(
        names = "--top-n",
        paramLabel = "N",
        description = "Top backlinks read, 1..10000 (default 100).")
    Integer topN;

    @Option(
        names = "--max-redirects",
        paramLabel = "N",
        description = "Redirects followed before a URL counts as broken, 0..20 (default 5).")
    Integer maxRedirects;

    @Option(
        names = {"--probe-concurrency", "--concurrency"},
        paramLabel = "N",
        description =
            "Requests to the deployed site at once, probes and redirect suggestions alike, "
                + "1..64 (default 8); a site answering 429, or 503 with Retry-After, is waited for "
                + "and gets fewer.")
    Integer concurrency;

    @Option(
        names = "--request-timeout",
        paramLabel = "DURATION",
        description =
            "Timeout of one probe, 100ms..5m (default 10s); a timeout is unknown, not broken.")
    Duration requestTimeout;

    @Option(
        names = "--unknown-domain-inlink-rank",
        paramLabel = "N",
        description =
            "Domain InLink Rank assumed where the API says -1 (unknown), 0..100 (default 10).")
    Integer unknownDomainInlinkRank;

    @Option(
        names = "--probe-allow-host",
        paramLabel = "HOST",
        description =
            "A host other than the target's site that may be probed and redirected to; "
                + "repeatable (adds to the policy's brokenTargets.allowedHosts). Without it, backlinked "
                + "URLs and redirects off the site are reported, not requested.")
    List<String> allowHosts;

    BrokenTargetsPolicy apply(BrokenTargetsPolicy policy) {
      BrokenTargetsPolicy.Builder b = policy.toBuilder();
      if (disabled) {
        b.enabled(false);
      }
      ifSet(source, b::source);
      ifSet(topN, b::topN);
      ifSet(maxRedirects, b::maxRedirects);
      ifSet(concurrency, b::concurrency);
      ifSet(requestTimeout, b::requestTimeout);
      ifSet(unknownDomainInlinkRank, b::unknownDomainInlinkRank);
      if (allowHosts != null) {
        List<String> all = new ArrayList<>(policy.allowedHosts());
        all.addAll(allowHosts);
        b.allowedHosts(all);
      }
      return b.build();
    }
  }

  static final class LostOptions {
    @Option(names = "--no-lost", description = "Skip the lost-in-the-index check.")
    boolean disabled;

    @Option(
        names = "--lookback-days",
        paramLabel = "N",
        description = "Window in days when there is no baseline, 1..365 (default 7).")
    Integer lookbackDays;

    @Option(names = "--dofollow-only", description = "Count only dofollow links.")
    boolean dofollowOnly;

    @Option(
        names = "--min-domain-inlink-rank",
        paramLabel = "N",
        description =
            "Leave out lost links from domains ranked below N, 0..100 (unknown -1 counts).")
    Integer minDomainInlinkRank;

    @Option(
        names = "--link-type",
        paramLabel = "href|redirect",
        description = "Count only this link type.")
    LinkType linkType;

    @Option(
        names = "--ignore-reason",
        paramLabel = "REASON",
        split = ",",
        description =
            "reason_lost values that are noise for a deploy; repeatable, replaces the "
                + "default crawl_error,page_dropped; 'none' ignores nothing.")
    List<String> ignoredReasons;

    @Option(
        names = "--max-rows",
        paramLabel = "N",
        description =
            "limit of the two new/lost requests, 1..10000 (default 1000; 1 unit per row).")
    Integer maxRows;

    LostPolicy apply(LostPolicy policy) {
      LostPolicy.Builder b = policy.toBuilder();
      if (disabled) {
        b.enabled(false);
      }
      ifSet(lookbackDays, b::lookbackDays);
      if (dofollowOnly) {
        b.dofollowOnly(true);
      }
      ifSet(minDomainInlinkRank, b::minDomainInlinkRank);
      ifSet(linkType, b::linkType);
      if (ignoredReasons != null) {
        List<String> reasons = new ArrayList<>(ignoredReasons);
        reasons.removeIf(reason -> reason.equalsIgnoreCase("none"));
        b.ignoredReasons(reasons);
      }
      ifSet(maxRows, b::maxRows);
      return b.build();
    }
  }

  static final class MetricsOptions {
    @Option(names = "--no-metrics", description = "Skip the metrics-drop check.")
    boolean disabled;

    MetricsPolicy apply(MetricsPolicy policy) {
      MetricsPolicy.Builder b = policy.toBuilder();
      if (disabled) {
        b.enabled(false);
      }
      return b.build();
    }
  }

  static final class RedirectOptions {
    @Option(
        names = "--suggest-redirects",
        negatable = true,
        description =
            "Suggest, for each broken URL, a verified redirect target on the deployed site and "
                + "write the rules (nginx, Apache, _redirects, CSV, JSON) beside the reports "
                + "(default: on; --no-suggest-redirects turns it off).")
    Boolean suggest;

    @Option(
        names = "--min-confidence",
        paramLabel = "0..1",
        description =
            "Confidence floor of a suggestion; below it: no rule, 'no confident target' "
                + "(default 0.6).")
    Double minConfidence;

    @Option(
        names = "--candidates-file",
        paramLabel = "FILE",
        description = "Your own candidate targets, one URL or /path a line ('#' comments).")
    Path candidatesFile;

    RedirectsPolicy apply(RedirectsPolicy policy, List<String> candidates) {
      RedirectsPolicy p = policy;
      if (suggest != null) {
        p = p.withEnabled(suggest);
      }
      if (minConfidence != null) {
        p = p.withMinConfidence(minConfidence);
      }
      return candidates == null ? p : p.withCandidates(candidates);
    }
  }

  static final class OtherOptions {
    @Option(
        names = "--watch",
        paramLabel = "DOMAIN|URL",
        description =
            "A referring domain or page whose lost or broken link always trips; repeatable "
                + "(adds to the policy file's watchlist).")
    List<String> watch;

    @Option(
        names = "--watchlist-criticality",
        paramLabel = "warn|fail",
        description = "What a watchlist hit yields (default fail).")
    Criticality watchlistCriticality;

    @Option(
        names = "--api-errors",
        paramLabel = "fail|warn|ignore",
        description =
            "What a failed API call does to the verdict (default warn); its rules are "
                + "reported as not evaluated either way.")
    ApiErrorAction apiErrors;

    @Option(
        names = "--not-measured",
        paramLabel = "fail|warn|ignore",
        description =
            "What a rule whose evidence could not be got from the deployed site yields "
                + "(URLs that could not be probed: site down, timeouts; default fail).")
    ApiErrorAction notMeasured;

    @Option(
        names = "--unit-budget",
        paramLabel = "UNITS",
        description = "Most API units one run may spend, checked before spending (default 5000).")
    Long unitBudget;

    @Option(
        names = "--first-run",
        paramLabel = "enforce|record",
        description =
            "What a run without a baseline (no --baseline file yet) does: enforce judges it like "
                + "any run (default); record passes it, reports each rule's would-be verdict and records the "
                + "baseline, so the next run is the first enforced one. record needs --baseline.")
    FirstRunAction firstRun;

    void apply(GatePolicy base, GatePolicy.Builder b) {
      if (watch != null) {
        List<String> all = new ArrayList<>(base.watchlist());
        all.addAll(watch);
        b.watchlist(all);
      }
      ifSet(watchlistCriticality, b::watchlistCriticality);
      ifSet(apiErrors, b::apiErrors);
      ifSet(notMeasured, b::notMeasured);
      ifSet(unitBudget, b::unitBudget);
      ifSet(firstRun, b::firstRun);
    }
  }

  /** A rule id and its threshold, as {@code --threshold RULE=WARN:FAIL} gives them. */
  record RuleThreshold(GateRule rule, Threshold threshold) {}

  static final class ThresholdOptions {
    @Option(
        names = "--threshold",
        paramLabel = "RULE=WARN:FAIL",
        description =
            "A rule's threshold, repeatable: WARN:FAIL, :FAIL (fail only), WARN: (warn only) or "
                + "off, e.g. broken-targets=1:5, metrics-dofollow-drop=10:25.")
    List<RuleThreshold> thresholds;

    /** The rule set by each deprecated per-rule option ({@link DeprecatedThresholdOptions}). */
    final Map<GateRule, Threshold> deprecated = new java.util.EnumMap<>(GateRule.class);

    /** Applies the deprecated options (with a warning each), then {@code --threshold}. */
    void apply(GatePolicy.Builder b, PrintStream err) {
      deprecated.forEach(
          (rule, t) -> {
            err.println(
                "backlinks: "
                    + rule.deprecatedOption()
                    + " is deprecated and will be removed in the next "
                    + "release: use --threshold "
                    + rule.id()
                    + "="
                    + Converters.describe(t));
            b.threshold(rule, t);
          });
      if (thresholds != null) {
        java.util.Set<GateRule> seen = java.util.EnumSet.noneOf(GateRule.class);
        for (RuleThreshold t : thresholds) {
          if (!seen.add(t.rule()) || deprecated.containsKey(t.rule())) {
            throw new UsageException(
                "Invalid --threshold: " + t.rule().id() + " is set twice; give each rule once.");
          }
          b.threshold(t.rule(), t.threshold());
        }
      }
    }
  }

  /**
   * Adds, from the rule registry, each rule's flag from before {@code --threshold} (e.g. {@code
   * --dofollow-drop}) as a hidden option that still sets the rule's threshold, for one release.
   */
  static final class DeprecatedThresholdOptions implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      GateCommand gate =
          spec.commandLine() == null
              ? (GateCommand) spec.userObject()
              : spec.commandLine().getCommand();
      for (GateRule rule : GateRule.thresholded()) {
        spec.addOption(
            OptionSpec.builder(rule.deprecatedOption())
                .hidden(true)
                .type(Threshold.class)
                .paramLabel("WARN:FAIL")
                .setter(
                    new CommandLine.Model.ISetter() {
                      @Override
                      public <T> T set(T value) {
                        if (value
                            != null) { // picocli resets options to their null initial value first
                          gate.thresholds.deprecated.put(rule, (Threshold) value);
                        }
                        return null;
                      }
                    })
                .build());
      }
      return spec;
    }
  }

  /** Applies an option to the policy builder only when the user gave it. */
  private static <T> void ifSet(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}
