package io.spsbacklinks.core;

/** 503: the system is busy. */
public class ServiceUnavailableException extends ServerException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ServiceUnavailableException(String command, String target, String apiMessage) {
    super(503, command, target, apiMessage);
  }
}
