package io.spsbacklinks.core.model;

import java.time.LocalDate;

/**
 * One backlink found or lost in a date range (get-new-lost-backlinks).
 *
 * @param newLostDate when the link was found or lost ({@code new_lost_date})
 * @param newLostType new or lost ({@code new_lost_type})
 * @param urlFrom referring page ({@code url_from})
 * @param urlTo destination page ({@code url_to})
 * @param title referring page's title ({@code title})
 * @param anchor anchor text, or image alt text ({@code anchor})
 * @param alt not used by the API ({@code alt})
 * @param linkType href or redirect ({@code link_type})
 * @param nofollow whether the link is nofollow ({@code nofollow})
 * @param image whether the link wraps an image ({@code image})
 * @param imageSource the image's URL for image links ({@code image_source})
 * @param reasonLost why a lost link was lost, {@link ReasonLost#NONE} for new ones ({@code
 *     reason_lost})
 * @param inlinkRank referring page's InLink Rank ({@code inlink_rank})
 * @param domainInlinkRank referring page's root domain's Domain InLink Rank ({@code
 *     domain_inlink_rank})
 * @param firstSeen when the link was discovered ({@code first_seen})
 */
public record NewLostBacklink(
    LocalDate newLostDate,
    NewLostKind newLostType,
    String urlFrom,
    String urlTo,
    String title,
    String anchor,
    String alt,
    LinkKind linkType,
    boolean nofollow,
    boolean image,
    String imageSource,
    ReasonLost reasonLost,
    InlinkRank inlinkRank,
    InlinkRank domainInlinkRank,
    LocalDate firstSeen) {}
