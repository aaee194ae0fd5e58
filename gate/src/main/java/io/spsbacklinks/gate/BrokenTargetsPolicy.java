package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.gate.redirects.ProbePacing;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the broken-targets check: which backlinked destination URLs are probed on the
 * deployed site, how, and when the result trips.
 *
 * <p>Each broken URL weighs the sum, over its referring domains, of {@code 2^((r - 50) / 15)} where
 * {@code r} is the domain's best known Domain InLink Rank, or {@link #unknownDomainInlinkRank()}
 * when the API reports -1 (unknown). A rank-50 domain weighs 1, every 15 points doubles or halves
 * it (rank 80 = 4, rank 20 = 0.25), following the logarithmic 0..100 scale of the rank.
 *
 * @param enabled whether the check runs (default true)
 * @param source where the URLs come from (default {@link BacklinkSource#TOP_BACKLINKS})
 * @param topN with {@code TOP_BACKLINKS}, how many top backlinks are read (1..10,000, default 100)
 * @param maxRedirects redirects followed per URL before it counts as broken (0..20, default 5)
 * @param concurrency requests to the deployed site at once, the gate's probes and the redirect
 *     suggestions' (1..64, default 8); a site that answers 429, or 503 with Retry-After, gets
 *     fewer, after the wait it asks for ({@link ProbePacing})
 * @param requestTimeout the whole-call timeout of one probe request (100 ms..5 min, default 10 s)
 * @param unknownDomainInlinkRank the rank used for a referring domain whose rank is -1 (0..100,
 *     default 10)
 * @param allowedHosts hosts other than the target's site that may be probed and redirected to
 *     (default none: a backlinked URL or a redirect off the site is reported, not requested)
 */
public record BrokenTargetsPolicy(
    boolean enabled,
    BacklinkSource source,
    int topN,
    int maxRedirects,
    int concurrency,
    Duration requestTimeout,
    int unknownDomainInlinkRank,
    List<String> allowedHosts) {

  private static final BrokenTargetsPolicy DEFAULTS = builder().build();

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public BrokenTargetsPolicy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    allowedHosts = Hosts.normalize("brokenTargets.allowedHosts", allowedHosts);
    range("brokenTargets.topN", topN, 1, 10_000);
    range("brokenTargets.maxRedirects", maxRedirects, 0, 20);
    range("brokenTargets.concurrency", concurrency, 1, ProbePacing.MAX_CONCURRENCY);
    range("brokenTargets.unknownDomainInlinkRank", unknownDomainInlinkRank, 0, 100);
    if (requestTimeout.compareTo(Duration.ofMillis(100)) < 0
        || requestTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
      throw PolicyErrors.invalid(
          "brokenTargets.requestTimeout", Durations.format(requestTimeout), "100ms..5m");
    }
  }

  /** The defaults listed on the record components. */
  public static BrokenTargetsPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The weight of one referring domain: {@code 2^((r - 50) / 15)} with {@code r} its Domain InLink
   * Rank (0..100); callers substitute {@link #unknownDomainInlinkRank()} for an unknown rank.
   */
  public static double domainWeight(int domainInlinkRank) {
    return Math.pow(2, (domainInlinkRank - 50) / 15.0);
  }

  static void range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw PolicyErrors.invalid(name, value, min + ".." + max);
    }
  }

  /** Builds a {@link BrokenTargetsPolicy}; starts from the defaults. */
  public static final class Builder {
    private boolean enabled = true;
    private BacklinkSource source = BacklinkSource.TOP_BACKLINKS;
    private int topN = 100;
    private int maxRedirects = 5;
    private int concurrency = ProbePacing.DEFAULT_CONCURRENCY;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private int unknownDomainInlinkRank = 10;
    private List<String> allowedHosts = List.of();

    private Builder() {}

    private Builder(BrokenTargetsPolicy p) {
      enabled = p.enabled;
      source = p.source;
      topN = p.topN;
      maxRedirects = p.maxRedirects;
      concurrency = p.concurrency;
      requestTimeout = p.requestTimeout;
      unknownDomainInlinkRank = p.unknownDomainInlinkRank;
      allowedHosts = p.allowedHosts;
    }

    /** Sets {@link BrokenTargetsPolicy#enabled()}. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#source()}. */
    public Builder source(BacklinkSource source) {
      this.source = source;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#topN()}. */
    public Builder topN(int topN) {
      this.topN = topN;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#maxRedirects()}. */
    public Builder maxRedirects(int maxRedirects) {
      this.maxRedirects = maxRedirects;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#concurrency()}. */
    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#requestTimeout()}. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#unknownDomainInlinkRank()}. */
    public Builder unknownDomainInlinkRank(int unknownDomainInlinkRank) {
      this.unknownDomainInlinkRank = unknownDomainInlinkRank;
      return this;
    }

    /** Sets {@link BrokenTargetsPolicy#allowedHosts()}. */
    public Builder allowedHosts(List<String> allowedHosts) {
      this.allowedHosts = allowedHosts;
      return this;
    }

    /** Validates and builds; throws {@link InvalidParameterException} naming the bad field. */
    public BrokenTargetsPolicy build() {
      return new BrokenTargetsPolicy(
          enabled,
          source,
          topN,
          maxRedirects,
          concurrency,
          requestTimeout,
          unknownDomainInlinkRank,
          allowedHosts);
    }
  }
}
