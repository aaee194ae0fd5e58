package io.spsbacklinks.core;

import java.io.IOException;

/**
 * Internal signal of a body that is not the expected document, raised where command and target
 * are unknown; the client turns it into {@link MalformedResponseException}. Being an
 * IOException lets it travel through the readers' I/O paths.
 */
final class MalformedDocumentException extends IOException {
  private static final long serialVersionUID = 1L;

  MalformedDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
