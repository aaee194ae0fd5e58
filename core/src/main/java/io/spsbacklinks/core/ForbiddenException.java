package io.spsbacklinks.core;

/** 403: access is forbidden for this API key. */
public class ForbiddenException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ForbiddenException(String command, String target, String apiMessage) {
    super(403, command, target, apiMessage);
  }
}
