package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import java.io.IOException;
import picocli.CommandLine.Command;

/** get-subscription-info. */
@Command(
    name = "subscription",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Key status and unit balance (get-subscription-info).",
    description = "Status, dates and unit balance of the API key (get-subscription-info; free).")
final class SubscriptionCommand extends ApiCommand {
  @Override
  public Integer call() throws IOException {
    return printOne(client().getSubscriptionInfo(), Layouts.SUBSCRIPTION);
  }
}
