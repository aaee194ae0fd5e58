package io.spsbacklinks.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often a failed request is retried: 429, 500, 502, 503, 504 and I/O failures that
 * happen before the response body is handed to the caller. Never 400-406 or 244. The same policy
 * bounds, per page or file, how often a get-raw-backlinks walk or an export download is requested
 * again when its body breaks off mid-way (its deadline then counted from the first break).
 *
 * <p>The n-th retry waits {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, reduced by a
 * random fraction of up to {@code jitter}, or the server's {@code Retry-After} capped at {@code
 * maxRetryAfter}. No retry starts when its wait would end after {@code totalDeadline} counted from
 * the first attempt.
 *
 * @param maxAttempts attempts in total, at least 1 (1 = no retry)
 * @param initialBackoff wait before the first retry
 * @param maxBackoff upper bound of a computed wait
 * @param multiplier growth of the wait per retry, at least 1
 * @param jitter fraction 0..1 of the wait that is randomly removed, so clients spread out
 * @param maxRetryAfter upper bound of a wait asked by {@code Retry-After}
 * @param totalDeadline bound of the whole operation including waits
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double multiplier,
    double jitter,
    Duration maxRetryAfter,
    Duration totalDeadline) {

  private static final RetryPolicy DEFAULTS = builder().build();

  /** Validates the policy. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
    }
    requireNonNegative(initialBackoff, "initialBackoff");
    requireNonNegative(maxBackoff, "maxBackoff");
    requireNonNegative(maxRetryAfter, "maxRetryAfter");
    requireNonNegative(totalDeadline, "totalDeadline");
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0; 1]: " + jitter);
    }
  }

  static void requireNonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
  }

  /** 4 attempts, 500 ms doubling up to 30 s, jitter 0.2, Retry-After up to 60 s, 5 min overall. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A single attempt, no retry. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from {@link #defaults()}' values. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The wait before retry number {@code retry} (1 = first retry) without a Retry-After.
   *
   * @param random a value in [0; 1) choosing how much jitter is removed
   */
  Duration backoff(int retry, double random) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, retry - 1);
    double capped = Math.min(base, maxBackoff.toNanos());
    return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
  }

  /** The wait asked by a Retry-After, bounded by {@link #maxRetryAfter()}. */
  Duration capRetryAfter(Duration retryAfter) {
    return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration totalDeadline = Duration.ofMinutes(5);

    private Builder() {}

    private Builder(RetryPolicy policy) {
      maxAttempts = policy.maxAttempts;
      initialBackoff = policy.initialBackoff;
      maxBackoff = policy.maxBackoff;
      multiplier = policy.multiplier;
      jitter = policy.jitter;
      maxRetryAfter = policy.maxRetryAfter;
      totalDeadline = policy.totalDeadline;
    }

    /** Attempts in total including the first (default 4). */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Wait before the first retry (default 500 ms). */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** Upper bound of a computed wait (default 30 s). */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** Growth per retry (default 2). */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Random fraction 0..1 removed from each computed wait (default 0.2). */
    public Builder jitter(double jitter) {
      this.jitter = jitter;
      return this;
    }

    /** Upper bound of a Retry-After wait (default 60 s). */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** Bound of the whole operation including waits (default 5 min). */
    public Builder totalDeadline(Duration totalDeadline) {
      this.totalDeadline = totalDeadline;
      return this;
    }

    /** Builds and validates the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(
          maxAttempts,
          initialBackoff,
          maxBackoff,
          multiplier,
          jitter,
          maxRetryAfter,
          totalDeadline);
    }
  }
}
