package io.spsbacklinks.sandbox;

import java.util.stream.Stream;

/**
 * Ground truth of a running sandbox for tests: what the API will answer about a target on the
 * sandbox's current day. {@link #backlinks} yields exactly the rows get-raw-backlinks pages and
 * export files contain, in the same order, lazily (a big target is never held in memory).
 */
public final class SandboxIndex {
  private final Index index;
  private final SandboxClock clock;

  SandboxIndex(Index index, SandboxClock clock) {
    this.index = index;
    this.clock = clock;
  }

  /**
   * The live backlinks of {@code target} in {@code mode} ("domain", "host" or "url") today, in raw
   * order.
   *
   * @throws IllegalArgumentException when the target or mode is not valid
   */
  public Stream<SandboxBacklink> backlinks(String target, String mode) {
    return index.liveRows(select(target, mode), clock.today(), 0).map(Row::toBacklink);
  }

  /**
   * The number of live backlinks of {@code target} in {@code mode} today, as get-metrics reports
   * it.
   */
  public long count(String target, String mode) {
    return index.count(select(target, mode), clock.today());
  }

  private Selection select(String target, String mode) {
    TargetRef ref = TargetRef.parse(target);
    if (ref == null) {
      throw new IllegalArgumentException(
          "target must be a domain, host or http(s) URL, was " + target);
    }
    Mode parsed = Mode.fromWire(mode);
    if (parsed == null) {
      throw new IllegalArgumentException("mode must be one of domain, host, url; was " + mode);
    }
    return index.select(ref, parsed);
  }
}
