package io.spsbacklinks.sandbox;

import java.time.LocalDate;

/**
 * One backlink of the sandbox's index, with the API's field names in camelCase. This is the ground
 * truth tests compare against: get-raw-backlinks pages and export files carry exactly these values.
 *
 * @param urlFrom referring page's URL
 * @param urlTo destination page's URL (on the target)
 * @param title referring page's title; may hold unicode, commas and quotes; empty for redirects
 * @param anchor anchor text, or the image's alt text for image links; empty for redirects
 * @param alt "not used" by the API: always null
 * @param nofollow whether the link is rel="nofollow"
 * @param image whether the link wraps an image
 * @param imageSource the image's URL for image links, otherwise null
 * @param inlinkRank InLink Rank of the referring page, 0..100, -1 = unknown
 * @param domainInlinkRank Domain InLink Rank of the referring page's root domain, 0..100, -1 =
 *     unknown
 * @param firstSeen date the link was discovered
 * @param lastVisited date the crawler last visited the referring page
 */
public record SandboxBacklink(
    String urlFrom,
    String urlTo,
    String title,
    String anchor,
    String alt,
    boolean nofollow,
    boolean image,
    String imageSource,
    int inlinkRank,
    int domainInlinkRank,
    LocalDate firstSeen,
    LocalDate lastVisited) {}
