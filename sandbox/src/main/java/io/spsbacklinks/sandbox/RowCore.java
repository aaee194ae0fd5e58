package io.spsbacklinks.sandbox;

/**
 * The few numbers of a row that counting and sorting need, filled in place so that scanning
 * millions of rows allocates nothing. Dates are epoch days; {@code lost} is {@link
 * Integer#MAX_VALUE} when never lost.
 */
final class RowCore {
  static final byte TEXT = 0;
  static final byte IMAGE = 1;
  static final byte REDIRECT = 2;

  int refdomain;
  boolean nofollow;
  byte kind;
  int inlinkRank;
  int firstSeen;
  int lost;

  boolean liveOn(int day) {
    return firstSeen <= day && day < lost;
  }
}
