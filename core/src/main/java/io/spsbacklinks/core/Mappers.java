package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostKind;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.core.model.ReasonLost;
import io.spsbacklinks.core.model.Refdomain;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.SubscriptionStatus;
import io.spsbacklinks.core.model.TaskStatus;

/** API field names to model records, one place for JSON, XML and CSV alike. */
final class Mappers {
  private Mappers() {}

  static Metrics metrics(Row row) {
    // The document's table spells one field "dofollow backlinks"; its samples use the underscore.
    String dofollow =
        row.has("dofollow_backlinks") || !row.has("dofollow backlinks")
            ? "dofollow_backlinks"
            : "dofollow backlinks";
    return new Metrics(
        row.requiredText("target"),
        row.count("backlinks"),
        row.count("refdomains"),
        row.count("subnets"),
        row.count("ips"),
        row.count("nofollow_backlinks"),
        row.count(dofollow),
        row.count("edu_backlinks"),
        row.count("gov_backlinks"));
  }

  static PageInlinkRank pageInlinkRank(Row row) {
    return new PageInlinkRank(
        row.requiredText("url"), row.rank("inlink_rank"), row.rank("domain_inlink_rank"));
  }

  static Backlink backlink(Row row) {
    return backlink(row, row.text("alt"), row.text("image_source"));
  }

  /**
   * A row of the export CSV, which writes null as an empty cell: the fields the API sends as null
   * when absent ({@code alt}, {@code image_source}) map an empty cell back to null, so an export
   * gives the same records as get-raw-backlinks. Other texts stay as they are ("" is a real value).
   */
  static Backlink exportBacklink(Row row) {
    return backlink(row, row.optionalText("alt"), row.optionalText("image_source"));
  }

  private static Backlink backlink(Row row, String alt, String imageSource) {
    return new Backlink(
        row.requiredText("url_from"),
        row.text("url_to"),
        row.text("title"),
        row.text("anchor"),
        alt,
        row.flag("nofollow"),
        row.flag("image"),
        imageSource,
        row.rank("inlink_rank"),
        row.rank("domain_inlink_rank"),
        row.date("first_seen"),
        row.date("last_visited"));
  }

  static Refdomain refdomain(Row row) {
    return new Refdomain(
        row.requiredText("refdomain"),
        row.count("backlinks"),
        row.count("dofollow_backlinks"),
        row.date("first_seen"),
        row.rank("domain_inlink_rank"));
  }

  static NewLostBacklink newLostBacklink(Row row) {
    return new NewLostBacklink(
        row.date("new_lost_date"),
        NewLostKind.of(row.requiredText("new_lost_type")),
        row.requiredText("url_from"),
        row.text("url_to"),
        row.text("title"),
        row.text("anchor"),
        row.text("alt"),
        LinkKind.of(row.requiredText("link_type")),
        row.flag("nofollow"),
        row.flag("image"),
        row.text("image_source"),
        ReasonLost.of(row.text("reason_lost")),
        row.rank("inlink_rank"),
        row.rank("domain_inlink_rank"),
        row.date("first_seen"));
  }

  static NewLostRefdomain newLostRefdomain(Row row) {
    return new NewLostRefdomain(
        row.date("new_lost_date"),
        NewLostKind.of(row.requiredText("new_lost_type")),
        row.requiredText("refdomain"),
        row.count("backlinks"),
        row.count("dofollow_backlinks"),
        row.date("first_seen"),
        row.rank("domain_inlink_rank"));
  }

  static SubscriptionInfo subscriptionInfo(Row row) {
    return new SubscriptionInfo(
        SubscriptionStatus.of(row.requiredText("status")),
        row.dateTime("start_date"),
        row.dateTime("expiration_date"),
        row.count("units_limit"),
        row.count("units_left"));
  }

  static ExportTask exportTask(Row row) {
    return new ExportTask(
        TaskStatus.of(row.requiredText("task_status")),
        row.optionalText("task_id"),
        row.optionalText("download_file"));
  }
}
