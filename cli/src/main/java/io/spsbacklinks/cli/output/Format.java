package io.spsbacklinks.cli.output;

import java.util.Locale;

/** How rows are printed on stdout: {@code --format table|json|jsonl|csv}. */
public enum Format {
  /** Aligned columns for a person; InLink Rank -1 shows as "unknown". */
  TABLE,
  /** One JSON array of row objects (one object per row of the API response), written as rows arrive. */
  JSON,
  /** One JSON object per line. */
  JSONL,
  /** RFC 4180 CSV with a header row of the API's field names. */
  CSV;

  /** The spelling users type. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value();
  }
}
