package io.spsbacklinks.core;

/** 404: the requested resource could not be found. */
public class NotFoundException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public NotFoundException(String command, String target, String apiMessage) {
    super(404, command, target, apiMessage);
  }
}
