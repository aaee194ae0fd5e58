package io.spsbacklinks.core;

import java.io.EOFException;
import java.io.IOException;

/**
 * Internal signal of a body that is not the expected document, raised where command and target are
 * unknown; the client turns it into {@link MalformedResponseException}. Being an IOException lets
 * it travel through the readers' I/O paths.
 */
final class MalformedDocumentException extends IOException {
  private static final long serialVersionUID = 1L;

  private final boolean truncated;

  MalformedDocumentException(String message, Throwable cause) {
    this(message, cause, false);
  }

  private MalformedDocumentException(String message, Throwable cause, boolean truncated) {
    super(message, cause);
    this.truncated = truncated;
  }

  /** A document that ends early: what a connection dropped by the server leaves. */
  static MalformedDocumentException truncated(String message, Throwable cause) {
    return new MalformedDocumentException(message, cause, true);
  }

  /**
   * Whether {@code failure} or a cause of it is a body that ended early (worth requesting again),
   * rather than a complete body that is invalid (which would fail the same way again).
   */
  static boolean isTruncation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MalformedDocumentException m && m.truncated || t instanceof EOFException) {
        return true;
      }
    }
    return false;
  }
}
