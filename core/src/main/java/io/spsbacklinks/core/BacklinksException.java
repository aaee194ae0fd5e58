package io.spsbacklinks.core;

/** Base of every exception of this client. Unchecked; messages never contain the API key. */
public class BacklinksException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private int attempts = 1;

  /** Creates an exception with a message (already free of secrets) and an optional cause. */
  public BacklinksException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * How many HTTP attempts were made before this exception was thrown (1 when nothing was retried).
   * Failures of earlier attempts are attached as {@linkplain #getSuppressed() suppressed}
   * exceptions.
   */
  public int attempts() {
    return attempts;
  }

  void attempts(int attempts) {
    this.attempts = attempts;
  }
}
