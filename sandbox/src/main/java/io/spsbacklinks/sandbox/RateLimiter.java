package io.spsbacklinks.sandbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A fixed one-second window per key on the sandbox clock; 0 calls per second means no limit. */
final class RateLimiter {
  private final int perSecond;
  private final Map<String, long[]> windows = new HashMap<>();

  RateLimiter(int perSecond) {
    this.perSecond = perSecond;
  }

  /** Counts a call; returns 0 when allowed, else the seconds to wait (the Retry-After value). */
  synchronized long acquire(String key, Instant now) {
    if (perSecond == 0) {
      return 0;
    }
    long second = now.getEpochSecond();
    long[] window = windows.computeIfAbsent(key, k -> new long[2]);
    if (window[0] != second) {
      window[0] = second;
      window[1] = 0;
    }
    if (window[1] >= perSecond) {
      return 1;
    }
    window[1]++;
    return 0;
  }
}
