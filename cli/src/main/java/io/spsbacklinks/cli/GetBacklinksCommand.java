package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.core.BacklinksQuery;
import io.spsbacklinks.core.model.BacklinksOrder;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-backlinks. */
@Command(
    name = "backlinks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Top or newest backlinks (get-backlinks).",
    description = "Top or newest backlinks of a target (get-backlinks; 1 unit per row).")
final class GetBacklinksCommand extends ApiCommand {
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

  @Option(
      names = "--per-domain",
      paramLabel = "N",
      order = 5,
      description = "At most N backlinks per referring domain, 1..100 (default: all).")
  Integer perDomain;

  @Override
  public Integer call() throws IOException {
    BacklinksQuery query =
        BacklinksQuery.builder(target.target)
            .mode(target.mode)
            .limit(limit)
            .orderBy(orderBy)
            .perDomain(perDomain)
            .build();
    return stream(client().getBacklinks(query), Layouts.BACKLINK, "backlinks");
  }
}
