package io.spsbacklinks.cli;

import io.spsbacklinks.core.BacklinksApiException;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.InvalidParameterException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns what a command threw into one redacted line on stderr and an exit code. */
final class Errors {
  private Errors() {}

  static int report(Exception e, Session session) {
    session.clearProgress();
    int code = exitCode(e);
    String message = message(e);
    if (message != null) {
      session.message("backlinks: " + message);
    }
    String hint = session.resumeHint();
    if (hint != null) {
      session.message(hint);
    }
    return code;
  }

  /** Called from the shutdown hook when the JVM is ending under a running command. */
  static void interrupted(Session session) {
    String hint = session.resumeHint();
    if (hint != null) {
      session.clearProgress();
      session.message("backlinks: interrupted. " + hint);
    }
  }

  static int exitCode(Exception e) {
    if (e instanceof UsageException || e instanceof InvalidParameterException) {
      return BacklinksCli.EXIT_USAGE;
    }
    if (e instanceof StdoutClosedException) {
      return BacklinksCli.EXIT_OK;
    }
    return BacklinksCli.EXIT_API_ERROR;
  }

  private static String message(Exception e) {
    if (e instanceof InvalidParameterException invalid) {
      return "Invalid " + option(invalid.parameter()) + ": "
          + (invalid.value() == null ? "missing" : "'" + invalid.value() + "'")
          + "; allowed: " + invalid.allowed();
    }
    if (e instanceof UsageException) {
      return e.getMessage();
    }
    if (e instanceof StdoutClosedException) {
      return null;
    }
    if (e instanceof BacklinksApiException api) {
      return "API error: " + api.getMessage();
    }
    if (e instanceof BacklinksException) {
      return e.getMessage();
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return "I/O error: " + e.getMessage();
    }
    return "unexpected error: " + e;
  }

  /** The option for an API parameter name: {@code order_by} is {@code --order-by}. */
  static String option(String parameter) {
    return "--" + parameter.replace('_', '-');
  }
}
