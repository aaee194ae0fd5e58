package io.spsbacklinks.core;

/**
 * 244: results for huge websites (google.com, twitter.com, ...) are unavailable via the API.
 * Although 2xx, this is an error: no data was returned.
 */
public class TargetTooLargeException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public TargetTooLargeException(String command, String target, String apiMessage) {
    super(244, command, target, apiMessage);
  }
}
