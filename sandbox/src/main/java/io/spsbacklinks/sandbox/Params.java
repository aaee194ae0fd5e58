package io.spsbacklinks.sandbox;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A command's parameters, from the query string (GET) or the JSON body (POST), validated as the
 * document says: an empty value counts as not given, a value outside its enum or range is
 * "Parameter X is invalid." On POST only the body counts: parameters sent in the query string
 * instead are not seen, as they would not be by the API.
 */
final class Params {
  static final int MAX_TARGETS = 100;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private final Map<String, List<String>> query;
  private final Map<String, Object> body;

  private Params(Map<String, List<String>> query, Map<String, Object> body) {
    this.query = query;
    this.body = body;
  }

  static Params ofQuery(Map<String, List<String>> query) {
    return new Params(query, null);
  }

  static Params ofBody(String json) {
    Object tree;
    try {
      tree = JsonTree.parse(json);
    } catch (IOException e) {
      throw ApiError.invalidParameters();
    }
    if (!(tree instanceof Map)) {
      throw ApiError.invalidParameters();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) tree;
    return new Params(null, map);
  }

  /** A single-valued string parameter, or null when absent or empty. */
  String string(String name) {
    if (body != null) {
      Object value = body.get(name);
      if (value == null) {
        return null;
      }
      if (!(value instanceof String)) {
        throw ApiError.invalid(name);
      }
      return ((String) value).isEmpty() ? null : (String) value;
    }
    List<String> values = query.get(name);
    if (values == null) {
      return null;
    }
    if (values.size() > 1) {
      throw ApiError.invalid(name);
    }
    return values.get(0).isEmpty() ? null : values.get(0);
  }

  /**
   * Whether the parameter is present at all, even empty (for {@code next}, which must not be sent
   * first).
   */
  boolean present(String name) {
    return body != null ? body.containsKey(name) : query.containsKey(name);
  }

  /** The single target of a non-batch command, parsed. */
  TargetRef target() {
    if (body != null && body.get("target") instanceof List) {
      throw ApiError.invalid("target");
    }
    String value = string("target");
    if (value == null) {
      throw ApiError.missing("target");
    }
    return parseTarget(value);
  }

  /**
   * The targets of a batch command: repeated in the query, or a string or array in the body;
   * 1..100.
   */
  List<String> targets() {
    List<String> values = new ArrayList<>();
    if (body != null) {
      Object value = body.get("target");
      if (value instanceof List) {
        for (Object item : (List<?>) value) {
          if (!(item instanceof String)) {
            throw ApiError.invalid("target");
          }
          values.add((String) item);
        }
      } else if (value instanceof String) {
        values.add((String) value);
      } else if (value != null) {
        throw ApiError.invalid("target");
      }
    } else {
      values.addAll(query.getOrDefault("target", List.of()));
    }
    values.removeIf(String::isEmpty);
    if (values.isEmpty()) {
      throw ApiError.missing("target");
    }
    if (values.size() > MAX_TARGETS) {
      throw ApiError.invalid("target");
    }
    values.forEach(Params::parseTarget);
    return values;
  }

  static TargetRef parseTarget(String value) {
    TargetRef target = TargetRef.parse(value);
    if (target == null) {
      throw ApiError.invalid("target");
    }
    return target;
  }

  Mode mode() {
    String value = string("mode");
    if (value == null) {
      return Mode.HOST;
    }
    Mode mode = Mode.fromWire(value);
    if (mode == null) {
      throw ApiError.invalid("mode");
    }
    return mode;
  }

  /** An integer within [min, max], or {@code fallback} when absent or empty. */
  int integer(String name, int fallback, int min, int max) {
    long value;
    if (body != null && body.get(name) instanceof Long) {
      value = (Long) body.get(name);
    } else {
      String text = string(name);
      if (text == null) {
        return fallback;
      }
      if (!DIGITS.matcher(text).matches()) {
        throw ApiError.invalid(name);
      }
      value = Long.parseLong(text);
    }
    if (value < min || value > max) {
      throw ApiError.invalid(name);
    }
    return (int) value;
  }

  /** One of {@code allowed}, or {@code fallback} when absent or empty. */
  String oneOf(String name, String fallback, String... allowed) {
    String value = string(name);
    if (value == null) {
      return fallback;
    }
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw ApiError.invalid(name);
  }

  /** A YYYY-MM-DD date, or {@code fallback} when absent or empty. */
  LocalDate date(String name, LocalDate fallback) {
    String value = string(name);
    if (value == null) {
      return fallback;
    }
    if (!DATE.matcher(value).matches()) {
      throw ApiError.invalid(name);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiError.invalid(name);
    }
  }
}
