package io.spsbacklinks.gate.redirects;

import java.util.Objects;

/**
 * A backlinked URL that a deploy broke: what the suggester finds a successor for.
 *
 * @param url the backlinked URL (any of the site's hosts; its path is looked up on the deployed
 *     site)
 * @param status the HTTP status it answered when found broken, 0 if not known (it is probed again)
 * @param why why it is broken, e.g. {@code "HEAD 404"} or {@code "redirect loop"}; may be empty
 * @param weight what is at stake: the weighted referring domains of its backlinks; rules are sorted
 *     by it
 * @param refdomains distinct referring domains, for the reader
 * @param lastKnownTitle the page's title as the backlinks data last saw it, or null
 * @param redirectedBefore where the URL redirected before it broke (a path, or a URL on the site),
 *     e.g. from the gate's baseline; or null. Offered first, once verified.
 */
public record BrokenTarget(
    String url,
    int status,
    String why,
    double weight,
    int refdomains,
    String lastKnownTitle,
    String redirectedBefore) {
  /** Checks the components. */
  public BrokenTarget {
    Objects.requireNonNull(url, "url");
    why = why == null ? "" : why;
    if (!(weight >= 0) || refdomains < 0) {
      throw new IllegalArgumentException(
          "weight and refdomains must not be negative, were "
              + weight
              + " and "
              + refdomains
              + " for "
              + url);
    }
    lastKnownTitle =
        lastKnownTitle == null || lastKnownTitle.isBlank() ? null : lastKnownTitle.strip();
    redirectedBefore =
        redirectedBefore == null || redirectedBefore.isBlank() ? null : redirectedBefore.strip();
  }

  /** A broken URL whose earlier redirects are not known. */
  public BrokenTarget(
      String url, int status, String why, double weight, int refdomains, String lastKnownTitle) {
    this(url, status, why, weight, refdomains, lastKnownTitle, null);
  }

  /** A URL known only by its address: status unknown, weight 0, no title. */
  public static BrokenTarget of(String url) {
    return new BrokenTarget(url, 0, "", 0, 0, null, null);
  }
}
