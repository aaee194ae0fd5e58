package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.InlinkRank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;

/**
 * The backlinked destination URLs of the broken-targets check, built from streamed backlinks: per
 * {@code url_to} (without fragment) the backlink count, each referring host's best known Domain
 * InLink Rank and the watchlisted referring pages. Memory grows with distinct destinations and
 * referring hosts, not with backlinks.
 */
final class Destinations {
  private final Watchlist watchlist;
  private final Map<String, Destination> byUrl = new LinkedHashMap<>();
  private long unusable;

  Destinations(Watchlist watchlist) {
    this.watchlist = watchlist;
  }

  void add(Backlink backlink) {
    HttpUrl to = backlink.urlTo() == null ? null : Hosts.parseLenient(backlink.urlTo());
    if (to == null) {
      unusable++;
      return;
    }
    HttpUrl url = to.newBuilder().fragment(null).build();
    Destination d = byUrl.computeIfAbsent(url.toString(), k -> new Destination(url));
    d.backlinks++;
    String host = Hosts.hostOf(backlink.urlFrom());
    if (host != null) {
      InlinkRank rank =
          backlink.domainInlinkRank() == null ? InlinkRank.UNKNOWN : backlink.domainInlinkRank();
      d.refdomains.merge(host, rank, Destinations::better);
    }
    watchlist.matchUrlFrom(backlink.urlFrom()).ifPresent(d.watchlistHits::add);
  }

  /** Destination URLs in first-seen order. */
  List<HttpUrl> urls() {
    List<HttpUrl> out = new ArrayList<>(byUrl.size());
    for (Destination d : byUrl.values()) {
      out.add(d.url);
    }
    return out;
  }

  /** {@code url_to} values that are not URLs and were not probed. */
  long unusable() {
    return unusable;
  }

  /** The evidence for a probed destination. */
  BrokenUrl evidence(HttpUrl url, Prober.Probe probe, int unknownDomainInlinkRank) {
    Destination d = byUrl.get(url.toString());
    double weight = 0;
    int best = -1;
    for (InlinkRank rank : d.refdomains.values()) {
      weight +=
          BrokenTargetsPolicy.domainWeight(rank.isKnown() ? rank.raw() : unknownDomainInlinkRank);
      if (rank.isKnown()) {
        best = Math.max(best, rank.raw());
      }
    }
    return new BrokenUrl(
        url.toString(),
        probe.probedUrl(),
        probe.outcome(),
        probe.status(),
        probe.chain(),
        probe.detail(),
        probe.attempts(),
        d.backlinks,
        d.refdomains.size(),
        best < 0 ? InlinkRank.UNKNOWN : InlinkRank.of(best),
        weight,
        List.copyOf(d.watchlistHits));
  }

  /** Heaviest first, then by URL, so reports are stable. */
  static final Comparator<BrokenUrl> HEAVIEST_FIRST =
      Comparator.comparingDouble(BrokenUrl::weight).reversed().thenComparing(BrokenUrl::url);

  /** Keeps the better of two ranks of one referring host; a known rank beats unknown. */
  private static InlinkRank better(InlinkRank a, InlinkRank b) {
    if (!a.isKnown()) {
      return b;
    }
    return b.isKnown() && b.raw() > a.raw() ? b : a;
  }

  private static final class Destination {
    final HttpUrl url;
    final Map<String, InlinkRank> refdomains = new HashMap<>();
    final Set<String> watchlistHits = new TreeSet<>();
    long backlinks;

    Destination(HttpUrl url) {
      this.url = url;
    }
  }
}
