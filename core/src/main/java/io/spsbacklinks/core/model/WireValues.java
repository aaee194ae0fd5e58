package io.spsbacklinks.core.model;

import io.spsbacklinks.core.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Shared lookup for request enums: wire values are matched case-insensitively. */
final class WireValues {
  private WireValues() {}

  /** Implemented by every request enum so one parser serves them all. */
  interface Wire {
    String wireValue();
  }

  static <E extends Enum<E> & Wire> E parse(Class<E> type, String parameter, String value) {
    if (value != null) {
      String wanted = value.trim().toLowerCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.wireValue().equals(wanted)
            || constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
          return constant;
        }
      }
    }
    throw new InvalidParameterException(parameter, value, allowed(type));
  }

  static <E extends Enum<E> & Wire> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Wire::wireValue)
        .collect(Collectors.joining(", "));
  }
}
