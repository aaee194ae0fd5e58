package io.spsbacklinks.core.model;

import java.time.LocalDate;

/**
 * One referring domain (get-refdomains).
 *
 * @param refdomain the referring domain ({@code refdomain})
 * @param backlinks backlinks from this domain to the target ({@code backlinks})
 * @param dofollowBacklinks dofollow backlinks from this domain ({@code dofollow_backlinks})
 * @param firstSeen when the oldest live backlink from this domain was found ({@code first_seen})
 * @param domainInlinkRank the domain's Domain InLink Rank ({@code domain_inlink_rank})
 */
public record Refdomain(
    String refdomain,
    long backlinks,
    long dofollowBacklinks,
    LocalDate firstSeen,
    InlinkRank domainInlinkRank) {}
