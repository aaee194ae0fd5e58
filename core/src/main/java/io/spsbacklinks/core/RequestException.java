package io.spsbacklinks.core;

/**
 * What the exceptions about one request share: its command and target, and messages that start
 * with them.
 */
abstract class RequestException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String command;
  private final String target;

  /** The message is the command, the target if any, then {@code rest} (free of secrets). */
  RequestException(String command, String target, String rest, Throwable cause) {
    super(command + (target == null ? "" : " (target " + target + ")") + rest, cause);
    this.command = command;
    this.target = target;
  }

  /** The API command of the request, e.g. {@code get-backlinks}. */
  public String command() {
    return command;
  }

  /** The target of the request; null when it had none or several. */
  public String target() {
    return target;
  }
}
