package io.spsbacklinks.core;

import io.spsbacklinks.core.model.InlinkRank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The flat fields of one item (JSON object, XML element or CSV row) with typed accessors. A value
 * of the wrong shape is a {@link MalformedResponseException}.
 */
final class Row {
  private static final DateTimeFormatter API_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private final Map<String, String> fields;
  private final String command;
  private final String target;

  Row(Map<String, String> fields, String command, String target) {
    this.fields = fields;
    this.command = command;
    this.target = target;
  }

  boolean has(String name) {
    return fields.get(name) != null;
  }

  /** The value as sent; null when absent or null. */
  String text(String name) {
    return fields.get(name);
  }

  /** Like {@link #text} but an empty value is null too. */
  String optionalText(String name) {
    String value = fields.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  String requiredText(String name) {
    String value = fields.get(name);
    if (value == null) {
      throw malformed("field '" + name + "' is missing");
    }
    return value;
  }

  long count(String name) {
    String value = requiredText(name).trim();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      try {
        return new BigDecimal(value).longValueExact(); // e.g. 20.0 or 2E1
      } catch (NumberFormatException | ArithmeticException notWhole) {
        throw malformed("field '" + name + "' is not a whole number: '" + value + "'");
      }
    }
  }

  /** Absent means false. */
  boolean flag(String name) {
    String value = optionalText(name);
    if (value == null) {
      return false;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw malformed("field '" + name + "' is not a boolean: '" + value + "'");
    }
  }

  /** Absent or empty means unknown, like the API's -1. */
  InlinkRank rank(String name) {
    String value = optionalText(name);
    if (value == null) {
      return InlinkRank.UNKNOWN;
    }
    try {
      return InlinkRank.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw malformed("field '" + name + "' is not an integer: '" + value + "'");
    }
  }

  /** {@code YYYY-MM-DD}; absent or empty means null. */
  LocalDate date(String name) {
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw malformed("field '" + name + "' is not a YYYY-MM-DD date: '" + value + "'");
    }
  }

  /** {@code YYYY-MM-DD HH:MM:SS} (ISO {@code T} accepted); absent or empty means null. */
  LocalDateTime dateTime(String name) {
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim().replace('T', ' '), API_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw malformed("field '" + name + "' is not a YYYY-MM-DD HH:MM:SS date-time: '"
          + value + "'");
    }
  }

  private MalformedResponseException malformed(String detail) {
    return new MalformedResponseException(command, target, detail, null);
  }
}
