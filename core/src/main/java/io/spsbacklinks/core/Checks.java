package io.spsbacklinks.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Client-side validation shared by queries and the client: fails before any request. */
final class Checks {
  static final int LIST_LIMIT_MAX = 10_000;
  static final int RAW_LIMIT_MAX = 100_000;
  static final int PER_DOMAIN_MAX = 100;

  private Checks() {}

  static String target(String target) {
    if (target == null || target.isBlank()) {
      throw new InvalidParameterException("target", target, "a non-blank root domain, host or URL");
    }
    // A domain, host or URL never holds white space or control characters; the API would only
    // answer 400 after the request was spent.
    if (target.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new InvalidParameterException(
          "target", target, "a root domain, host or URL without spaces or control characters");
    }
    return target;
  }

  /** What every list query checks: a target, and a {@code limit} within [1; maxLimit]. */
  static void query(String target, Integer limit, int maxLimit) {
    target(target);
    range("limit", limit, 1, maxLimit);
  }

  /** What the new/lost queries check: target, then the date range, then {@code limit}. */
  static void query(String target, LocalDate dateFrom, LocalDate dateTo, Integer limit) {
    target(target);
    dateOrder(dateFrom, dateTo);
    range("limit", limit, 1, LIST_LIMIT_MAX);
  }

  static Integer range(String parameter, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidParameterException(parameter, value.toString(), min + ".." + max);
    }
    return value;
  }

  static void dateOrder(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidParameterException(
          "date_from", from.toString(), "a date not after date_to (" + to + ")");
    }
  }

  static LocalDate date(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(parameter, value, "a date in YYYY-MM-DD format");
    }
  }

  /** Ordered wire parameters; null values are left out so the API applies its defaults. */
  static final class Params {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** A query's parameters start with {@code target} and {@code mode}. */
    static Params query(String target, Object mode) {
      return new Params().put("target", target).put("mode", mode);
    }

    Params put(String name, Object value) {
      // Request enums print their wire value, dates print ISO YYYY-MM-DD.
      if (value != null) {
        values.put(name, value.toString());
      }
      return this;
    }

    Map<String, String> values() {
      return values;
    }
  }
}
