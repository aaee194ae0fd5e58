package io.spsbacklinks.core;

/**
 * A request failed: the base to catch for any failure of one API command (an error status, an
 * unusable body, a network failure or timeout), with its command and target; messages start with
 * them. {@link #attempts()} says how often it was sent.
 */
public abstract class RequestException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String command;
  private final String target;

  /**
   * The message is the command, the target if any, then {@code rest} (free of secrets).
   *
   * @param command the API command
   * @param target the target, null when none or several
   * @param rest the rest of the message
   * @param cause the cause, or null
   */
  protected RequestException(String command, String target, String rest, Throwable cause) {
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
