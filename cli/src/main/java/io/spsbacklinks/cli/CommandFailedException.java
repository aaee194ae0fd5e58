package io.spsbacklinks.cli;

/**
 * The API's answer cannot be used as the command needs it (say, a download location this client
 * refuses): exit code 3, the message says what the API answered and what to do.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
