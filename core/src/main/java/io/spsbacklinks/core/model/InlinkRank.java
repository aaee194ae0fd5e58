package io.spsbacklinks.core.model;

import java.util.OptionalInt;

/**
 * An InLink Rank or Domain InLink Rank (0..100, logarithmic). The API sends {@code -1} when the
 * rank is unknown; that is not a rank and must never be compared or averaged, so read it through
 * {@link #value()} or {@link #orElse(int)}.
 *
 * @param raw the value as sent by the API; negative means unknown
 */
public record InlinkRank(int raw) {
  /** The rank the API reports as {@code -1}. */
  public static final InlinkRank UNKNOWN = new InlinkRank(-1);

  // Every row carries two ranks: the documented values are shared, not allocated per row.
  private static final InlinkRank[] DOCUMENTED = new InlinkRank[101];

  static {
    for (int i = 0; i < DOCUMENTED.length; i++) {
      DOCUMENTED[i] = new InlinkRank(i);
    }
  }

  /** The rank for an API value; {@code -1} gives {@link #UNKNOWN}. */
  public static InlinkRank of(int raw) {
    if (raw == -1) {
      return UNKNOWN;
    }
    return raw >= 0 && raw < DOCUMENTED.length ? DOCUMENTED[raw] : new InlinkRank(raw);
  }

  /**
   * Whether the rank is known. The API documents {@code -1} as unknown; other negative values are
   * special values too and are treated as unknown as well.
   */
  public boolean isKnown() {
    return raw >= 0;
  }

  /** The rank, or empty when unknown. */
  public OptionalInt value() {
    return isKnown() ? OptionalInt.of(raw) : OptionalInt.empty();
  }

  /** The rank, or {@code fallback} when unknown. */
  public int orElse(int fallback) {
    return isKnown() ? raw : fallback;
  }

  @Override
  public String toString() {
    return isKnown() ? Integer.toString(raw) : "unknown";
  }
}
