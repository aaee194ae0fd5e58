package io.spsbacklinks.core.model;

/** Filter on text or image links (unset: any). Request parameter {@code anchor_type}. */
public enum AnchorType implements WireValues.Wire {
  /** Wire value {@code text}. */
  TEXT("text"),
  /** Wire value {@code image}. */
  IMAGE("image"),
  /** Wire value {@code undefined}. */
  UNDEFINED("undefined");

  private final String wireValue;

  AnchorType(String wireValue) {
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
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code anchor_type} and the
   *     allowed values
   */
  public static AnchorType parse(String value) {
    return WireValues.parse(AnchorType.class, "anchor_type", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(AnchorType.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
