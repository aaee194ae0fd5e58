package io.spsbacklinks.core;

import java.time.Duration;
import java.util.Optional;

/** 429: the call rate limit of the API key was reached. */
public class RateLimitException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param retryAfter the delay asked by the {@code Retry-After} header, null when absent
   */
  public RateLimitException(String command, String target, String apiMessage, Duration retryAfter) {
    super(429, command, target, apiMessage);
    this.retryAfter = retryAfter;
  }

  /** The delay the server asked for in {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
