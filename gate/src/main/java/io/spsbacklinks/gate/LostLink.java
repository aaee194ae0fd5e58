package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.ReasonLost;
import java.time.LocalDate;

/**
 * A lost backlink from get-new-lost-backlinks that passed the policy's filters.
 *
 * @param newLostDate when it was lost
 * @param urlFrom the referring page
 * @param urlTo the destination on the site
 * @param reasonLost why the index lost it
 * @param linkType href or redirect
 * @param nofollow whether it was nofollow
 * @param inlinkRank the referring page's InLink Rank
 * @param domainInlinkRank the referring domain's Domain InLink Rank
 * @param deployCaused a {@code broken_redirect} from the site's own host: the deploy broke a
 *     redirect
 * @param ignored its reason is in {@link LostPolicy#ignoredReasons()}; not counted
 * @param watchlistEntry the watchlist entry it matches, or null
 */
public record LostLink(
    LocalDate newLostDate,
    String urlFrom,
    String urlTo,
    ReasonLost reasonLost,
    LinkKind linkType,
    boolean nofollow,
    InlinkRank inlinkRank,
    InlinkRank domainInlinkRank,
    boolean deployCaused,
    boolean ignored,
    String watchlistEntry) {}
