package io.spsbacklinks.core.model;

/**
 * Sort order of get-new-lost-refdomains (API default: new_lost_date). Request parameter {@code
 * order_by}.
 */
public enum NewLostRefdomainsOrder implements WireValues.Wire {
  /** Wire value {@code new_lost_date}. */
  NEW_LOST_DATE("new_lost_date"),
  /** Wire value {@code domain_inlink_rank}. */
  DOMAIN_INLINK_RANK("domain_inlink_rank");

  private final String wireValue;

  NewLostRefdomainsOrder(String wireValue) {
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
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code order_by} and the allowed
   *     values
   */
  public static NewLostRefdomainsOrder parse(String value) {
    return WireValues.parse(NewLostRefdomainsOrder.class, "order_by", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(NewLostRefdomainsOrder.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
