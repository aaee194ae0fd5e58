package io.spsbacklinks.bench.soak;

import io.spsbacklinks.core.Sleeper;
import io.spsbacklinks.sandbox.Sandbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The soak's time: the client's clock and sleeper. A sleep returns at once, moving this clock and
 * the sandbox's clock forward together, so backoffs, Retry-After waits and export delays are
 * honoured without waiting for real.
 */
final class VirtualTime extends Clock implements Sleeper {
  private final Sandbox sandbox;
  private Instant now = Instant.parse("2026-11-28T00:00:00Z");
  private Duration slept = Duration.ZERO;
  private int sleeps;
  private Runnable onSleep = () -> {};

  VirtualTime(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** Runs {@code action} at every later sleep, i.e. between a failure and the attempt after it. */
  synchronized void onSleep(Runnable action) {
    onSleep = action;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    onSleep.run();
    now = now.plus(duration);
    slept = slept.plus(duration);
    sleeps++;
    sandbox.advance(duration);
  }

  /** Everything the client would have waited so far. */
  synchronized Duration slept() {
    return slept;
  }

  /** How many times the client waited (retries and polls). */
  synchronized int sleeps() {
    return sleeps;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the soak's clock is UTC");
  }
}
