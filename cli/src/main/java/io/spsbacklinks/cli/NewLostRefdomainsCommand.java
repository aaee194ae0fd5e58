package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.core.NewLostRefdomainsQuery;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-new-lost-refdomains. */
@Command(
    name = "new-lost-refdomains",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Referring domains gained or lost (get-new-lost-refdomains).",
    description =
        "Referring domains gained or lost in a date range (get-new-lost-refdomains; "
            + "1 unit per row).")
final class NewLostRefdomainsCommand extends ApiCommand {
  @Mixin TargetOptions target;
  @Mixin NewLostOptions window;

  @Option(
      names = "--order-by",
      paramLabel = "new_lost_date|domain_inlink_rank",
      order = 14,
      description = "Sort order (default: the API's, new_lost_date).")
  NewLostRefdomainsOrder orderBy;

  @Override
  public Integer call() throws IOException {
    NewLostRefdomainsQuery query =
        NewLostRefdomainsQuery.builder(target.target)
            .mode(target.mode)
            .newLostType(window.newLostType)
            .dateFrom(window.dateFrom)
            .dateTo(window.dateTo)
            .orderBy(orderBy)
            .limit(window.limit)
            .build();
    return stream(
        client().getNewLostRefdomains(query), Layouts.NEW_LOST_REFDOMAIN, "new-lost-refdomains");
  }
}
