package io.spsbacklinks.cli;

import io.spsbacklinks.core.BacklinksApiException;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.StreamResumeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns what a command threw into one redacted line on stderr and an exit code. */
final class Errors {
  /** The reason each java.nio.file exception stands for; they often carry none of their own. */
  private static final List<Map.Entry<Class<? extends FileSystemException>, String>> REASONS =
      List.of(
          Map.entry(NoSuchFileException.class, "no such file or directory"),
          Map.entry(AccessDeniedException.class, "access denied"),
          Map.entry(FileAlreadyExistsException.class, "already exists"),
          Map.entry(DirectoryNotEmptyException.class, "directory not empty"),
          Map.entry(NotDirectoryException.class, "not a directory"),
          Map.entry(NotLinkException.class, "not a symbolic link"),
          Map.entry(FileSystemLoopException.class, "symbolic link loop"));

  private static final Pattern LIBRARY_HINT = Pattern.compile(" To resume, call .*? row\\(s\\)\\.");

  private Errors() {}

  static int report(Exception e, Session session) {
    session.clearProgress();
    int code = exitCode(e);
    if (e instanceof StdoutClosedException) {
      return code; // `| head` had enough: like Unix tools, stop without a word
    }
    session.message("backlinks: " + message(e));
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
      return "Invalid "
          + option(invalid.parameter())
          + ": "
          + (invalid.value() == null ? "missing" : "'" + invalid.value() + "'")
          + "; allowed: "
          + invalid.allowed();
    }
    if (e instanceof UsageException || e instanceof CommandFailedException) {
      return e.getMessage();
    }
    if (e instanceof BacklinksApiException api) {
      return "API error: " + api.getMessage();
    }
    if (e instanceof StreamResumeException) {
      // The CLI's own resume hint follows: drop the library's ("call rawBacklinks(...)").
      return LIBRARY_HINT.matcher(e.getMessage()).replaceFirst("");
    }
    if (e instanceof BacklinksException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException unchecked) {
      // Wrapped without a message of its own, its message is the cause's toString().
      boolean bare =
          unchecked.getMessage() == null
              || unchecked.getMessage().equals(unchecked.getCause().toString());
      return "I/O error: " + (bare ? ioMessage(unchecked.getCause()) : unchecked.getMessage());
    }
    if (e instanceof IOException io) {
      return "I/O error: " + ioMessage(io);
    }
    return "unexpected error: " + e;
  }

  /**
   * An I/O failure with its reason: java.nio.file's exceptions carry the file but often no reason
   * ({@code NoSuchFileException}'s message is the bare path), so their type names it.
   */
  static String ioMessage(IOException e) {
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      return reason(e);
    }
    String files =
        fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
    return files + ": " + reason(e);
  }

  /** Why an I/O operation failed, without the file, for messages that name it themselves. */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fs) {
      return fs.getReason() != null ? fs.getReason() : typeReason(fs);
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static String typeReason(FileSystemException e) {
    for (Map.Entry<Class<? extends FileSystemException>, String> reason : REASONS) {
      if (reason.getKey().isInstance(e)) {
        return reason.getValue();
      }
    }
    return "file system error";
  }

  /** The option for an API parameter name: {@code order_by} is {@code --order-by}. */
  static String option(String parameter) {
    return "--" + parameter.replace('_', '-');
  }
}
