package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.InlinkRank;
import java.time.LocalDate;

/**
 * A lost referring domain from get-new-lost-refdomains that passed the policy's filters.
 *
 * @param newLostDate when its last backlink was lost
 * @param refdomain the referring domain
 * @param backlinks its backlinks
 * @param dofollowBacklinks its dofollow backlinks
 * @param domainInlinkRank its Domain InLink Rank
 * @param ignored every lost backlink seen from it had an ignored reason; not counted
 * @param watchlistEntry the watchlist entry it matches, or null
 */
public record LostRefdomain(
    LocalDate newLostDate,
    String refdomain,
    long backlinks,
    long dofollowBacklinks,
    InlinkRank domainInlinkRank,
    boolean ignored,
    String watchlistEntry) {}
