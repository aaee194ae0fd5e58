package io.spsbacklinks.core.model;

/**
 * Filter on how the link was found: an href attribute or a redirect (unset: both). Request
 * parameter {@code link_type}.
 */
public enum LinkType implements WireValues.Wire {
  /** Wire value {@code href}. */
  HREF("href"),
  /** Wire value {@code redirect}. */
  REDIRECT("redirect");

  private final String wireValue;

  LinkType(String wireValue) {
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
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code link_type} and the allowed
   *     values
   */
  public static LinkType parse(String value) {
    return WireValues.parse(LinkType.class, "link_type", value);
  }

  /** The allowed wire values, comma separated, for help texts and error messages. */
  public static String allowedValues() {
    return WireValues.allowed(LinkType.class);
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
