package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Column;
import io.spsbacklinks.cli.output.Format;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.cli.output.RowWriter;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.OutputFormat;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything one invocation shares: the streams, the environment, the global options, the client
 * (built on first use, so bad options fail before it exists), an in-process sandbox for {@code
 * --sandbox}, and the resume hint printed if the command stops half-way.
 */
final class Session implements AutoCloseable {
  /** The environment variable holding the API key. */
  static final String API_KEY_ENV = "SPS_API_KEY";

  final PrintStream out;
  final PrintStream err;
  final Platform platform;
  private final Map<String, String> env;

  // Global options, set by picocli on BacklinksCli.
  String endpoint;
  String apiKeyOption;
  OutputFormat output;
  boolean useSandbox;
  boolean noProgress;
  Integer maxAttempts;
  Duration callTimeout;
  Duration downloadTimeout;

  /** Hosts besides the endpoint's that export files may be downloaded from. */
  final List<String> downloadHosts = new ArrayList<>();

  private Sandbox sandbox;
  private BacklinksClient client;
  private volatile Supplier<String> resumeHint;
  private StdoutStream stdout;
  private volatile Progress progress = Progress.NONE;

  Session(PrintStream out, PrintStream err, Map<String, String> env, Platform platform) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.platform = platform;
  }

  /** The API key of this run, or null; used only to build the client and to redact. */
  String apiKey() {
    if (useSandbox) {
      return Sandbox.DEMO_API_KEY;
    }
    if (apiKeyOption != null && !apiKeyOption.isBlank()) {
      return apiKeyOption;
    }
    String fromEnv = env.get(API_KEY_ENV);
    return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.trim();
  }

  /** Text made safe to print: apikey parameters and the literal key are masked. */
  String redact(String text) {
    String result = Redaction.redact(text);
    for (String secret : new String[] {apiKeyOption, env.get(API_KEY_ENV)}) {
      if (secret != null) {
        result = Redaction.redact(result, secret.trim()); // the trimmed key is what was sent
      }
    }
    return result;
  }

  /** The client for this run; starts the in-process sandbox first with {@code --sandbox}. */
  BacklinksClient client() {
    if (client == null) {
      String key = apiKey();
      if (key == null) {
        throw new UsageException(
            "No API key: set the "
                + API_KEY_ENV
                + " environment variable or pass --api-key KEY (or try --sandbox for the built-in demo data).");
      }
      BacklinksClient.Builder builder =
          BacklinksClient.builder()
              .apiKey(key)
              .sleeper(platform.sleeper())
              .clock(platform.clock())
              .userAgent("sps-backlinks-cli/" + BacklinksCli.version());
      if (output != null) {
        builder.output(output);
      }
      downloadHosts.forEach(builder::allowDownloadHost);
      if (callTimeout != null) {
        builder.callTimeout(callTimeout);
      }
      if (downloadTimeout != null) {
        builder.downloadTimeout(downloadTimeout);
      }
      if (maxAttempts != null) {
        builder.retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts).build());
      }
      if (useSandbox) {
        if (endpoint != null) {
          throw new UsageException(
              "--sandbox and --endpoint exclude each other: --sandbox serves its own endpoint.");
        }
        builder.endpoint(sandbox().endpoint());
      } else if (endpoint != null) {
        builder.endpoint(endpoint);
      }
      client = builder.build();
    }
    return client;
  }

  /** The in-process sandbox of {@code --sandbox}, started on first use on a free loopback port. */
  Sandbox sandbox() {
    if (sandbox == null) {
      // Exports are ready at once: nobody should wait on a stand-in.
      sandbox = Sandbox.builder().port(0).exportDelay(Duration.ZERO).build().start();
    }
    return sandbox;
  }

  /**
   * The clock the gate reads "today" from: the sandbox's fixed date with {@code --sandbox}, so
   * look-back windows land on its scripted history; the machine's clock against the real API.
   */
  Clock gateClock() {
    if (useSandbox) {
      return Clock.fixed(
          sandbox().today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
    return platform.clock();
  }

  /** {@code requested}, or the default: a table on a terminal, JSON for a pipe or file. */
  Format format(Format requested) {
    if (requested != null) {
      return requested;
    }
    return platform.terminal().stdout() ? Format.TABLE : Format.JSON;
  }

  /** A row writer on stdout; a table fits the terminal unless {@code wide}. */
  <T> RowWriter<T> rows(Format format, List<Column<T>> columns, boolean single, boolean wide) {
    if (stdout == null) {
      stdout = new StdoutStream(out);
    }
    return RowWriter.create(format(format), columns, stdout, single, wide ? 0 : terminalColumns());
  }

  /**
   * The terminal's width in columns: {@code COLUMNS} when the shell exports it, else what {@code
   * stty} says of the terminal stdout is on; 0 (no bound) for a pipe or file.
   */
  int terminalColumns() {
    String columns = env.get("COLUMNS");
    if (columns != null && columns.strip().matches("[1-9][0-9]{0,4}")) {
      return Integer.parseInt(columns.strip());
    }
    if (!platform.terminal().stdout()) {
      return 0;
    }
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(new File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String[] size =
          new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
              .strip()
              .split(" ");
      return stty.waitFor() == 0 && size.length == 2 ? Integer.parseInt(size[1]) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0; // no stty (Windows) or no terminal after all: an unbounded table
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** A progress line for long work, or {@link Progress#NONE} unless stderr is a terminal. */
  Progress progress(String label) {
    if (noProgress || !platform.terminal().stderr()) {
      return Progress.NONE;
    }
    progress =
        Progress.on(err, label, () -> stdout == null ? 0 : stdout.bytes(), platform.nanoTime());
    return progress;
  }

  /** Rubs out the progress line before a message is printed under it. */
  void clearProgress() {
    progress.clear();
  }

  /** Whether a progress line would be drawn (commands skip work done only for it otherwise). */
  boolean showsProgress() {
    return !noProgress && platform.terminal().stderr();
  }

  /** Sets what to tell the user if the command stops before it is done (failure, Ctrl-C). */
  void resumeHint(Supplier<String> hint) {
    this.resumeHint = hint;
  }

  /** The resume hint, if one applies now. */
  String resumeHint() {
    Supplier<String> hint = resumeHint;
    return hint == null ? null : hint.get();
  }

  /** Prints a message on stderr, redacted and without terminal control bytes. */
  void message(String text) {
    err.println(printable(redact(text)));
    err.flush();
  }

  /**
   * {@code text} with control characters (escape sequences from an API message or a page title
   * could recolour or rewrite the terminal) replaced by '?'; line breaks and tabs stay.
   */
  static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> b.appendCodePoint(Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c));
    return b.toString();
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
