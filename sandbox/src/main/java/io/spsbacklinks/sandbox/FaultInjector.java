package io.spsbacklinks.sandbox;

import java.util.Random;

/** Draws the faults of each request from the configured {@link Faults}, in request order. */
final class FaultInjector {
  private Faults faults;
  private Random random;

  FaultInjector(Faults faults) {
    set(faults);
  }

  synchronized void set(Faults faults) {
    this.faults = faults;
    this.random = new Random(faults.seed());
  }

  /**
   * What goes wrong with one request; the same number of draws every time keeps sequences
   * reproducible.
   */
  synchronized Plan next() {
    double error = random.nextDouble();
    boolean slow = random.nextDouble() < faults.slowRate();
    boolean drop = random.nextDouble() < faults.dropRate();
    boolean truncate = random.nextDouble() < faults.truncatedGzipRate();
    ApiError apiError = null;
    if (error < faults.error500Rate()) {
      apiError = ApiError.unexpected();
    } else if (error < faults.error500Rate() + faults.error503Rate()) {
      apiError = ApiError.busy();
    } else if (error < faults.error500Rate() + faults.error503Rate() + faults.error429Rate()) {
      apiError = ApiError.rateLimited(faults.retryAfterSeconds());
    }
    return new Plan(apiError, slow ? faults.slowDelay().toMillis() : 0, drop, truncate);
  }

  /** The faults of one request. */
  record Plan(ApiError error, long delayMillis, boolean drop, boolean truncateGzip) {}
}
