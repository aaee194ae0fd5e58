package io.spsbacklinks.gate;

import io.spsbacklinks.gate.redirects.RedirectSuggester;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the redirect suggestions: after the broken-targets check, where should each broken
 * backlinked URL redirect ({@link RedirectSuggester})? They run only when broken URLs were found;
 * their requests go to the site the broken URLs were probed on, nowhere else. A suggestion never
 * changes a rule's verdict.
 *
 * @param enabled whether broken URLs get suggestions (default true: whoever sees a deploy break
 *     backlinked URLs wants to know where they should go)
 * @param minConfidence the confidence floor in [0, 1] below which a URL gets "no confident target"
 *     instead of a rule (default {@value RedirectSuggester#DEFAULT_MIN_CONFIDENCE})
 * @param candidates the user's candidate targets: URLs on the site or paths starting with '/'
 *     (default none; the deployed site's sitemaps and the live backlinked URLs are always used)
 */
public record RedirectsPolicy(boolean enabled, double minConfidence, List<String> candidates) {

  private static final RedirectsPolicy DEFAULTS =
      new RedirectsPolicy(true, RedirectSuggester.DEFAULT_MIN_CONFIDENCE, List.of());

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public RedirectsPolicy {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw PolicyErrors.invalid("redirects.minConfidence", minConfidence, "a number in [0, 1]");
    }
    candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    for (String candidate : candidates) {
      if (candidate == null
          || !(candidate.startsWith("/")
              || candidate.startsWith("http://")
              || candidate.startsWith("https://"))) {
        throw PolicyErrors.invalid(
            "redirects.candidates", candidate, "http(s) URLs or paths starting with '/'");
      }
    }
  }

  /** The defaults listed on the record components. */
  public static RedirectsPolicy defaults() {
    return DEFAULTS;
  }

  /** This policy, enabled or not. */
  public RedirectsPolicy withEnabled(boolean enabled) {
    return new RedirectsPolicy(enabled, minConfidence, candidates);
  }

  /** This policy with another confidence floor. */
  public RedirectsPolicy withMinConfidence(double minConfidence) {
    return new RedirectsPolicy(enabled, minConfidence, candidates);
  }

  /** This policy with the user's candidate targets. */
  public RedirectsPolicy withCandidates(List<String> candidates) {
    return new RedirectsPolicy(enabled, minConfidence, candidates);
  }
}
