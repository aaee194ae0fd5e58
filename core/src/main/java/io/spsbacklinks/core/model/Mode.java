package io.spsbacklinks.core.model;

/**
 * Scope of the analysis: the whole domain with subdomains, one host, or one exact URL (API default:
 * host). Request parameter {@code mode}.
 */
public enum Mode implements WireValues.Wire {
  /** Wire value {@code domain}. */
  DOMAIN("domain"),
  /** Wire value {@code host}. */
  HOST("host"),
  /** Wire value {@code url}. */
  URL("url");

  private final String wireValue;

  Mode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value sent to the API. */
  @Override
  public String wireValue() {
    return wireValue;
  }

  /**
   * Parses a wire value (case-insensitive; the constant name is accepted too).
   *
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code mode} and the allowed
   *     values
   */
  public static Mode parse(String value) {
    return WireValues.parse(Mode.class, "mode", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(Mode.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
