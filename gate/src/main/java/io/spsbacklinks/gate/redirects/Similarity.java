package io.spsbacklinks.gate.redirects;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores how likely a candidate page is the successor of a broken one, from what survives a rename:
 * the slug (its words and its spelling), the section it sits in, and the page title.
 */
final class Similarity {
  /** Same page but for case, a trailing slash, {@code index.html} or an extension. */
  static final double COSMETIC = 0.97;

  /** Same slug in another section. */
  static final double MOVED = 0.9;

  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "and", "the", "of", "for", "to", "in", "on", "with", "by", "at", "or", "is",
          "how", "what", "your", "our", "de", "la", "le", "und", "der", "die");

  private Similarity() {}

  /** A score in [0,1] and why. */
  record Match(double score, String reason) {
    static final Match NONE = new Match(0, "nothing in common");
  }

  /** Scores normalized paths (see {@link Paths#normalize}). */
  static Match paths(String old, String candidate) {
    if (old.equals(candidate)) {
      return new Match(COSMETIC, "same page: only case, trailing slash or extension changed");
    }
    String oldSlug = Paths.slug(old);
    String newSlug = Paths.slug(candidate);
    if (oldSlug.isEmpty() || newSlug.isEmpty()) {
      return Match.NONE;
    }
    String oldSection = Paths.parent(old);
    String newSection = Paths.parent(candidate);
    boolean sameSection = oldSection.equals(newSection);
    String where =
        sameSection
            ? " in the same section " + oldSection
            : ", section moved from " + oldSection + " to " + newSection;
    if (oldSlug.equals(newSlug)) {
      return new Match(MOVED, "same slug '" + oldSlug + "'" + where);
    }
    Set<String> oldTokens = tokens(oldSlug);
    Set<String> newTokens = tokens(newSlug);
    // Words kept count twice: "install" -> "install-guide" keeps every old word.
    double words = (jaccard(oldTokens, newTokens) + contained(oldTokens, newTokens)) / 2;
    double slug = Math.max(words, ratio(oldSlug, newSlug));
    // Slugs with different numbers name different items (/p/123, /report-2019): not a rename.
    Set<String> oldNumbers = numbers(oldTokens);
    Set<String> newNumbers = numbers(newTokens);
    if (!oldNumbers.isEmpty() && !newNumbers.isEmpty() && !oldNumbers.equals(newNumbers)) {
      slug *= 0.7;
    }
    double section = sameSection ? 1 : jaccard(segments(oldSection), segments(newSection));
    double score = slug * (0.8 + 0.2 * section);
    return new Match(
        score, "slug '" + oldSlug + "' ~ '" + newSlug + "' (" + percent(slug) + " alike)" + where);
  }

  /** Scores the last known title of the broken page against a candidate's title. */
  static Match titles(String old, String candidate) {
    if (old == null || candidate == null) {
      return Match.NONE;
    }
    String a = mainPart(old);
    String b = mainPart(candidate);
    if (a.isEmpty() || b.isEmpty()) {
      return Match.NONE;
    }
    double similarity = Math.max(jaccard(tokens(a), tokens(b)), ratio(a, b));
    if (similarity < 0.5) {
      return Match.NONE;
    }
    double score = 0.55 + 0.4 * similarity;
    return new Match(
        score,
        similarity == 1
            ? "same title '" + candidate + "'"
            : "title '" + candidate + "' ~ '" + old + "' (" + percent(similarity) + " alike)");
  }

  /**
   * The stronger of two matches, its reason followed by the weaker's when that one found something.
   */
  static Match both(Match a, Match b) {
    Match strong = a.score() >= b.score() ? a : b;
    Match weak = strong == a ? b : a;
    return weak.score() > 0
        ? new Match(strong.score(), strong.reason() + "; " + weak.reason())
        : strong;
  }

  /** How many of a title's words appear in a path: a cheap pre-rank before titles are fetched. */
  static double titleInPath(String title, String normalizedPath) {
    Set<String> words = tokens(mainPart(title));
    if (words.isEmpty()) {
      return 0;
    }
    Set<String> inPath = tokens(normalizedPath);
    return words.stream().filter(inPath::contains).count() / (double) words.size();
  }

  /** Lower-case words and numbers, stopwords dropped. */
  static Set<String> tokens(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty() && !STOPWORDS.contains(t))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  // "Pricing | Acme" and "Pricing – Acme": the site name after a separator says nothing about the
  // page.
  private static String mainPart(String title) {
    return title.split("\\s+[|–—·-]\\s+")[0].strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> numbers(Set<String> tokens) {
    return tokens.stream()
        .filter(t -> t.chars().allMatch(Character::isDigit))
        .collect(Collectors.toSet());
  }

  private static Set<String> segments(String section) {
    return new HashSet<>(Arrays.asList(section.substring(1).split("/")));
  }

  private static double contained(Set<String> old, Set<String> candidate) {
    return old.isEmpty()
        ? 0
        : old.stream().filter(candidate::contains).count() / (double) old.size();
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return a.stream().filter(b::contains).count() / (double) union.size();
  }

  /** 1 - Levenshtein distance / the longer length. */
  static double ratio(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - levenshtein(a, b) / (double) longer;
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static String percent(double value) {
    return Math.round(value * 100) + "%";
  }
}
