package io.spsbacklinks.cli;

/**
 * The command line is incomplete or inconsistent in a way picocli cannot see (a missing API key,
 * options that exclude each other). Exit code 2; nothing was sent.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
