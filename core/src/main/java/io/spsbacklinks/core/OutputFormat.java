package io.spsbacklinks.core;

/** The API's {@code output} parameter: the format of response bodies. */
public enum OutputFormat {
  /** {@code json}, the API default. */
  JSON("json"),
  /** {@code xml}. */
  XML("xml");

  private final String wireValue;

  OutputFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value sent as {@code output}. */
  public String wireValue() {
    return wireValue;
  }
}
