package io.spsbacklinks.core;

/** 500: unexpected error on the API side. */
public class InternalServerException extends ServerException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InternalServerException(String command, String target, String apiMessage) {
    super(500, command, target, apiMessage);
  }
}
