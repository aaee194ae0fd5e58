package io.spsbacklinks.gate;

/**
 * Where the broken-targets check gets the backlinked destination URLs ({@code url_to}) it probes.
 */
public enum BacklinkSource {
  /**
   * get-backlinks ordered by InLink Rank, {@code limit = topN}: the destinations of the top N
   * backlinks. Costs at most topN units.
   */
  TOP_BACKLINKS,
  /**
   * get-raw-backlinks, every page: every backlinked destination. Costs one unit per backlink of the
   * target, learned from get-metrics before anything is read.
   */
  ALL_RAW
}
