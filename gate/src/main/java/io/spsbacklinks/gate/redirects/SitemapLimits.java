package io.spsbacklinks.gate.redirects;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a site's sitemaps the suggester reads at the most; a limit reached ends the reading
 * (reported in {@link SitemapStats#stoppedBy()}), never the run.
 *
 * @param maxSitemaps sitemap files fetched, indexes included
 * @param maxUrls distinct page URLs kept as candidates
 * @param maxBytes bytes parsed in all, after decompression
 * @param timeBudget wall time for all of the reading
 */
public record SitemapLimits(int maxSitemaps, int maxUrls, long maxBytes, Duration timeBudget) {
  /** 50 files, 50,000 URLs (one full sitemap), 64 MiB, 60 seconds. */
  public static final SitemapLimits DEFAULT =
      new SitemapLimits(50, 50_000, 64L << 20, Duration.ofSeconds(60));

  /** Checks that every limit is positive. */
  public SitemapLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxSitemaps < 1
        || maxUrls < 1
        || maxBytes < 1
        || timeBudget.isNegative()
        || timeBudget.isZero()) {
      throw new IllegalArgumentException(
          "sitemap limits must be positive: maxSitemaps="
              + maxSitemaps
              + ", maxUrls="
              + maxUrls
              + ", maxBytes="
              + maxBytes
              + ", timeBudget="
              + timeBudget);
    }
  }
}
