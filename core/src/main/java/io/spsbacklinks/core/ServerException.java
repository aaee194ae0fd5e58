package io.spsbacklinks.core;

/** A 5xx status; 502 and 504 surface as this class, 500 and 503 as subclasses. */
public class ServerException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ServerException(int status, String command, String target, String apiMessage) {
    super(status, command, target, apiMessage);
  }
}
