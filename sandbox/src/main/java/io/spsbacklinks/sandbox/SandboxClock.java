package io.spsbacklinks.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The sandbox's notion of now: a base clock plus an offset that tests move with setToday/advance.
 * UTC throughout.
 */
final class SandboxClock {
  private final Clock base;
  private volatile Duration offset;

  SandboxClock(Clock base, Duration offset) {
    this.base = base;
    this.offset = offset;
  }

  /**
   * A clock that ticks in real time but starts at midnight UTC of {@code today}, so "today" lasts a
   * day.
   */
  static SandboxClock startingAt(LocalDate today) {
    Clock system = Clock.systemUTC();
    Instant start = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    return new SandboxClock(system, Duration.between(system.instant(), start));
  }

  /**
   * {@code base} as given, shifted so that its current date becomes {@code today} when that is set.
   */
  static SandboxClock of(Clock base, LocalDate today) {
    if (today == null) {
      return new SandboxClock(base, Duration.ZERO);
    }
    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(base.instant(), ZoneOffset.UTC), today);
    return new SandboxClock(base, Duration.ofDays(days));
  }

  Instant instant() {
    return base.instant().plus(offset);
  }

  LocalDate today() {
    return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
  }

  synchronized void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  synchronized void setToday(LocalDate date) {
    offset = offset.plusDays(ChronoUnit.DAYS.between(today(), date));
  }
}
