package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.core.RefdomainsQuery;
import io.spsbacklinks.core.model.BacklinksOrder;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-refdomains. */
@Command(
    name = "refdomains",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Referring domains (get-refdomains).",
    description = "Referring domains of a target (get-refdomains; 1 unit per row).")
final class RefdomainsCommand extends ApiCommand {
  @Mixin TargetOptions target;

  @Option(
      names = "--limit",
      paramLabel = "N",
      order = 3,
      description = "Rows to return, 1..10000 (default: the API's, 100).")
  Integer limit;

  @Option(
      names = "--order-by",
      paramLabel = "date_found|domain_inlink_rank|inlink_rank",
      order = 4,
      description = "Sort order (default: the API's, date_found).")
  BacklinksOrder orderBy;

  @Override
  public Integer call() throws IOException {
    RefdomainsQuery query =
        RefdomainsQuery.builder(target.target)
            .mode(target.mode)
            .limit(limit)
            .orderBy(orderBy)
            .build();
    return stream(client().getRefdomains(query), Layouts.REFDOMAIN, "refdomains");
  }
}
