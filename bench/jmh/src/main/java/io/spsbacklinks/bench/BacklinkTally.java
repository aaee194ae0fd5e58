package io.spsbacklinks.bench;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.sandbox.SandboxBacklink;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An order-independent fingerprint of a set of backlinks: their count, the sum of a 64-bit hash of
 * every field, and the number of rows seen twice. Two tallies are equal when the same backlinks
 * were delivered exactly once each, in any order; a lost row and a duplicated one cannot cancel out
 * because duplicates are counted separately.
 *
 * <p>Null and empty strings hash alike, because the export CSV cannot tell them apart.
 */
public final class BacklinkTally {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final Set<Long> seen = new HashSet<>();
  private long count;
  private long sum;
  private long duplicates;

  /** Adds a backlink of the core client. */
  public void add(Backlink b) {
    add(
        b.urlFrom(),
        b.urlTo(),
        b.title(),
        b.anchor(),
        b.alt(),
        b.nofollow(),
        b.image(),
        b.imageSource(),
        b.inlinkRank().raw(),
        b.domainInlinkRank().raw(),
        b.firstSeen(),
        b.lastVisited());
  }

  /** Adds a backlink of the sandbox's ground truth. */
  public void add(SandboxBacklink b) {
    add(
        b.urlFrom(),
        b.urlTo(),
        b.title(),
        b.anchor(),
        b.alt(),
        b.nofollow(),
        b.image(),
        b.imageSource(),
        b.inlinkRank(),
        b.domainInlinkRank(),
        b.firstSeen(),
        b.lastVisited());
  }

  /** Adds one backlink by its fields; a rank of -1 is unknown, dates may be null. */
  public void add(
      String urlFrom,
      String urlTo,
      String title,
      String anchor,
      String alt,
      boolean nofollow,
      boolean image,
      String imageSource,
      int inlinkRank,
      int domainInlinkRank,
      LocalDate firstSeen,
      LocalDate lastVisited) {
    long h = FNV_OFFSET;
    h = mix(h, urlFrom);
    h = mix(h, urlTo);
    h = mix(h, title);
    h = mix(h, anchor);
    h = mix(h, alt);
    h = mix(h, nofollow ? "1" : "0");
    h = mix(h, image ? "1" : "0");
    h = mix(h, imageSource);
    h = mix(h, Integer.toString(inlinkRank));
    h = mix(h, Integer.toString(domainInlinkRank));
    h = mix(h, firstSeen == null ? null : firstSeen.toString());
    h = mix(h, lastVisited == null ? null : lastVisited.toString());
    h = finish(h);
    count++;
    sum += h;
    if (!seen.add(h)) {
      duplicates++;
    }
  }

  /** Adds every row of {@code other}, as if they had been added here (a page committed). */
  public void addAll(BacklinkTally other) {
    count += other.count;
    sum += other.sum;
    for (Long h : other.seen) {
      if (!seen.add(h)) {
        duplicates++;
      }
    }
    duplicates += other.duplicates;
  }

  /** Rows added. */
  public long count() {
    return count;
  }

  /** Rows whose every field equals an earlier row's. */
  public long duplicates() {
    return duplicates;
  }

  /** The order-independent checksum of the rows added. */
  public long checksum() {
    return sum;
  }

  private static long mix(long h, String value) {
    if (value != null) {
      for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * FNV_PRIME;
      }
    }
    return (h ^ 0x1f) * FNV_PRIME; // field separator: ("ab","") differs from ("a","b")
  }

  /** A final avalanche (SplitMix64) so that sums of similar rows do not collide. */
  private static long finish(long h) {
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  /** Count, checksum and duplicates, e.g. for an assertion message. */
  @Override
  public String toString() {
    return "BacklinkTally{count="
        + count
        + ", checksum="
        + Long.toHexString(sum)
        + ", duplicates="
        + duplicates
        + "}";
  }

  /** Equal when count, checksum and duplicates are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BacklinkTally t
        && t.count == count
        && t.sum == sum
        && t.duplicates == duplicates;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count * 31 + sum) + (int) duplicates;
  }
}
