package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** get-inlink-rank for any number of URLs. */
@Command(
    name = "inlink-rank",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = TargetList.SYNOPSIS_START + "inlink-rank" + TargetList.SYNOPSIS_END,
    header = "InLink Rank of pages (get-inlink-rank).",
    description =
        "InLink Rank and Domain InLink Rank of pages (get-inlink-rank; 30 units per "
            + "target). -1 from the API means unknown.")
final class InlinkRankCommand extends ApiCommand {
  @Mixin TargetList targets;

  @Override
  public Integer call() throws IOException {
    return printBatches(targets, batch -> client().getInlinkRank(batch), Layouts.INLINK_RANK);
  }
}
