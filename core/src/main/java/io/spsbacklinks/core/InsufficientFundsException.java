package io.spsbacklinks.core;

/** 402: insufficient funds; the API key is disabled until a payment is made. */
public class InsufficientFundsException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InsufficientFundsException(String command, String target, String apiMessage) {
    super(402, command, target, apiMessage);
  }
}
