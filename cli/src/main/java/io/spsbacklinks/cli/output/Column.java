package io.spsbacklinks.cli.output;

import io.spsbacklinks.core.model.InlinkRank;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * One output column: the API's field name and how to read it from a row.
 *
 * <p>{@link #value} returns what JSON and CSV print: a String, Number, Boolean, LocalDate (printed
 * as the API's YYYY-MM-DD) or null, exactly as the API sends it (InLink Rank -1 stays -1). {@link
 * #display} is the table's text, counts with thousands separators.
 */
public record Column<T>(String name, Function<T, Object> value, Function<T, String> display) {

  /**
   * The API's datetime format ("2021-01-25 01:02:03"), kept so output can be fed back as it came.
   */
  private static final DateTimeFormatter API_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A column printed the same way in every format; dates and tolerant values print as text. */
  public static <T> Column<T> of(String name, Function<T, ?> getter) {
    Function<T, Object> value = row -> machineValue(getter.apply(row));
    return new Column<>(name, value, row -> displayText(value.apply(row)));
  }

  /** An InLink Rank column: the API's raw number in JSON/CSV, "unknown" for -1 in a table. */
  public static <T> Column<T> rank(String name, Function<T, InlinkRank> getter) {
    return new Column<>(
        name,
        row -> {
          InlinkRank rank = getter.apply(row);
          return rank == null ? null : rank.raw();
        },
        row -> {
          InlinkRank rank = getter.apply(row);
          if (rank == null) {
            return "";
          }
          return rank.isKnown() ? Integer.toString(rank.raw()) : "unknown";
        });
  }

  private static Object machineValue(Object raw) {
    if (raw == null
        || raw instanceof String
        || raw instanceof Number
        || raw instanceof Boolean
        || raw instanceof LocalDate) { // writers print dates without a String per value
      return raw;
    }
    if (raw instanceof LocalDateTime dateTime) {
      return API_DATE_TIME.format(dateTime);
    }
    return raw.toString();
  }

  /**
   * Writes {@code date} as YYYY-MM-DD into {@code into} (10 chars) and returns 10; returns -1 for
   * years outside 0..9999, which the caller prints with {@link LocalDate#toString()}.
   */
  static int apiDate(LocalDate date, char[] into) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return -1;
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    into[0] = (char) ('0' + year / 1000);
    into[1] = (char) ('0' + year / 100 % 10);
    into[2] = (char) ('0' + year / 10 % 10);
    into[3] = (char) ('0' + year % 10);
    into[4] = '-';
    into[5] = (char) ('0' + month / 10);
    into[6] = (char) ('0' + month % 10);
    into[7] = '-';
    into[8] = (char) ('0' + day / 10);
    into[9] = (char) ('0' + day % 10);
    return 10;
  }

  /** Counts read better as 1,234,567 in a table; JSON and CSV keep the bare number. */
  private static String displayText(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return String.format(Locale.ROOT, "%,d", value);
    }
    return value == null ? "" : value.toString();
  }
}
