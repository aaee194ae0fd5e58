package io.spsbacklinks.cli.output;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.core.model.Refdomain;
import io.spsbacklinks.core.model.SubscriptionInfo;
import java.util.List;

/** The columns of each API response row, named and ordered as the API document lists them. */
public final class Layouts {
  private Layouts() {}

  /** get-metrics rows ({@code metrics[]}). */
  public static final List<Column<Metrics>> METRICS =
      List.of(
          Column.of("target", Metrics::target),
          Column.of("backlinks", Metrics::backlinks),
          Column.of("refdomains", Metrics::refdomains),
          Column.of("subnets", Metrics::subnets),
          Column.of("ips", Metrics::ips),
          Column.of("nofollow_backlinks", Metrics::nofollowBacklinks),
          Column.of("dofollow_backlinks", Metrics::dofollowBacklinks),
          Column.of("edu_backlinks", Metrics::eduBacklinks),
          Column.of("gov_backlinks", Metrics::govBacklinks));

  /** get-inlink-rank rows ({@code pages[]}). */
  public static final List<Column<PageInlinkRank>> INLINK_RANK =
      List.of(
          Column.of("url", PageInlinkRank::url),
          Column.rank("inlink_rank", PageInlinkRank::inlinkRank),
          Column.rank("domain_inlink_rank", PageInlinkRank::domainInlinkRank));

  /** Backlinks of get-backlinks, get-raw-backlinks and the export file. */
  public static final List<Column<Backlink>> BACKLINK =
      List.of(
          Column.of("url_from", Backlink::urlFrom),
          Column.of("url_to", Backlink::urlTo),
          Column.of("title", Backlink::title),
          Column.of("anchor", Backlink::anchor),
          Column.of("alt", Backlink::alt),
          Column.of("nofollow", Backlink::nofollow),
          Column.of("image", Backlink::image),
          Column.of("image_source", Backlink::imageSource),
          Column.rank("inlink_rank", Backlink::inlinkRank),
          Column.rank("domain_inlink_rank", Backlink::domainInlinkRank),
          Column.of("first_seen", Backlink::firstSeen),
          Column.of("last_visited", Backlink::lastVisited));

  /** get-refdomains rows. */
  public static final List<Column<Refdomain>> REFDOMAIN =
      List.of(
          Column.of("refdomain", Refdomain::refdomain),
          Column.of("backlinks", Refdomain::backlinks),
          Column.of("dofollow_backlinks", Refdomain::dofollowBacklinks),
          Column.of("first_seen", Refdomain::firstSeen),
          Column.rank("domain_inlink_rank", Refdomain::domainInlinkRank));

  /** get-new-lost-backlinks rows. */
  public static final List<Column<NewLostBacklink>> NEW_LOST_BACKLINK =
      List.of(
          Column.of("new_lost_date", NewLostBacklink::newLostDate),
          Column.of("new_lost_type", r -> r.newLostType() == null ? null : r.newLostType().value()),
          Column.of("url_from", NewLostBacklink::urlFrom),
          Column.of("url_to", NewLostBacklink::urlTo),
          Column.of("title", NewLostBacklink::title),
          Column.of("anchor", NewLostBacklink::anchor),
          Column.of("alt", NewLostBacklink::alt),
          Column.of("link_type", r -> r.linkType() == null ? null : r.linkType().value()),
          Column.of("nofollow", NewLostBacklink::nofollow),
          Column.of("image", NewLostBacklink::image),
          Column.of("image_source", NewLostBacklink::imageSource),
          Column.of("reason_lost", r -> r.reasonLost() == null ? null : r.reasonLost().value()),
          Column.rank("inlink_rank", NewLostBacklink::inlinkRank),
          Column.rank("domain_inlink_rank", NewLostBacklink::domainInlinkRank),
          Column.of("first_seen", NewLostBacklink::firstSeen));

  /** get-new-lost-refdomains rows. */
  public static final List<Column<NewLostRefdomain>> NEW_LOST_REFDOMAIN =
      List.of(
          Column.of("new_lost_date", NewLostRefdomain::newLostDate),
          Column.of("new_lost_type", r -> r.newLostType() == null ? null : r.newLostType().value()),
          Column.of("refdomain", NewLostRefdomain::refdomain),
          Column.of("backlinks", NewLostRefdomain::backlinks),
          Column.of("dofollow_backlinks", NewLostRefdomain::dofollowBacklinks),
          Column.of("first_seen", NewLostRefdomain::firstSeen),
          Column.rank("domain_inlink_rank", NewLostRefdomain::domainInlinkRank));

  /** get-subscription-info's {@code subscription_info}. */
  public static final List<Column<SubscriptionInfo>> SUBSCRIPTION =
      List.of(
          Column.of("status", r -> r.status() == null ? null : r.status().value()),
          Column.of("start_date", SubscriptionInfo::startDate),
          Column.of("expiration_date", SubscriptionInfo::expirationDate),
          Column.of("units_limit", SubscriptionInfo::unitsLimit),
          Column.of("units_left", SubscriptionInfo::unitsLeft));

  /** download-all-backlinks and its status. */
  public static final List<Column<ExportTask>> EXPORT_TASK =
      List.of(
          Column.of("task_status", r -> r.taskStatus() == null ? null : r.taskStatus().value()),
          Column.of("task_id", ExportTask::taskId),
          Column.of("download_file", ExportTask::downloadFile));
}
