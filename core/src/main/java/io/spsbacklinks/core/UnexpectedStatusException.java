package io.spsbacklinks.core;

/** A status the API document does not list. */
public class UnexpectedStatusException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UnexpectedStatusException(int status, String command, String target, String apiMessage) {
    super(status, command, target, apiMessage);
  }
}
