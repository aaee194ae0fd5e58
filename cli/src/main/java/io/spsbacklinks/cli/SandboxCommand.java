package io.spsbacklinks.cli;

import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Serves the sandbox until Ctrl-C. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Serve the local API sandbox until Ctrl-C.",
    description = {
      "Serve a local stand-in for the Backlinks API v1.0 (deterministic synthetic index, async "
          + "exports, cursors, documented errors, optional faults) until Ctrl-C. Prints the "
          + "endpoint and the demo key, then one line per request with keys redacted.",
      "Point any client at it: backlinks --endpoint <endpoint> --api-key "
          + Sandbox.DEMO_API_KEY
          + " metrics --target example.com"
    })
final class SandboxCommand implements Callable<Integer> {
  @ParentCommand BacklinksCli cli;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8089",
      order = 1,
      description = "Port on 127.0.0.1 (0 = any free port; default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      order = 2,
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      order = 3,
      description = "Scenario JSON: keys, per-target history, the deployed site's broken pages.")
  Path scenario;

  @Option(
      names = "--demo-scenario",
      order = 4,
      description = "Load the scenario of 'backlinks demo' (target " + DemoCommand.TARGET + ").")
  boolean demoScenario;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      order = 5,
      description =
          "The sandbox's today, the index date (default: the scenario's, else 2026-11-28).")
  LocalDate today;

  @Option(
      names = "--export-delay",
      paramLabel = "DURATION",
      order = 6,
      description = "How long an export task takes (default 1s).")
  Duration exportDelay;

  @Option(
      names = "--rate-limit",
      paramLabel = "CALLS",
      order = 7,
      description = "Calls per second and key before 429 (default: unlimited).")
  Integer rateLimit;

  @Option(
      names = "--fault-500",
      paramLabel = "RATE",
      order = 8,
      description = "Share of requests answered 500, 0..1.")
  double fault500;

  @Option(
      names = "--fault-503",
      paramLabel = "RATE",
      order = 9,
      description = "Share of requests answered 503, 0..1.")
  double fault503;

  @Option(
      names = "--fault-429",
      paramLabel = "RATE",
      order = 10,
      description = "Share of requests answered 429 with Retry-After: 1, 0..1.")
  double fault429;

  @Option(
      names = "--fault-seed",
      paramLabel = "N",
      order = 11,
      description = "Seed of the fault dice.")
  Long faultSeed;

  @Option(names = "--quiet", order = 12, description = "Do not log requests.")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (scenario != null && demoScenario) {
      throw new UsageException("--scenario and --demo-scenario exclude each other.");
    }
    PrintStream out = cli.session.out;
    Sandbox sandbox;
    try {
      Sandbox.Builder builder = Sandbox.builder().port(port).host(host);
      if (scenario != null) {
        builder.scenario(scenario);
      }
      if (demoScenario) {
        builder.scenario(DemoCommand.scenario());
      }
      if (today != null) {
        builder.today(today);
      }
      if (exportDelay != null) {
        builder.exportDelay(exportDelay);
      }
      if (rateLimit != null) {
        builder.rateLimitPerSecond(rateLimit);
      }
      Faults.Builder faults =
          Faults.builder().error500(fault500).error503(fault503).error429(fault429, 1);
      if (faultSeed != null) {
        faults.seed(faultSeed);
      }
      builder.faults(faults.build());
      if (!quiet) {
        builder.requestListener(
            line -> {
              out.println(line);
              out.flush();
            });
      }
      sandbox = builder.build();
    } catch (IllegalArgumentException e) {
      // The sandbox names the bad option or scenario field; nothing is listening yet.
      throw new UsageException("sandbox: " + e.getMessage());
    }
    sandbox.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "sandbox-stop"));
    out.println("Backlinks API v1.0 sandbox");
    out.println("  endpoint:     " + sandbox.endpoint());
    out.println("  demo API key: " + Sandbox.DEMO_API_KEY);
    out.println("  today:        " + sandbox.today());
    out.println(
        "Try: backlinks --endpoint "
            + sandbox.endpoint()
            + " --api-key "
            + Sandbox.DEMO_API_KEY
            + " metrics --target example.com");
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return BacklinksCli.EXIT_OK;
  }
}
