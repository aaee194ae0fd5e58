package io.spsbacklinks.core;

import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import java.util.Map;

/**
 * Parameters of get-new-lost-backlinks. Null means "not sent": the API applies its default.
 *
 * @param target root domain, host or URL ({@code target}, required)
 * @param mode {@code mode} (API default host)
 * @param newLostType {@code new_lost_type} (API default: both)
 * @param dateFrom {@code date_from}, inclusive (API default yesterday)
 * @param dateTo {@code date_to}, inclusive (API default today); not before dateFrom
 * @param linkType {@code link_type} (API default: all)
 * @param anchorType {@code anchor_type} (API default: any)
 * @param dofollow {@code dofollow} (API default: any)
 * @param urlFrom {@code url_from}: only links from this referring domain and its subdomains; blank
 *     is treated as unset
 * @param orderBy {@code order_by} (API default new_lost_date)
 * @param limit {@code limit}, 1..10,000 (API default 1,000)
 */
public record NewLostBacklinksQuery(
    String target,
    Mode mode,
    NewLostType newLostType,
    LocalDate dateFrom,
    LocalDate dateTo,
    LinkType linkType,
    AnchorType anchorType,
    DofollowFilter dofollow,
    String urlFrom,
    NewLostOrder orderBy,
    Integer limit) {

  /** Validates the parameters. @throws InvalidParameterException naming the bad parameter */
  public NewLostBacklinksQuery {
    Checks.query(target, dateFrom, dateTo, limit);
    urlFrom = urlFrom == null || urlFrom.isBlank() ? null : urlFrom;
  }

  /** A builder for {@code target}. */
  public static Builder builder(String target) {
    return new Builder(target);
  }

  Map<String, String> params() {
    return Checks.Params.query(target, mode)
        .put("new_lost_type", newLostType)
        .put("date_from", dateFrom)
        .put("date_to", dateTo)
        .put("link_type", linkType)
        .put("anchor_type", anchorType)
        .put("dofollow", dofollow)
        .put("url_from", urlFrom)
        .put("order_by", orderBy)
        .put("limit", limit)
        .values();
  }

  /** Builds a {@link NewLostBacklinksQuery}. */
  public static final class Builder {
    private final String target;
    private Mode mode;
    private NewLostType newLostType;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private LinkType linkType;
    private AnchorType anchorType;
    private DofollowFilter dofollow;
    private String urlFrom;
    private NewLostOrder orderBy;
    private Integer limit;

    private Builder(String target) {
      this.target = target;
    }

    /** {@code mode}; null = API default (host). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** {@code new_lost_type}; null = both. */
    public Builder newLostType(NewLostType newLostType) {
      this.newLostType = newLostType;
      return this;
    }

    /** {@code date_from}, inclusive; null = API default (yesterday). */
    public Builder dateFrom(LocalDate dateFrom) {
      this.dateFrom = dateFrom;
      return this;
    }

    /**
     * {@code date_from} as {@code YYYY-MM-DD}; blank = unset.
     *
     * @throws InvalidParameterException if malformed
     */
    public Builder dateFrom(String dateFrom) {
      return dateFrom(Checks.date("date_from", dateFrom));
    }

    /** {@code date_to}, inclusive; null = API default (today). */
    public Builder dateTo(LocalDate dateTo) {
      this.dateTo = dateTo;
      return this;
    }

    /**
     * {@code date_to} as {@code YYYY-MM-DD}; blank = unset.
     *
     * @throws InvalidParameterException if malformed
     */
    public Builder dateTo(String dateTo) {
      return dateTo(Checks.date("date_to", dateTo));
    }

    /** {@code link_type}; null = all. */
    public Builder linkType(LinkType linkType) {
      this.linkType = linkType;
      return this;
    }

    /** {@code anchor_type}; null = any. */
    public Builder anchorType(AnchorType anchorType) {
      this.anchorType = anchorType;
      return this;
    }

    /** {@code dofollow}; null = any. */
    public Builder dofollow(DofollowFilter dofollow) {
      this.dofollow = dofollow;
      return this;
    }

    /** {@code url_from}: referring domain filter; null or blank = all. */
    public Builder urlFrom(String urlFrom) {
      this.urlFrom = urlFrom;
      return this;
    }

    /** {@code order_by}; null = API default (new_lost_date). */
    public Builder orderBy(NewLostOrder orderBy) {
      this.orderBy = orderBy;
      return this;
    }

    /** {@code limit} within [1; 10,000]; null = API default (1,000). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Validates and builds. @throws InvalidParameterException naming the bad parameter */
    public NewLostBacklinksQuery build() {
      return new NewLostBacklinksQuery(
          target,
          mode,
          newLostType,
          dateFrom,
          dateTo,
          linkType,
          anchorType,
          dofollow,
          urlFrom,
          orderBy,
          limit);
    }
  }
}
