package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostKind;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.ReasonLost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges the streamed rows of get-new-lost-backlinks and get-new-lost-refdomains: filters, ignored
 * reasons, deploy-caused redirects, watchlist hits. Backlinks must be fed before referring domains:
 * a referring domain is ignored when every lost backlink seen from it was ignored.
 */
final class LostLinks {
  private final LostPolicy policy;
  private final Watchlist watchlist;
  private final String siteHost;
  private final List<LostLink> links = new ArrayList<>();
  private final List<LostRefdomain> refdomains = new ArrayList<>();
  private final List<String> watchlistHits = new ArrayList<>();

  /** Per referring host and each of its parent domains: {counted, ignored} lost backlinks. */
  private final Map<String, long[]> bySuffix = new HashMap<>();

  private long linksFiltered;
  private long refdomainsFiltered;

  LostLinks(LostPolicy policy, Watchlist watchlist, String siteHost) {
    this.policy = policy;
    this.watchlist = watchlist;
    this.siteHost = siteHost;
  }

  void addBacklink(NewLostBacklink row) {
    if (!isLost(row.newLostType() == null ? null : row.newLostType().value())) {
      return;
    }
    String reason = row.reasonLost() == null ? "" : row.reasonLost().value();
    String fromHost = Hosts.hostOf(row.urlFrom());
    boolean deployCaused =
        ReasonLost.BROKEN_REDIRECT.value().equals(reason)
            && fromHost != null
            && Hosts.sameSite(fromHost, siteHost);
    String watch = watchlist.matchUrlFrom(row.urlFrom()).orElse(null);
    if (watch != null) {
      watchlistHits.add(
          "lost backlink "
              + row.urlFrom()
              + " -> "
              + row.urlTo()
              + " ("
              + (reason.isEmpty() ? "no reason" : reason)
              + ")");
    }
    if (belowMinimum(row.domainInlinkRank())) {
      linksFiltered++;
      return;
    }
    boolean ignored = !deployCaused && policy.ignoredReasons().contains(reason);
    links.add(
        new LostLink(
            row.newLostDate(),
            row.urlFrom(),
            row.urlTo(),
            row.reasonLost(),
            row.linkType(),
            row.nofollow(),
            row.inlinkRank(),
            row.domainInlinkRank(),
            deployCaused,
            ignored,
            watch));
    if (fromHost != null) {
      String host = Hosts.withoutWww(fromHost);
      while (true) {
        bySuffix.computeIfAbsent(host, k -> new long[2])[ignored ? 1 : 0]++;
        int dot = host.indexOf('.');
        if (dot < 0) {
          break;
        }
        host = host.substring(dot + 1);
      }
    }
  }

  void addRefdomain(NewLostRefdomain row) {
    if (!isLost(row.newLostType() == null ? null : row.newLostType().value())) {
      return;
    }
    String watch = watchlist.matchRefdomain(row.refdomain()).orElse(null);
    if (watch != null) {
      watchlistHits.add("lost referring domain " + row.refdomain());
    }
    // get-new-lost-refdomains has no dofollow filter: applied here.
    if ((policy.dofollowOnly() && row.dofollowBacklinks() == 0)
        || belowMinimum(row.domainInlinkRank())) {
      refdomainsFiltered++;
      return;
    }
    long[] seen = bySuffix.get(Hosts.withoutWww(row.refdomain().toLowerCase(Locale.ROOT)));
    boolean ignored = seen != null && seen[0] == 0 && seen[1] > 0;
    refdomains.add(
        new LostRefdomain(
            row.newLostDate(),
            row.refdomain(),
            row.backlinks(),
            row.dofollowBacklinks(),
            row.domainInlinkRank(),
            ignored,
            watch));
  }

  List<LostLink> links() {
    return links;
  }

  List<LostRefdomain> refdomains() {
    return refdomains;
  }

  List<String> watchlistHits() {
    return watchlistHits;
  }

  /** Lost backlinks left out for a Domain InLink Rank below the minimum. */
  long linksFiltered() {
    return linksFiltered;
  }

  /** Lost referring domains left out for their rank or (dofollowOnly) no dofollow backlinks. */
  long refdomainsFiltered() {
    return refdomainsFiltered;
  }

  long countedLinks() {
    return links.stream().filter(l -> !l.ignored()).count();
  }

  long deployCaused() {
    return links.stream().filter(LostLink::deployCaused).count();
  }

  long countedRefdomains() {
    return refdomains.stream().filter(r -> !r.ignored()).count();
  }

  /** An unknown rank (-1) is never compared: it passes, so no loss is hidden on a guess. */
  private boolean belowMinimum(InlinkRank rank) {
    Integer min = policy.minDomainInlinkRank();
    return min != null && rank != null && rank.isKnown() && rank.raw() < min;
  }

  /** The API was asked for lost rows only; anything else it sends is not a loss. */
  private static boolean isLost(String type) {
    return type == null || type.isEmpty() || NewLostKind.LOST.value().equalsIgnoreCase(type);
  }
}
