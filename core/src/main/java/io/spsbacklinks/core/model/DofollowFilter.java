package io.spsbacklinks.core.model;

/** Filter on dofollow or nofollow links (unset: any). Request parameter {@code dofollow}. */
public enum DofollowFilter implements WireValues.Wire {
  /** Wire value {@code dofollow}. */
  DOFOLLOW("dofollow"),
  /** Wire value {@code nofollow}. */
  NOFOLLOW("nofollow"),
  /** Wire value {@code undefined}. */
  UNDEFINED("undefined");

  private final String wireValue;

  DofollowFilter(String wireValue) {
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
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code dofollow} and the allowed
   *     values
   */
  public static DofollowFilter parse(String value) {
    return WireValues.parse(DofollowFilter.class, "dofollow", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(DofollowFilter.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
