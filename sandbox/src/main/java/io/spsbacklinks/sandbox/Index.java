package io.spsbacklinks.sandbox;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The whole synthetic index: sites built on demand from their domain, the index date and the
 * scenario, plus the metrics every command agrees on. Dates passed in are the day a question is
 * asked about.
 */
final class Index {
  private static final Set<String> HUGE = Set.of("google.com", "twitter.com");

  final LocalDate indexDate;
  private final Map<String, Scenario.TargetHistory> scenario;
  private final Map<String, Site> sites = new ConcurrentHashMap<>();
  private final Map<String, Metrics> metricsCache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Metrics> eldest) {
              return size() > 512;
            }
          });

  Index(LocalDate indexDate, Scenario scenario) {
    this.indexDate = indexDate;
    this.scenario = scenario.targets(indexDate);
  }

  /** google.com, twitter.com and their hosts, plus scenario targets marked huge, answer 244. */
  boolean huge(TargetRef target) {
    Scenario.TargetHistory history = scenario.get(target.domain());
    return HUGE.contains(target.domain()) || history != null && history.huge;
  }

  Site site(String domain) {
    Site site = sites.get(domain);
    if (site == null) {
      if (sites.size() > 4096) {
        sites.clear();
      }
      Scenario.TargetHistory history = scenario.get(domain);
      site =
          new Site(
              domain,
              indexDate,
              history == null ? null : history.synthetic,
              history == null ? List.of() : history.rows);
      sites.put(domain, site);
    }
    return site;
  }

  Selection select(TargetRef target, Mode mode) {
    return Selection.of(site(target.domain()), target, mode);
  }

  /** Rows of {@code selection} live on {@code day}, from {@code ordinal} on, lazily. */
  Stream<Row> liveRows(Selection selection, LocalDate day, long ordinal) {
    return StreamSupport.stream(
            new LiveSpliterator(selection, (int) day.toEpochDay(), ordinal), false)
        .map(k -> selection.site.row(selection.position(k)));
  }

  /** Number of rows of {@code selection} live on {@code day}. */
  long count(Selection selection, LocalDate day) {
    return metrics(selection, day).backlinks;
  }

  /**
   * Metrics of the rows live on {@code day}; cached, since every list command and export needs
   * them.
   */
  Metrics metrics(Selection selection, LocalDate day) {
    String cacheKey = selection.key + "|" + day;
    Metrics cached = metricsCache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    Site site = selection.site;
    BitSet refdomains = new BitSet();
    long[] counts = new long[4]; // backlinks, nofollow, edu, gov
    selection.forEachLive(
        (int) day.toEpochDay(),
        (k, core) -> {
          counts[0]++;
          if (core.nofollow) {
            counts[1]++;
          }
          int tld = site.refdomainTldClass(core.refdomain);
          if (tld > 0) {
            counts[1 + tld]++;
          }
          refdomains.set(core.refdomain);
        });
    int[] ips = new int[refdomains.cardinality()];
    int n = 0;
    for (int id = refdomains.nextSetBit(0); id >= 0; id = refdomains.nextSetBit(id + 1)) {
      ips[n++] = site.refdomainIp(id);
    }
    Metrics metrics =
        new Metrics(
            counts[0],
            ips.length,
            distinct(ips, 0),
            distinct(ips, 8),
            counts[1],
            counts[2],
            counts[3]);
    metricsCache.put(cacheKey, metrics);
    return metrics;
  }

  /**
   * Distinct values of {@code values >>> shift} (a /24 subnet is the address without its last
   * byte).
   */
  private static int distinct(int[] values, int shift) {
    int[] shifted = Arrays.stream(values).map(v -> v >>> shift).sorted().toArray();
    int distinct = 0;
    for (int i = 0; i < shifted.length; i++) {
      if (i == 0 || shifted[i] != shifted[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * InLink Rank of a page and Domain InLink Rank of its site, derived from their live backlink
   * counts: -1 (unknown) for a page, or a site, without any.
   */
  int[] inlinkRank(TargetRef target, LocalDate day) {
    Site site = site(target.domain());
    long pageLinks = count(select(target, Mode.URL), day);
    long siteLinks = count(select(target, Mode.DOMAIN), day);
    long jitter = Site.mix(Site.fnv(target.host() + target.path()));
    int page =
        pageLinks == 0
            ? -1
            : (int) Math.min(100, Math.round(9 * Math.log1p(pageLinks)) + (jitter & 7));
    int domain =
        siteLinks == 0
            ? -1
            : (int)
                Math.min(100, Math.round(7 * Math.log1p(siteLinks)) + (Site.mix(site.seed) & 7));
    return new int[] {page, domain};
  }

  /** get-metrics numbers. */
  static final class Metrics {
    final long backlinks;
    final long refdomains;
    final long ips;
    final long subnets;
    final long nofollow;
    final long edu;
    final long gov;

    Metrics(
        long backlinks,
        long refdomains,
        long ips,
        long subnets,
        long nofollow,
        long edu,
        long gov) {
      this.backlinks = backlinks;
      this.refdomains = refdomains;
      this.ips = ips;
      this.subnets = subnets;
      this.nofollow = nofollow;
      this.edu = edu;
      this.gov = gov;
    }
  }

  /** Ordinals of live rows, found one at a time so that millions of rows are never held. */
  private static final class LiveSpliterator extends Spliterators.AbstractSpliterator<Long> {
    private final Selection selection;
    private final int day;
    private final RowCore core = new RowCore();
    private long next;

    LiveSpliterator(Selection selection, int day, long ordinal) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.selection = selection;
      this.day = day;
      this.next = ordinal;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Long> action) {
      long k = selection.nextLive(next, day, core);
      if (k >= selection.size()) {
        return false;
      }
      next = k + 1;
      action.accept(k);
      return true;
    }
  }
}
