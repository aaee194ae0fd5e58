package io.spsbacklinks.core;

/** 406: unsupported output format. */
public class NotAcceptableException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public NotAcceptableException(String command, String target, String apiMessage) {
    super(406, command, target, apiMessage);
  }
}
