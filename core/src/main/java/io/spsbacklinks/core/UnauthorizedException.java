package io.spsbacklinks.core;

/** 401: authentication failed; the API key is invalid or inactive. */
public class UnauthorizedException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UnauthorizedException(String command, String target, String apiMessage) {
    super(401, command, target, apiMessage);
  }
}
