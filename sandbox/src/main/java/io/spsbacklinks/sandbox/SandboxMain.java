package io.spsbacklinks.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar sps-backlinks-sandbox.jar [--port 8089] [--host 127.0.0.1] [--scenario file]
 * [--today 2026-11-28] [--export-delay 2s] [--rate-limit 10] [--fault-500 0.05] [--fault-503 0.05]
 * [--fault-429 0.05] [--retry-after 2] [--fault-slow 0.1] [--slow-delay 3s] [--fault-drop 0.05]
 * [--fault-truncate-gzip 0.5] [--fault-seed 1]}: runs the sandbox until stopped, printing its
 * endpoint, the demo key and one line per request (keys redacted).
 */
public final class SandboxMain {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    Sandbox sandbox;
    try {
      sandbox = start(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      // An unreadable scenario or a port in use: say so, without a stack trace.
      System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    }
    if (sandbox == null) {
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "sandbox-shutdown"));
    System.out.println("SEO PowerSuite Backlinks API v1.0 sandbox");
    System.out.println("  endpoint: " + sandbox.endpoint());
    System.out.println("  demo API key: " + Sandbox.DEMO_API_KEY);
    System.out.println("  today: " + sandbox.today());
    System.out.println("Press Ctrl-C to stop.");
    System.out.flush();
    stopped.await();
  }

  /** The started sandbox for {@code args}; null (after printing usage) for --help. */
  static Sandbox start(String[] args, PrintStream out) {
    Sandbox.Builder builder = parse(args, out);
    return builder == null ? null : builder.build().start();
  }

  /** The builder for {@code args}; null (after printing usage) for --help. */
  static Sandbox.Builder parse(String[] args, PrintStream out) {
    Sandbox.Builder builder = Sandbox.builder().port(8089).requestListener(out::println);
    Faults.Builder faults = Faults.builder();
    double error429 = 0;
    int retryAfter = 1;
    double slowRate = 0;
    Duration slowDelay = Duration.ofSeconds(1);
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        out.println(usage());
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port":
          builder.port(integer(option, value));
          break;
        case "--host":
          builder.host(value);
          break;
        case "--scenario":
          builder.scenario(Path.of(value));
          break;
        case "--today":
          try {
            builder.today(LocalDate.parse(value));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "--today must be a date YYYY-MM-DD, was " + value, e);
          }
          break;
        case "--export-delay":
          builder.exportDelay(parseDuration(value));
          break;
        case "--rate-limit":
          builder.rateLimitPerSecond(integer(option, value));
          break;
        case "--fault-500":
          faults.error500(rate(option, value));
          break;
        case "--fault-503":
          faults.error503(rate(option, value));
          break;
        case "--fault-429":
          error429 = rate(option, value);
          break;
        case "--retry-after":
          retryAfter = integer(option, value);
          break;
        case "--fault-slow":
          slowRate = rate(option, value);
          break;
        case "--slow-delay":
          slowDelay = parseDuration(value);
          break;
        case "--fault-drop":
          faults.dropConnection(rate(option, value));
          break;
        case "--fault-truncate-gzip":
          faults.truncateGzip(rate(option, value));
          break;
        case "--fault-seed":
          faults.seed(integer(option, value));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return builder.faults(faults.error429(error429, retryAfter).slow(slowRate, slowDelay).build());
  }

  /** "2s", "500ms", "1m", "1h" or an ISO-8601 duration such as "PT2S". */
  static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        default:
          return Duration.ofHours(amount);
      }
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a duration must look like 2s, 500ms, 1m or PT2S, was " + text, e);
    }
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be an integer, was " + value, e);
    }
  }

  private static double rate(String option, String value) {
    try {
      double rate = Double.parseDouble(value);
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException(option + " must be within [0, 1], was " + value);
      }
      return rate;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " must be a number within [0, 1], was " + value, e);
    }
  }

  static String usage() {
    return "usage: java -jar sps-backlinks-sandbox.jar [--port 8089] [--host 127.0.0.1] [--scenario file.json]\n"
        + "       [--today 2026-11-28] [--export-delay 2s] [--rate-limit N]\n"
        + "       [--fault-500 R] [--fault-503 R] [--fault-429 R] [--retry-after S] [--fault-slow R]\n"
        + "       [--slow-delay 3s] [--fault-drop R] [--fault-truncate-gzip R] [--fault-seed N]\n"
        + "  R is a rate within [0, 1]; durations look like 500ms, 2s, 1m or PT2S.";
  }
}
