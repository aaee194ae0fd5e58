package io.spsbacklinks.nifi.record;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.core.model.Refdomain;

/**
 * The record schemas of every processor. Field names are the API's; counts are LONG, dates DATE,
 * flags BOOLEAN, InLink Ranks INT with null for unknown (the API's -1), everything else STRING.
 */
public final class RecordMappings {
  /** A backlink of get-backlinks, get-raw-backlinks and the export. */
  public static final RecordMapping<Backlink> BACKLINK =
      RecordMapping.<Backlink>builder("backlink")
          .string("url_from", Backlink::urlFrom)
          .string("url_to", Backlink::urlTo)
          .string("title", Backlink::title)
          .string("anchor", Backlink::anchor)
          .string("alt", Backlink::alt)
          .bool("nofollow", Backlink::nofollow)
          .bool("image", Backlink::image)
          .string("image_source", Backlink::imageSource)
          .rank("inlink_rank", Backlink::inlinkRank)
          .rank("domain_inlink_rank", Backlink::domainInlinkRank)
          .date("first_seen", Backlink::firstSeen)
          .date("last_visited", Backlink::lastVisited)
          .build();

  /** The metrics of one target (get-metrics). */
  public static final RecordMapping<Metrics> METRICS =
      RecordMapping.<Metrics>builder("metrics")
          .string("target", Metrics::target)
          .count("backlinks", Metrics::backlinks)
          .count("refdomains", Metrics::refdomains)
          .count("subnets", Metrics::subnets)
          .count("ips", Metrics::ips)
          .count("nofollow_backlinks", Metrics::nofollowBacklinks)
          .count("dofollow_backlinks", Metrics::dofollowBacklinks)
          .count("edu_backlinks", Metrics::eduBacklinks)
          .count("gov_backlinks", Metrics::govBacklinks)
          .build();

  /** The InLink Ranks of one page (get-inlink-rank). */
  public static final RecordMapping<PageInlinkRank> INLINK_RANK =
      RecordMapping.<PageInlinkRank>builder("inlink_rank")
          .string("url", PageInlinkRank::url)
          .rank("inlink_rank", PageInlinkRank::inlinkRank)
          .rank("domain_inlink_rank", PageInlinkRank::domainInlinkRank)
          .build();

  /** A referring domain (get-refdomains). */
  public static final RecordMapping<Refdomain> REFDOMAIN =
      RecordMapping.<Refdomain>builder("refdomain")
          .string("refdomain", Refdomain::refdomain)
          .count("backlinks", Refdomain::backlinks)
          .count("dofollow_backlinks", Refdomain::dofollowBacklinks)
          .date("first_seen", Refdomain::firstSeen)
          .rank("domain_inlink_rank", Refdomain::domainInlinkRank)
          .build();

  /** A new or lost backlink (get-new-lost-backlinks); reason_lost is "" for new links. */
  public static final RecordMapping<NewLostBacklink> NEW_LOST_BACKLINK =
      RecordMapping.<NewLostBacklink>builder("new_lost_backlink")
          .date("new_lost_date", NewLostBacklink::newLostDate)
          .string("new_lost_type", NewLostBacklink::newLostType)
          .string("url_from", NewLostBacklink::urlFrom)
          .string("url_to", NewLostBacklink::urlTo)
          .string("title", NewLostBacklink::title)
          .string("anchor", NewLostBacklink::anchor)
          .string("alt", NewLostBacklink::alt)
          .string("link_type", NewLostBacklink::linkType)
          .bool("nofollow", NewLostBacklink::nofollow)
          .bool("image", NewLostBacklink::image)
          .string("image_source", NewLostBacklink::imageSource)
          .string("reason_lost", NewLostBacklink::reasonLost)
          .rank("inlink_rank", NewLostBacklink::inlinkRank)
          .rank("domain_inlink_rank", NewLostBacklink::domainInlinkRank)
          .date("first_seen", NewLostBacklink::firstSeen)
          .build();

  /** A referring domain that was newly found or lost (get-new-lost-refdomains). */
  public static final RecordMapping<NewLostRefdomain> NEW_LOST_REFDOMAIN =
      RecordMapping.<NewLostRefdomain>builder("new_lost_refdomain")
          .date("new_lost_date", NewLostRefdomain::newLostDate)
          .string("new_lost_type", NewLostRefdomain::newLostType)
          .string("refdomain", NewLostRefdomain::refdomain)
          .count("backlinks", NewLostRefdomain::backlinks)
          .count("dofollow_backlinks", NewLostRefdomain::dofollowBacklinks)
          .date("first_seen", NewLostRefdomain::firstSeen)
          .rank("domain_inlink_rank", NewLostRefdomain::domainInlinkRank)
          .build();

  private RecordMappings() {}
}
