package io.spsbacklinks.core;

/**
 * The API answered 200 with a body that is not the expected document: an HTML page, truncated or
 * invalid JSON/XML/CSV, a missing required field.
 */
public class MalformedResponseException extends RequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MalformedResponseException(String command, String target, String detail, Throwable cause) {
    super(command, target, ": malformed response: " + detail, cause);
  }
}
