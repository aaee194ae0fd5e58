package io.spsbacklinks.sandbox;

import java.util.Locale;

/** The API's mode parameter. */
enum Mode {
  DOMAIN,
  HOST,
  URL;

  final String wire = name().toLowerCase(Locale.ROOT);

  /** The mode named {@code value}, or null when it is none of "domain", "host", "url". */
  static Mode fromWire(String value) {
    for (Mode mode : values()) {
      if (mode.wire.equals(value)) {
        return mode;
      }
    }
    return null;
  }
}
