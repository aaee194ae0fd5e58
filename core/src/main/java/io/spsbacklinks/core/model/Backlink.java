package io.spsbacklinks.core.model;

import java.time.LocalDate;

/**
 * One backlink (get-backlinks, get-raw-backlinks and the export file). Strings the API sends as
 * null stay null and empty strings stay empty. The export CSV cannot tell them apart: there an
 * empty {@code alt} or {@code image_source} is null, like the API's, and other texts are empty.
 *
 * @param urlFrom referring page ({@code url_from})
 * @param urlTo destination page ({@code url_to})
 * @param title referring page's title ({@code title})
 * @param anchor anchor text, or image alt text for image links ({@code anchor})
 * @param alt not used by the API ({@code alt})
 * @param nofollow whether the link is nofollow ({@code nofollow})
 * @param image whether the link wraps an image ({@code image})
 * @param imageSource the image's URL for image links ({@code image_source})
 * @param inlinkRank referring page's InLink Rank ({@code inlink_rank})
 * @param domainInlinkRank referring page's root domain's Domain InLink Rank ({@code
 *     domain_inlink_rank})
 * @param firstSeen when the link was discovered ({@code first_seen}), null if absent
 * @param lastVisited when the referring page was last crawled ({@code last_visited}), null if
 *     absent
 */
public record Backlink(
    String urlFrom,
    String urlTo,
    String title,
    String anchor,
    String alt,
    boolean nofollow,
    boolean image,
    String imageSource,
    InlinkRank inlinkRank,
    InlinkRank domainInlinkRank,
    LocalDate firstSeen,
    LocalDate lastVisited) {}
