package io.spsbacklinks.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The best {@code limit} keys of a stream (larger key = better) with at most {@code perGroup} keys
 * per group, in O(limit) memory. A key evicted as the overall worst can never come back: at that
 * moment {@code limit} better keys are each among their group's best, and a group's kept keys are
 * only ever replaced by better ones of the same group.
 */
final class TopK {
  private final int limit;
  private final int perGroup;
  private final TreeSet<Long> all = new TreeSet<>();
  private final Map<Integer, TreeSet<Long>> byGroup = new HashMap<>();
  private final Map<Long, Integer> groupOf = new HashMap<>();

  TopK(int limit, int perGroup) {
    this.limit = limit;
    this.perGroup = perGroup;
  }

  /**
   * Packs a sort value (better = larger, below 2^21) with a tie-breaker (smaller = better, below
   * 2^42).
   */
  static long key(long value, long tieBreak) {
    return (value << 42) | ((1L << 42) - 1 - tieBreak);
  }

  /** The tie-breaker packed into {@code key}. */
  static long tieBreak(long key) {
    return (1L << 42) - 1 - (key & ((1L << 42) - 1));
  }

  void offer(long key, int group) {
    if (all.size() >= limit && key < all.first()) {
      return;
    }
    TreeSet<Long> kept = byGroup.get(group);
    if (kept != null && kept.size() >= perGroup) {
      if (key < kept.first()) {
        return;
      }
      remove(kept.first());
    }
    byGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(key);
    all.add(key);
    groupOf.put(key, group);
    if (all.size() > limit) {
      remove(all.first());
    }
  }

  private void remove(long key) {
    int group = groupOf.remove(key);
    all.remove(key);
    TreeSet<Long> kept = byGroup.get(group);
    kept.remove(key);
    if (kept.isEmpty()) {
      byGroup.remove(group);
    }
  }

  /** The kept keys, best first. */
  List<Long> best() {
    return new ArrayList<>(all.descendingSet());
  }
}
