package io.spsbacklinks.cli;

import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options both new/lost commands share. */
final class NewLostOptions {
  @Option(
      names = "--new-lost-type",
      paramLabel = "new|lost",
      order = 5,
      description = "Only new or only lost (default: both).")
  NewLostType newLostType;

  @Option(
      names = "--date-from",
      paramLabel = "YYYY-MM-DD",
      order = 6,
      description = "First day, inclusive (default: the API's, yesterday).")
  LocalDate dateFrom;

  @Option(
      names = "--date-to",
      paramLabel = "YYYY-MM-DD",
      order = 7,
      description = "Last day, inclusive (default: the API's, today).")
  LocalDate dateTo;

  @Option(
      names = "--limit",
      paramLabel = "N",
      order = 8,
      description = "Rows to return, 1..10000 (default: the API's, 1000).")
  Integer limit;
}
