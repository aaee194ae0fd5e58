package io.spsbacklinks.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stdout and stderr are terminals: stdout decides the default {@code --format} (table for a
 * person, JSON for a pipe), stderr whether progress is drawn.
 *
 * @param stdout stdout is a terminal
 * @param stderr stderr is a terminal
 */
public record Terminal(boolean stdout, boolean stderr) {
  /** Neither stream is a terminal: the case of pipes, files, CI logs and tests. */
  public static final Terminal NONE = new Terminal(false, false);

  /** Looks at the streams of this process. */
  public static Terminal detect() {
    // Linux says exactly which file each descriptor is; elsewhere fall back to the JDK's console.
    Path fds = Path.of("/proc/self/fd");
    if (Files.isDirectory(fds)) {
      return new Terminal(isTty(fds.resolve("1")), isTty(fds.resolve("2")));
    }
    boolean console = consoleIsTerminal();
    return new Terminal(console, console);
  }

  private static boolean isTty(Path fd) {
    try {
      String file = Files.readSymbolicLink(fd).toString();
      return file.startsWith("/dev/pts/") || file.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is non-null even when redirected; isTerminal() tells the truth.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17..21: a non-null console means an interactive terminal
    }
  }
}
