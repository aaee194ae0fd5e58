package io.spsbacklinks.core.model;

/** Filter on new or lost links (unset: both). Request parameter {@code new_lost_type}. */
public enum NewLostType implements WireValues.Wire {
  /** Wire value {@code new}. */
  NEW("new"),
  /** Wire value {@code lost}. */
  LOST("lost");

  private final String wireValue;

  NewLostType(String wireValue) {
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
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code new_lost_type} and the
   *     allowed values
   */
  public static NewLostType parse(String value) {
    return WireValues.parse(NewLostType.class, "new_lost_type", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(NewLostType.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
