package io.spsbacklinks.core;

import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.Mode;
import java.util.Map;

/**
 * Parameters of get-refdomains. Null means "not sent": the API applies its default.
 *
 * @param target root domain, host or URL ({@code target}, required)
 * @param mode {@code mode} (API default host)
 * @param limit {@code limit}, 1..10,000 (API default 100)
 * @param orderBy {@code order_by} (API default date_found)
 */
public record RefdomainsQuery(String target, Mode mode, Integer limit, BacklinksOrder orderBy) {

  /** Validates the parameters. @throws InvalidParameterException naming the bad parameter */
  public RefdomainsQuery {
    Checks.query(target, limit, Checks.LIST_LIMIT_MAX);
  }

  /** A builder for {@code target}. */
  public static Builder builder(String target) {
    return new Builder(target);
  }

  Map<String, String> params() {
    return Checks.Params.query(target, mode).put("limit", limit).put("order_by", orderBy).values();
  }

  /** Builds a {@link RefdomainsQuery}. */
  public static final class Builder {
    private final String target;
    private Mode mode;
    private Integer limit;
    private BacklinksOrder orderBy;

    private Builder(String target) {
      this.target = target;
    }

    /** {@code mode}; null = API default (host). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** {@code limit} within [1; 10,000]; null = API default (100). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** {@code order_by}; null = API default (date_found). */
    public Builder orderBy(BacklinksOrder orderBy) {
      this.orderBy = orderBy;
      return this;
    }

    /** Validates and builds. @throws InvalidParameterException naming the bad parameter */
    public RefdomainsQuery build() {
      return new RefdomainsQuery(target, mode, limit, orderBy);
    }
  }
}
