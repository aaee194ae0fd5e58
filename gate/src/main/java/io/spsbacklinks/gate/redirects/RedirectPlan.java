package io.spsbacklinks.gate.redirects;

import java.util.List;

/**
 * The suggester's answer for a set of broken backlinked URLs.
 *
 * @param suggestions one per distinct broken URL, the most weighted referring domains first
 * @param sitemaps what reading the sitemaps found (all zero when sitemaps were not read)
 * @param candidates distinct candidate pages considered
 * @param probes requests made to the deployed site to verify sources, targets and section pages
 */
public record RedirectPlan(
    List<Suggestion> suggestions, SitemapStats sitemaps, int candidates, int probes) {
  /** Copies the list, so the record is immutable. */
  public RedirectPlan {
    suggestions = List.copyOf(suggestions);
  }

  /** How many suggestions are of {@code kind}. */
  public long count(Suggestion.Kind kind) {
    return suggestions.stream().filter(s -> s.kind() == kind).count();
  }

  /** The suggestions a redirect rule is written for, the most at stake first. */
  public List<Suggestion> redirects() {
    return suggestions.stream().filter(s -> s.kind() == Suggestion.Kind.REDIRECT).toList();
  }
}
