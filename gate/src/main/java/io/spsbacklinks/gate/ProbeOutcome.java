package io.spsbacklinks.gate;

/** What probing one backlinked URL on the deployed site found. */
public enum ProbeOutcome {
  /** A 1xx/2xx answer, directly or after redirects. */
  OK(false, false),
  /** A 4xx/5xx answer without a redirect. */
  HTTP_ERROR(true, false),
  /** Redirects that end in a 4xx/5xx answer. */
  REDIRECT_TO_ERROR(true, false),
  /** A redirect back to a URL already visited. */
  REDIRECT_LOOP(true, false),
  /** More redirects than {@link BrokenTargetsPolicy#maxRedirects()}. */
  TOO_MANY_REDIRECTS(true, false),
  /** A 3xx answer without a usable {@code Location}. */
  BAD_REDIRECT(true, false),
  /**
   * A redirect to a host outside the probe scope: reported, not followed, so neither broken nor
   * unknown (the site answered; where it sends visitors is another site's business).
   */
  OFF_SITE_REDIRECT(false, false),
  /**
   * 429 (Too Many Requests), still after backing off as the site asked ({@link
   * io.spsbacklinks.gate.redirects.ProbePacing}). Never counted broken: the site did not say.
   */
  THROTTLED(false, true),
  /** No answer within {@link BrokenTargetsPolicy#requestTimeout()}, twice. Never counted broken. */
  TIMEOUT(false, true),
  /** No connection (refused, DNS, TLS), twice. Never counted broken. */
  UNREACHABLE(false, true);

  private final boolean broken;
  private final boolean unknown;

  ProbeOutcome(boolean broken, boolean unknown) {
    this.broken = broken;
    this.unknown = unknown;
  }

  /** True if the URL counts as broken. */
  public boolean isBroken() {
    return broken;
  }

  /** True if the probe could not tell (timeouts, connection failures). */
  public boolean isUnknown() {
    return unknown;
  }
}
