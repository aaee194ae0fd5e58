package io.spsbacklinks.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault injection for reliability tests. Each rate is a probability in [0, 1] drawn per request
 * from a random sequence seeded with {@link #seed()}, so a run with the same requests in the same
 * order sees the same faults. Rates of 1.0 make a fault certain, which is what deterministic tests
 * want.
 *
 * @param error500Rate share of API calls answered 500 "Unexpected error. Please try again later."
 * @param error503Rate share of API calls answered 503 "System is busy. Please try again later."
 * @param error429Rate share of API calls answered 429 "Call rate limit reached." with Retry-After
 * @param retryAfterSeconds the Retry-After value sent with injected 429s
 * @param slowRate share of requests delayed by {@link #slowDelay()} (real time) before answering
 * @param slowDelay the delay of slow responses
 * @param dropRate share of responses whose connection is closed after a few body bytes
 * @param truncatedGzipRate share of export downloads whose gzip stream stops half way in a complete
 *     HTTP response
 * @param seed seed of the random sequence
 */
public record Faults(
    double error500Rate,
    double error503Rate,
    double error429Rate,
    int retryAfterSeconds,
    double slowRate,
    Duration slowDelay,
    double dropRate,
    double truncatedGzipRate,
    long seed) {

  private static final Faults NONE = builder().build();

  public Faults {
    checkRate("error500Rate", error500Rate);
    checkRate("error503Rate", error503Rate);
    checkRate("error429Rate", error429Rate);
    checkRate("slowRate", slowRate);
    checkRate("dropRate", dropRate);
    checkRate("truncatedGzipRate", truncatedGzipRate);
    if (error500Rate + error503Rate + error429Rate > 1.0) {
      throw new IllegalArgumentException(
          "error500Rate + error503Rate + error429Rate must not exceed 1.0");
    }
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException(
          "retryAfterSeconds must be >= 0, was " + retryAfterSeconds);
    }
    Objects.requireNonNull(slowDelay, "slowDelay");
    if (slowDelay.isNegative()) {
      throw new IllegalArgumentException("slowDelay must not be negative, was " + slowDelay);
    }
  }

  /** No faults at all: the default. */
  public static Faults none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these faults. */
  public Builder toBuilder() {
    return new Builder()
        .error500(error500Rate)
        .error503(error503Rate)
        .error429(error429Rate, retryAfterSeconds)
        .slow(slowRate, slowDelay)
        .dropConnection(dropRate)
        .truncateGzip(truncatedGzipRate)
        .seed(seed);
  }

  private static void checkRate(String name, double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(name + " must be within [0, 1], was " + rate);
    }
  }

  /** Builder for {@link Faults}; every rate defaults to 0. */
  public static final class Builder {
    private double error500;
    private double error503;
    private double error429;
    private int retryAfterSeconds = 1;
    private double slow;
    private Duration slowDelay = Duration.ofSeconds(1);
    private double drop;
    private double truncateGzip;
    private long seed = 1;

    private Builder() {}

    public Builder error500(double rate) {
      this.error500 = rate;
      return this;
    }

    public Builder error503(double rate) {
      this.error503 = rate;
      return this;
    }

    /** Injected 429s, answered with {@code Retry-After: retryAfterSeconds}. */
    public Builder error429(double rate, int retryAfterSeconds) {
      this.error429 = rate;
      this.retryAfterSeconds = retryAfterSeconds;
      return this;
    }

    /** Responses delayed by {@code delay} of real time, to exercise client timeouts. */
    public Builder slow(double rate, Duration delay) {
      this.slow = rate;
      this.slowDelay = delay;
      return this;
    }

    /** Connections closed after the headers and a few body bytes. */
    public Builder dropConnection(double rate) {
      this.drop = rate;
      return this;
    }

    /** Export downloads whose gzip data stops half way while the HTTP response ends normally. */
    public Builder truncateGzip(double rate) {
      this.truncateGzip = rate;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Faults build() {
      return new Faults(
          error500,
          error503,
          error429,
          retryAfterSeconds,
          slow,
          slowDelay,
          drop,
          truncateGzip,
          seed);
    }
  }
}
