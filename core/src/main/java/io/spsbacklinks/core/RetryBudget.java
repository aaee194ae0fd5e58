package io.spsbacklinks.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The attempts one operation has left under a {@link RetryPolicy}: its attempt count, backoff and
 * total deadline, the deadline counted from the budget's creation. Shared by the retries of a
 * request and the re-requests of a body that broke off mid-way.
 */
final class RetryBudget {
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Instant start;
  private int attempts = 1;

  RetryBudget(RetryPolicy policy, Clock clock, Sleeper sleeper) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.start = clock.instant();
  }

  /** Attempts made so far, the first one included. */
  int attempts() {
    return attempts;
  }

  /**
   * Waits before the next attempt and counts it; returns false, without waiting, when the policy
   * allows no more attempts or the wait would end after its total deadline.
   *
   * @param retryAfter the wait the server asked for, or null to back off
   */
  boolean awaitRetry(Duration retryAfter) throws InterruptedException {
    if (attempts >= policy.maxAttempts()) {
      return false;
    }
    Duration wait =
        retryAfter != null
            ? policy.capRetryAfter(retryAfter)
            : policy.backoff(attempts, ThreadLocalRandom.current().nextDouble());
    Duration elapsed = Duration.between(start, clock.instant());
    if (elapsed.plus(wait).compareTo(policy.totalDeadline()) > 0) {
      return false;
    }
    sleeper.sleep(wait);
    attempts++;
    return true;
  }
}
