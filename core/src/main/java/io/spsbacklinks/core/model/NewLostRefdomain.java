package io.spsbacklinks.core.model;

import java.time.LocalDate;

/**
 * One referring domain that gained its first or lost its last backlink in a date range
 * (get-new-lost-refdomains).
 *
 * @param newLostDate when the domain was found or lost ({@code new_lost_date})
 * @param newLostType new or lost ({@code new_lost_type})
 * @param refdomain the referring domain ({@code refdomain})
 * @param backlinks backlinks from this domain ({@code backlinks})
 * @param dofollowBacklinks dofollow backlinks from this domain ({@code dofollow_backlinks})
 * @param firstSeen when the oldest live backlink from this domain was found ({@code first_seen})
 * @param domainInlinkRank the domain's Domain InLink Rank ({@code domain_inlink_rank})
 */
public record NewLostRefdomain(
    LocalDate newLostDate,
    NewLostKind newLostType,
    String refdomain,
    long backlinks,
    long dofollowBacklinks,
    LocalDate firstSeen,
    InlinkRank domainInlinkRank) {}
