package io.spsbacklinks.core;

import java.io.IOException;

/**
 * A network failure or timeout, after retries when it happened before the body. A list body that
 * breaks off while it streams is not requested again, except in a get-raw-backlinks walk and an
 * export download, which end with the subclass {@link StreamResumeException} once their retries are
 * exhausted.
 */
public class BacklinksIoException extends RequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the cause's messages must already be free of secrets. */
  public BacklinksIoException(String command, String target, IOException cause) {
    this(command, target, "I/O failure: " + cause, cause);
  }

  /** For subclasses that say more than the cause: {@code detail} follows command and target. */
  BacklinksIoException(String command, String target, String detail, Throwable cause) {
    super(command, target, ": " + detail, cause);
  }
}
