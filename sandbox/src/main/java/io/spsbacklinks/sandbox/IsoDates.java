package io.spsbacklinks.sandbox;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code YYYY-MM-DD} texts of dates, made once per day: a page of rows writes two dates per row
 * from a few thousand distinct days, and formatting each afresh was a tenth of the sandbox's time.
 */
final class IsoDates {
  /** Days cached: 1970-01-01 to 2079-12-31, beyond which dates are formatted each time. */
  private static final int DAYS = (int) LocalDate.of(2080, 1, 1).toEpochDay();

  private static final AtomicReferenceArray<String> TEXTS = new AtomicReferenceArray<>(DAYS);

  private IsoDates() {}

  /** The same text as {@link LocalDate#toString()}. */
  static String of(LocalDate date) {
    return of((int) date.toEpochDay());
  }

  /** The same text as {@code LocalDate.ofEpochDay(epochDay).toString()}. */
  static String of(int epochDay) {
    if (epochDay < 0 || epochDay >= DAYS) {
      return LocalDate.ofEpochDay(epochDay).toString();
    }
    String text = TEXTS.getPlain(epochDay);
    if (text == null) {
      text = LocalDate.ofEpochDay(epochDay).toString();
      TEXTS.setPlain(epochDay, text);
    }
    return text;
  }
}
