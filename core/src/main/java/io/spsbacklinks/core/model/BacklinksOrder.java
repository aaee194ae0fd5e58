package io.spsbacklinks.core.model;

/**
 * Sort order of get-backlinks and get-refdomains (API default: date_found). Request parameter
 * {@code order_by}.
 */
public enum BacklinksOrder implements WireValues.Wire {
  /** Wire value {@code date_found}. */
  DATE_FOUND("date_found"),
  /** Wire value {@code domain_inlink_rank}. */
  DOMAIN_INLINK_RANK("domain_inlink_rank"),
  /** Wire value {@code inlink_rank}. */
  INLINK_RANK("inlink_rank");

  private final String wireValue;

  BacklinksOrder(String wireValue) {
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
  public static BacklinksOrder parse(String value) {
    return WireValues.parse(BacklinksOrder.class, "order_by", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(BacklinksOrder.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
