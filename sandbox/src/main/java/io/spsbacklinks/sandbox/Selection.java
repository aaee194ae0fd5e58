package io.spsbacklinks.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * What a target selects in a mode: the site positions it covers, addressed by ordinal (0..size).
 * Ordinals run over the synthetic live range, then the synthetic lost range, then matching scenario
 * rows, which is the order get-raw-backlinks and exports use.
 */
final class Selection {
  final Site site;
  final String key;
  private final long liveFrom;
  private final long liveTo;
  private final long lostFrom;
  private final long lostTo;
  private final int[] scenario;

  private Selection(Site site, String key, long[] ranges, int[] scenario) {
    this.site = site;
    this.key = key;
    this.liveFrom = ranges[0];
    this.liveTo = ranges[1];
    this.lostFrom = ranges[2];
    this.lostTo = ranges[3];
    this.scenario = scenario;
  }

  static Selection of(Site site, TargetRef target, Mode mode) {
    long[] ranges = {0, 0, 0, 0};
    int h = mode == Mode.DOMAIN ? -1 : site.hostIndex(target.host());
    if (mode == Mode.DOMAIN) {
      ranges = new long[] {0, site.live, site.live, site.live + site.lost};
    } else if (h >= 0 && mode == Mode.HOST) {
      ranges = site.hostRanges(h);
    } else if (h >= 0) {
      int page = site.pageIndex(h, target.path());
      if (page >= 0) {
        ranges = site.pageRanges(h, page);
      }
    }
    List<Integer> matching = new ArrayList<>();
    for (int i = 0; i < site.scenarioRows.size(); i++) {
      TargetRef to = TargetRef.parse(site.scenarioRows.get(i).urlTo());
      boolean match =
          to != null
              && (mode == Mode.DOMAIN
                  || to.host().equals(target.host())
                      && (mode == Mode.HOST || to.path().equals(target.path())));
      if (match) {
        matching.add(i);
      }
    }
    return new Selection(
        site,
        target.selectionKey(mode),
        ranges,
        matching.stream().mapToInt(Integer::intValue).toArray());
  }

  long size() {
    return (liveTo - liveFrom) + (lostTo - lostFrom) + scenario.length;
  }

  /** Number of synthetic rows live on every day from the index date on. */
  long syntheticLive() {
    return liveTo - liveFrom;
  }

  /** The site position at {@code ordinal}. */
  long position(long ordinal) {
    long live = liveTo - liveFrom;
    if (ordinal < live) {
      return liveFrom + ordinal;
    }
    long lost = lostTo - lostFrom;
    if (ordinal < live + lost) {
      return lostFrom + ordinal - live;
    }
    return site.live + site.lost + scenario[(int) (ordinal - live - lost)];
  }

  /**
   * The first ordinal at or after {@code ordinal} whose row is live on {@code day}, or {@link
   * #size()}. Synthetic lost rows are never live from the index date on, so that range is skipped
   * then.
   */
  long nextLive(long ordinal, int day, RowCore core) {
    long live = liveTo - liveFrom;
    long lostEnd = live + (lostTo - lostFrom);
    long size = size();
    for (long k = ordinal; k < size; k++) {
      if (k < live && day >= site.indexDay) {
        return k;
      }
      if (k >= live && k < lostEnd && day >= site.indexDay) {
        k = lostEnd - 1;
        continue;
      }
      site.core(position(k), core);
      if (core.liveOn(day)) {
        return k;
      }
    }
    return size;
  }

  /** Calls {@code visitor} for every row (live or not) of the selection, in ordinal order. */
  void forEachCore(CoreVisitor visitor) {
    RowCore core = new RowCore();
    long size = size();
    for (long k = 0; k < size; k++) {
      site.core(position(k), core);
      visitor.visit(k, core);
    }
  }

  /** Calls {@code visitor} for every row live on {@code day}. */
  void forEachLive(int day, CoreVisitor visitor) {
    RowCore core = new RowCore();
    for (long k = nextLive(0, day, core); k < size(); k = nextLive(k + 1, day, core)) {
      if (k < syntheticLive() && day >= site.indexDay) {
        site.core(position(k), core);
      }
      visitor.visit(k, core);
    }
  }

  /** Row visitor over {@link RowCore}s; the core is reused between calls. */
  interface CoreVisitor {
    void visit(long ordinal, RowCore core);
  }
}
