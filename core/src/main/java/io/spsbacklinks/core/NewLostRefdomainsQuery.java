package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import java.util.Map;

/**
 * Parameters of get-new-lost-refdomains. Null means "not sent": the API applies its default.
 *
 * @param target root domain, host or URL ({@code target}, required)
 * @param mode {@code mode} (API default host)
 * @param newLostType {@code new_lost_type} (API default: both)
 * @param dateFrom {@code date_from}, inclusive (API default yesterday)
 * @param dateTo {@code date_to}, inclusive (API default today); not before dateFrom
 * @param orderBy {@code order_by} (API default new_lost_date)
 * @param limit {@code limit}, 1..10,000 (API default 1,000)
 */
public record NewLostRefdomainsQuery(
    String target,
    Mode mode,
    NewLostType newLostType,
    LocalDate dateFrom,
    LocalDate dateTo,
    NewLostRefdomainsOrder orderBy,
    Integer limit) {

  /** Validates the parameters. @throws InvalidParameterException naming the bad parameter */
  public NewLostRefdomainsQuery {
    Checks.query(target, dateFrom, dateTo, limit);
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
        .put("order_by", orderBy)
        .put("limit", limit)
        .values();
  }

  /** Builds a {@link NewLostRefdomainsQuery}. */
  public static final class Builder {
    private final String target;
    private Mode mode;
    private NewLostType newLostType;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private NewLostRefdomainsOrder orderBy;
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

    /** {@code order_by}; null = API default (new_lost_date). */
    public Builder orderBy(NewLostRefdomainsOrder orderBy) {
      this.orderBy = orderBy;
      return this;
    }

    /** {@code limit} within [1; 10,000]; null = API default (1,000). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Validates and builds. @throws InvalidParameterException naming the bad parameter */
    public NewLostRefdomainsQuery build() {
      return new NewLostRefdomainsQuery(
          target, mode, newLostType, dateFrom, dateTo, orderBy, limit);
    }
  }
}
