package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.core.model.Mode;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-metrics for any number of targets. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = TargetList.SYNOPSIS_START + "metrics" + TargetList.SYNOPSIS_END,
    header = "Backlink metrics of targets (get-metrics).",
    description =
        "Key statistics of targets: backlinks, referring domains, subnets, IPs, "
            + "dofollow/nofollow, .edu/.gov (get-metrics; 30 units per target).")
final class MetricsCommand extends ApiCommand {
  @Mixin TargetList targets;

  @Option(
      names = {"-m", "--mode"},
      paramLabel = "domain|host|url",
      order = 3,
      description = "domain (with subdomains), host or url (default: the API's, host).")
  Mode mode;

  @Override
  public Integer call() throws IOException {
    return printBatches(targets, batch -> client().getMetrics(batch, mode), Layouts.METRICS);
  }
}
