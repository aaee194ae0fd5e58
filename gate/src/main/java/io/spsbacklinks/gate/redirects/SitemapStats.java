package io.spsbacklinks.gate.redirects;

import java.util.List;

/**
 * What reading the deployed site's sitemaps found.
 *
 * @param sitemapsRead sitemap files fetched (indexes included)
 * @param urlsSeen page URLs met in the sitemaps
 * @param urlsKept distinct page URLs on the site kept as candidates
 * @param offSiteSkipped URLs on other sites, never requested nor suggested
 * @param bytesParsed bytes handed to the XML parser (after decompression)
 * @param stoppedBy the limit that ended the reading early, e.g. {@code "URLs (50000)"}, or null
 * @param problems sitemaps that could not be read, each with why
 */
public record SitemapStats(
    int sitemapsRead,
    long urlsSeen,
    int urlsKept,
    long offSiteSkipped,
    long bytesParsed,
    String stoppedBy,
    List<String> problems) {
  /** Copies the list, so the record is immutable. */
  public SitemapStats {
    problems = List.copyOf(problems);
  }
}
