package io.spsbacklinks.core;

import java.io.IOException;

/** A network failure or timeout (after retries, when the failure happened before the body). */
public class BacklinksIoException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String command;
  private final String target;

  /** Creates the exception; the cause's messages must already be free of secrets. */
  public BacklinksIoException(String command, String target, IOException cause) {
    super(command + (target == null ? "" : " (target " + target + ")") + ": I/O failure: "
        + cause, cause);
    this.command = command;
    this.target = target;
  }

  /** The API command that failed. */
  public String command() {
    return command;
  }

  /** The target of the request, null when none or several. */
  public String target() {
    return target;
  }
}
