package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Mode;
import java.util.Map;

/**
 * Parameters of get-raw-backlinks (the cursor is passed separately). Null means "not sent".
 *
 * @param target root domain, host or URL ({@code target}, required)
 * @param mode {@code mode} (API default host)
 * @param limit rows per page, {@code limit}, 1..100,000 (API default 10,000)
 */
public record RawBacklinksQuery(String target, Mode mode, Integer limit) {

  /** Validates the parameters. @throws InvalidParameterException naming the bad parameter */
  public RawBacklinksQuery {
    Checks.query(target, limit, Checks.RAW_LIMIT_MAX);
  }

  /** A builder for {@code target}. */
  public static Builder builder(String target) {
    return new Builder(target);
  }

  Map<String, String> params() {
    return Checks.Params.query(target, mode).put("limit", limit).values();
  }

  /** Builds a {@link RawBacklinksQuery}. */
  public static final class Builder {
    private final String target;
    private Mode mode;
    private Integer limit;

    private Builder(String target) {
      this.target = target;
    }

    /** {@code mode}; null = API default (host). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** Rows per page within [1; 100,000]; null = API default (10,000). */
    public Builder limit(Integer limit) {
      this.limit = limit;
      return this;
    }

    /** Validates and builds. @throws InvalidParameterException naming the bad parameter */
    public RawBacklinksQuery build() {
      return new RawBacklinksQuery(target, mode, limit);
    }
  }
}
