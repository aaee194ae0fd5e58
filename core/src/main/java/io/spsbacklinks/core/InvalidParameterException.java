package io.spsbacklinks.core;

/** A request parameter was rejected by the client before any request was sent. */
public class InvalidParameterException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;
  private final String allowed;

  /**
   * Creates the exception.
   *
   * @param parameter the API name of the parameter, e.g. {@code mode}
   * @param value the rejected value, null when absent (or secret)
   * @param allowed what would be accepted, e.g. {@code domain, host, url} or {@code 1..10000}
   */
  public InvalidParameterException(String parameter, String value, String allowed) {
    super(message(parameter, value, allowed), null);
    this.parameter = parameter;
    this.value = value;
    this.allowed = allowed;
  }

  private static String message(String parameter, String value, String allowed) {
    String given = value == null ? "missing" : "invalid: '" + value + "'";
    return "Parameter " + parameter + " is " + given + "; allowed: " + allowed;
  }

  /** The API name of the parameter. */
  public String parameter() {
    return parameter;
  }

  /** The rejected value, or null when it was missing. */
  public String value() {
    return value;
  }

  /** A description of the accepted values. */
  public String allowed() {
    return allowed;
  }
}
