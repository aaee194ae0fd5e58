package io.spsbacklinks.cli.output;

import java.util.Locale;

/** How rows are printed on stdout: {@code --format table|json|jsonl|csv}. */
public enum Format {
  /** Aligned columns for a person; InLink Rank -1 shows as "unknown". */
  TABLE,
  /**
   * One JSON array of row objects (one object per row of the API response), written as rows arrive.
   */
  JSON,
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header row of the API's field names. */
  CSV,
  /**
   * CSV for spreadsheets: texts from third-party pages that start with {@code = + - @} (or a tab or
   * carriage return) get a leading {@code '} so a spreadsheet shows them instead of running them as
   * formulas, and terminal control characters are dropped. Numbers stay numbers.
   */
  CSV_GUARDED;

  /** The spelling users type. */
  public String value() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return value();
  }
}
