package io.spsbacklinks.cli;

import io.spsbacklinks.core.OutputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code backlinks} command: every Backlinks API v1.0 command, the lost-backlinks gate, the
 * sandbox and the demo. {@link #main} exits with {@link #run}'s code.
 */
@Command(
    name = "backlinks",
    mixinStandardHelpOptions = true,
    versionProvider = BacklinksCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "SEO PowerSuite Backlinks API v1.0 from the command line, and a gate that fails a deploy "
          + "that cost the site its backlinks.",
      "The API key comes from --api-key or the SPS_API_KEY environment variable (preferred: a key "
          + "on the command line shows in the process list). --sandbox needs neither.",
      ""
    },
    subcommands = {
      MetricsCommand.class,
      InlinkRankCommand.class,
      GetBacklinksCommand.class,
      RefdomainsCommand.class,
      RawBacklinksCommand.class,
      DownloadAllCommand.class,
      NewLostBacklinksCommand.class,
      NewLostRefdomainsCommand.class,
      SubscriptionCommand.class,
      GateCommand.class,
      RedirectsCommand.class,
      DemoCommand.class,
      SandboxCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success; gate PASS (and WARN, unless --warn-exit-code); stdout closed (| head)",
      "  1  gate FAIL",
      "  2  invalid usage or parameter (named, with allowed values); nothing sent",
      "  3  API, network or I/O error, or an answer that cannot be used (the API's message; the "
          + "key is redacted); the command to resume is printed when there is one",
      "",
      "Run 'backlinks demo' to see the gate find a deploy that broke backlinked pages."
    })
public final class BacklinksCli implements Callable<Integer> {
  /** Success, gate PASS (and WARN by default). */
  public static final int EXIT_OK = 0;

  /** Gate verdict FAIL. */
  public static final int EXIT_GATE_FAILED = 1;

  /** Invalid usage or parameter; no request was sent. */
  public static final int EXIT_USAGE = 2;

  /** API, network or I/O error. */
  public static final int EXIT_API_ERROR = 3;

  /** The most attempts {@code --max-attempts} allows: more would only hammer a failing API. */
  static final int MAX_ATTEMPTS = 10;

  final Session session;

  @Spec CommandSpec spec;

  private BacklinksCli(Session session) {
    this.session = session;
  }

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      order = 901,
      description = "API base URL (default: https://api.seopowersuite.com/backlinks/v1.0/).")
  void endpoint(String url) {
    session.endpoint = url;
  }

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      scope = ScopeType.INHERIT,
      order = 902,
      description = "API key; default: the SPS_API_KEY environment variable. Never printed.")
  void apiKey(String key) {
    session.apiKeyOption = key;
  }

  @Option(
      names = "--output",
      paramLabel = "json|xml",
      scope = ScopeType.INHERIT,
      order = 903,
      description =
          "Wire format the API is asked for (the API's `output`; default json). "
              + "Printed rows look the same either way; see --format.")
  void output(OutputFormat output) {
    session.output = output;
  }

  @Option(
      names = "--sandbox",
      scope = ScopeType.INHERIT,
      order = 904,
      description = "Run against an in-process sandbox with its demo key: no key, no network.")
  void sandbox(boolean sandbox) {
    session.useSandbox = sandbox;
  }

  @Option(
      names = "--no-progress",
      scope = ScopeType.INHERIT,
      order = 905,
      description = "Never draw the progress line (drawn on stderr only when it is a terminal).")
  void noProgress(boolean noProgress) {
    session.noProgress = noProgress;
  }

  @Option(
      names = "--max-attempts",
      paramLabel = "N",
      scope = ScopeType.INHERIT,
      order = 906,
      description =
          "Attempts per API request, 1..10, for 429, 5xx and network failures "
              + "(default 4; 1 = no retry).")
  void maxAttempts(int attempts) {
    if (attempts < 1 || attempts > MAX_ATTEMPTS) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid --max-attempts: '" + attempts + "'; allowed: 1.." + MAX_ATTEMPTS + ".");
    }
    session.maxAttempts = attempts;
  }

  @Option(
      names = "--call-timeout",
      paramLabel = "DURATION",
      scope = ScopeType.INHERIT,
      order = 907,
      description =
          "Deadline of one API request, reading its whole answer included, e.g. 90s or 10m; "
              + "0 for none (default 5m). A request cut off by it is retried like a network failure.")
  void callTimeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid --call-timeout: '" + timeout + "'; allowed: 0 (none) or more, e.g. 90s or 10m.");
    }
    session.callTimeout = timeout;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(session.err);
    return EXIT_USAGE;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before picocli reads every command's annotations, most of a start-up.
      System.out.println(new Version().getVersion()[0]);
      System.exit(EXIT_OK);
    }
    System.exit(run(args, System.out, System.err, System.getenv(), Platform.system()));
  }

  /**
   * Runs one command line as {@link #main} does, without exiting, as if neither stream were a
   * terminal (JSON by default, no progress line).
   *
   * @param env the environment, read for {@code SPS_API_KEY}
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, Platform.of(Terminal.NONE));
  }

  /** Like {@link #run(String[], PrintStream, PrintStream, Map)} on the given platform. */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, Platform platform) {
    try (Session session = new Session(out, err, env, platform)) {
      CommandLine commandLine = commandLine(session);
      // Ctrl-C ends the JVM while a command runs: still tell the user how to resume.
      Thread onInterrupt = new Thread(() -> Errors.interrupted(session), "backlinks-interrupt");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        return commandLine.execute(args);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or ran; nothing to undo
        }
        out.flush();
        err.flush();
      }
    }
  }

  /** Commands that talk to no API of the user's: the global API options do not apply to them. */
  private static final List<String> WITHOUT_API_OPTIONS = List.of("demo", "sandbox");

  private static CommandLine commandLine(Session session) {
    CommandLine commandLine = new CommandLine(new BacklinksCli(session));
    for (String name : WITHOUT_API_OPTIONS) {
      CommandSpec spec = commandLine.getSubcommands().get(name).getCommandSpec();
      // Inherited options are copies on each subcommand: removing them keeps them elsewhere.
      List.copyOf(spec.options()).stream().filter(OptionSpec::inherited).forEach(spec::remove);
    }
    Converters.register(commandLine);
    commandLine
        .setOut(new PrintWriter(session.out, true))
        .setErr(new PrintWriter(session.err, true))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(
            (e, args) -> {
              CommandLine failed = e.getCommandLine();
              session.message("backlinks: " + e.getMessage());
              if (!UnmatchedArgumentException.printSuggestions(e, failed.getErr())) {
                session.message("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
              }
              return EXIT_USAGE;
            })
        .setExecutionExceptionHandler((e, failed, parseResult) -> Errors.report(e, session));
    return commandLine;
  }

  /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = BacklinksCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource only costs the version string
    }
    return properties.getProperty("version", "unknown");
  }

  /** Supplies {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"backlinks " + version() + " (SEO PowerSuite Backlinks API v1.0)"};
    }
  }
}
