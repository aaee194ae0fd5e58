package io.spsbacklinks.core;

import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.Mode;
import java.util.Map;

/**
 * Parameters of get-backlinks. Null means "not sent": the API applies its default.
 *
 * @param target root domain, host or URL ({@code target}, required)
 * @param mode {@code mode} (API default host)
 * @param limit {@code limit}, 1..10,000 (API default 100)
 * @param orderBy {@code order_by} (API default date_found)
 * @param perDomain {@code per_domain}, 1..100 (API default: all backlinks of each domain)
 */
public record BacklinksQuery(
    String target, Mode mode, Integer limit, BacklinksOrder orderBy, Integer perDomain) {

  /** Validates the parameters. @throws InvalidParameterException naming the bad parameter */
  public BacklinksQuery {
    Checks.query(target, limit, Checks.LIST_LIMIT_MAX);
    Checks.range("per_domain", perDomain, 1, Checks.PER_DOMAIN_MAX);
  }

  /** A builder for {@code target}. */
  public static Builder builder(String target) {
    return new Builder(target);
  }

  Map<String, String> params() {
    return Checks.Params.query(target, mode)
        .put("limit", limit)
        .put("order_by", orderBy)
        .put("per_domain", perDomain)
        .values();
  }

  /** Builds a {@link BacklinksQuery}. */
  public static final class Builder {
    private final String target;
    private Mode mode;
    private Integer limit;
    private BacklinksOrder orderBy;
    private Integer perDomain;

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

    /** {@code per_domain} within [1; 100]; null = all backlinks per referring domain. */
    public Builder perDomain(Integer perDomain) {
      this.perDomain = perDomain;
      return this;
    }

    /** Validates and builds. @throws InvalidParameterException naming the bad parameter */
    public BacklinksQuery build() {
      return new BacklinksQuery(target, mode, limit, orderBy, perDomain);
    }
  }
}
