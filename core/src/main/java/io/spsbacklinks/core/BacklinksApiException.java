package io.spsbacklinks.core;

/**
 * The API answered with an error status (or a 200 carrying an error document). Subclasses name the
 * documented statuses.
 */
public class BacklinksApiException extends RequestException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String apiMessage;

  /**
   * Creates the exception.
   *
   * @param status HTTP status (or the error code of a 200 error document)
   * @param command the API command, e.g. {@code get-backlinks}
   * @param target the target of the request, null when none or several
   * @param apiMessage the API's message from the body, null when there was none
   */
  public BacklinksApiException(int status, String command, String target, String apiMessage) {
    this(status, command, target, apiMessage, null);
  }

  /** For subclasses that explain the status: {@code hint} ends the message, null for none. */
  BacklinksApiException(int status, String command, String target, String apiMessage, String hint) {
    super(
        command,
        target,
        " failed: HTTP "
            + status
            + (apiMessage == null || apiMessage.isEmpty() ? "" : ": " + apiMessage)
            + (hint == null ? "" : " (" + hint + ")"),
        null);
    this.status = status;
    this.apiMessage = apiMessage;
  }

  /** The HTTP status, or the code of an error document. */
  public int status() {
    return status;
  }

  /** The message the API put in the body; null when it sent none. */
  public String apiMessage() {
    return apiMessage;
  }

  /** Whether the client retries this status: 429, 500, 502, 503 and 504. */
  public boolean isRetryable() {
    return isRetryable(status);
  }

  static boolean isRetryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }
}
