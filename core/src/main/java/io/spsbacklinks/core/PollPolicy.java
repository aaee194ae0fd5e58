package io.spsbacklinks.core;

import java.time.Duration;

/**
 * How {@link BacklinksClient#awaitExport} polls an export task: waits start at {@code
 * initialDelay}, grow by {@code multiplier} up to {@code maxDelay}, and polling gives up once
 * {@code timeout} has passed.
 *
 * @param initialDelay wait before the second poll (the first poll is immediate)
 * @param maxDelay upper bound of a wait
 * @param multiplier growth of the wait per poll, at least 1
 * @param timeout how long to wait for completion in total
 */
public record PollPolicy(
    Duration initialDelay, Duration maxDelay, double multiplier, Duration timeout) {

  private static final PollPolicy DEFAULTS = builder().build();

  /** Validates the policy. */
  public PollPolicy {
    RetryPolicy.requireNonNegative(initialDelay, "initialDelay");
    RetryPolicy.requireNonNegative(maxDelay, "maxDelay");
    RetryPolicy.requireNonNegative(timeout, "timeout");
    if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
    }
  }

  /** 2 s growing by 1.5 up to 60 s, for at most 1 hour. */
  public static PollPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}' values. */
  public static Builder builder() {
    return new Builder();
  }

  /** The wait after poll number {@code poll} (1 = after the first poll). */
  Duration delay(int poll) {
    double nanos = initialDelay.toNanos() * Math.pow(multiplier, poll - 1);
    return Duration.ofNanos((long) Math.min(nanos, maxDelay.toNanos()));
  }

  /** Builds a {@link PollPolicy}. */
  public static final class Builder {
    private Duration initialDelay = Duration.ofSeconds(2);
    private Duration maxDelay = Duration.ofSeconds(60);
    private double multiplier = 1.5;
    private Duration timeout = Duration.ofHours(1);

    private Builder() {}

    /** Wait before the second poll (default 2 s). */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = initialDelay;
      return this;
    }

    /** Upper bound of a wait (default 60 s). */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    /** Growth per poll (default 1.5). */
    public Builder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Overall bound (default 1 hour). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Builds and validates the policy. */
    public PollPolicy build() {
      return new PollPolicy(initialDelay, maxDelay, multiplier, timeout);
    }
  }
}
