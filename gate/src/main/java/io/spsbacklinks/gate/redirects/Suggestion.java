package io.spsbacklinks.gate.redirects;

import java.util.Comparator;
import java.util.Objects;

/**
 * What the suggester says about one broken backlinked URL.
 *
 * @param url the backlinked URL, as given
 * @param source its path (and query) on the site: what a redirect rule matches
 * @param status the status the deployed site answered for it (0: no answer)
 * @param why how it is broken on the deployed site, e.g. {@code "404"} or {@code "301 -> /x, 404"}
 * @param weight the weighted referring domains at stake
 * @param refdomains distinct referring domains
 * @param kind whether a target was found
 * @param target the verified target path on the site ({@link Kind#REDIRECT} only, else null)
 * @param confidence in [0,1]: how sure the match is (for {@link Kind#NO_CONFIDENT_TARGET}, the
 *     closest one's)
 * @param reason why this target, or why none, in words
 * @param sectionPage for {@link Kind#NO_CONFIDENT_TARGET}: the closest section page that answers
 *     200, or null
 * @param origin where the target came from (null without a target)
 */
public record Suggestion(
    String url,
    String source,
    int status,
    String why,
    double weight,
    int refdomains,
    Kind kind,
    String target,
    double confidence,
    String reason,
    String sectionPage,
    CandidateOrigin origin) {

  /** The order of every list of suggestions: most weighted referring domains first, then path. */
  public static final Comparator<Suggestion> MOST_AT_STAKE =
      Comparator.comparingDouble(Suggestion::weight).reversed().thenComparing(Suggestion::source);

  /** Checks the components. */
  public Suggestion {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if ((kind == Kind.REDIRECT) != (target != null)) {
      throw new IllegalArgumentException(
          "a target goes with REDIRECT only: " + kind + ", " + target);
    }
  }

  /**
   * The fix in a few words, for a report's "fix" column: {@code "301 to /new (85%)"}, {@code "no
   * confident target; closest section page /blog/"} or {@code "not broken now: ..."}.
   */
  public String fix() {
    return switch (kind) {
      case REDIRECT -> "301 to " + target + " (" + Similarity.percent(confidence) + ")";
      case NO_CONFIDENT_TARGET ->
          "no confident target"
              + (sectionPage == null ? "" : "; closest section page " + sectionPage);
      case NOT_BROKEN -> reason;
    };
  }

  /** The three answers. */
  public enum Kind {
    /** A verified target at or above the confidence floor: a redirect rule is written. */
    REDIRECT,
    /**
     * Nothing verified reached the floor: no rule; {@link #sectionPage()} is a hint for a human.
     */
    NO_CONFIDENT_TARGET,
    /**
     * The URL answers 200 on the deployed site (directly or by its own redirects): no rule, ever.
     */
    NOT_BROKEN
  }

  /** Where a candidate target came from. */
  public enum CandidateOrigin {
    /** The user's own list. */
    USER,
    /** A backlinked URL that still answers 200. */
    BACKLINKED,
    /** The deployed site's sitemaps. */
    SITEMAP,
    /** Where the URL redirected before it broke ({@link BrokenTarget#redirectedBefore()}). */
    HISTORY,
    /** The closest section page; only as {@link Suggestion#sectionPage()}. */
    SECTION
  }
}
