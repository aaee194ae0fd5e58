package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.InlinkRank;
import java.util.List;
import java.util.Objects;

/**
 * Evidence for one backlinked destination URL that is broken (or could not be probed) on the
 * deployed site.
 *
 * @param url the backlinked destination ({@code url_to}) as the index has it
 * @param probedUrl the first URL requested (the host rewritten to the deployed base URL if given)
 * @param outcome what the probe found
 * @param status the last HTTP status seen, or 0 if none
 * @param redirectChain every URL requested after {@code probedUrl}, in order
 * @param detail a short explanation, e.g. {@code "HEAD 405, GET 404"} or {@code "timed out after
 *     10s"}
 * @param attempts how many times the URL was probed (2 after a retried timeout)
 * @param backlinks backlinks seen pointing to {@code url}
 * @param refdomains distinct referring hosts among those backlinks
 * @param bestDomainInlinkRank the best known Domain InLink Rank among them ({@link
 *     InlinkRank#UNKNOWN} if none is known)
 * @param weight the summed domain weight (see {@link BrokenTargetsPolicy})
 * @param watchlistHits watchlist entries among the referring pages
 */
public record BrokenUrl(
    String url,
    String probedUrl,
    ProbeOutcome outcome,
    int status,
    List<String> redirectChain,
    String detail,
    int attempts,
    long backlinks,
    int refdomains,
    InlinkRank bestDomainInlinkRank,
    double weight,
    List<String> watchlistHits) {

  /** Checks the components and copies lists, so the record is immutable. */
  public BrokenUrl {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outcome, "outcome");
    redirectChain = List.copyOf(redirectChain);
    watchlistHits = List.copyOf(watchlistHits);
  }
}
