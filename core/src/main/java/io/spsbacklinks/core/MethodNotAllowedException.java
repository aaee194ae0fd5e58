package io.spsbacklinks.core;

/** 405: the HTTP method is not supported by this resource. */
public class MethodNotAllowedException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MethodNotAllowedException(String command, String target, String apiMessage) {
    super(405, command, target, apiMessage);
  }
}
