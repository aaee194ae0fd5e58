package io.spsbacklinks.core;

/**
 * The API answered 200 with a body that is not the expected document: an HTML page, truncated or
 * invalid JSON/XML/CSV, a missing required field.
 */
public class MalformedResponseException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String command;
  private final String target;

  /** Creates the exception. */
  public MalformedResponseException(String command, String target, String detail, Throwable cause) {
    super(command + (target == null ? "" : " (target " + target + ")")
        + ": malformed response: " + detail, cause);
    this.command = command;
    this.target = target;
  }

  /** The API command whose response was malformed. */
  public String command() {
    return command;
  }

  /** The target of the request, null when none or several. */
  public String target() {
    return target;
  }
}
