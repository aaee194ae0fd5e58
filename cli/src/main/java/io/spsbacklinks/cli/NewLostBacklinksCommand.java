package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.core.NewLostBacklinksQuery;
import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.NewLostOrder;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-new-lost-backlinks. */
@Command(
    name = "new-lost-backlinks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Backlinks found or lost (get-new-lost-backlinks).",
    description =
        "Backlinks found or lost in a date range (get-new-lost-backlinks; 1 unit per row).")
final class NewLostBacklinksCommand extends ApiCommand {
  @Mixin TargetOptions target;
  @Mixin NewLostOptions window;

  @Option(
      names = "--link-type",
      paramLabel = "href|redirect",
      order = 10,
      description = "Only this link type (default: all).")
  LinkType linkType;

  @Option(
      names = "--anchor-type",
      paramLabel = "text|image|undefined",
      order = 11,
      description = "Only text or image links (default: all).")
  AnchorType anchorType;

  @Option(
      names = "--dofollow",
      paramLabel = "dofollow|nofollow|undefined",
      order = 12,
      description = "Only dofollow or nofollow links (default: all).")
  DofollowFilter dofollow;

  @Option(
      names = "--url-from",
      paramLabel = "URL",
      order = 13,
      description = "Only links from pages on this URL's domain and its subdomains.")
  String urlFrom;

  @Option(
      names = "--order-by",
      paramLabel = "new_lost_date|domain_inlink_rank|inlink_rank",
      order = 14,
      description = "Sort order (default: the API's, new_lost_date).")
  NewLostOrder orderBy;

  @Override
  public Integer call() throws IOException {
    NewLostBacklinksQuery query =
        NewLostBacklinksQuery.builder(target.target)
            .mode(target.mode)
            .newLostType(window.newLostType)
            .dateFrom(window.dateFrom)
            .dateTo(window.dateTo)
            .linkType(linkType)
            .anchorType(anchorType)
            .dofollow(dofollow)
            .urlFrom(urlFrom)
            .orderBy(orderBy)
            .limit(window.limit)
            .build();
    return stream(
        client().getNewLostBacklinks(query), Layouts.NEW_LOST_BACKLINK, "new-lost-backlinks");
  }
}
