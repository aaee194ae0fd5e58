package io.spsbacklinks.gate.redirects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What survives a rename, and what does not make one. */
class SimilarityTest {
  private static double paths(String old, String candidate) {
    return Similarity.paths(Paths.normalize(old), Paths.normalize(candidate)).score();
  }

  @Test
  void cosmeticChangesAreTheSamePage() {
    assertThat(paths("/Blog/Post/", "/blog/post")).isEqualTo(Similarity.COSMETIC);
    assertThat(paths("/about.html", "/about/")).isEqualTo(Similarity.COSMETIC);
    assertThat(paths("/docs/index.php", "/docs")).isEqualTo(Similarity.COSMETIC);
  }

  @Test
  void differentNumbersAreDifferentItemsButADroppedNumberIsARename() {
    assertThat(paths("/p/123", "/p/124")).isLessThan(RedirectSuggester.DEFAULT_MIN_CONFIDENCE);
    assertThat(paths("/reports/annual-2019", "/reports/annual-2020"))
        .isLessThan(RedirectSuggester.DEFAULT_MIN_CONFIDENCE);
    assertThat(paths("/blog/10-seo-tips", "/blog/ten-seo-tips")).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void keptWordsAndTheSectionCount() {
    assertThat(paths("/kb/install", "/kb/install-guide"))
        .isGreaterThan(RedirectSuggester.DEFAULT_MIN_CONFIDENCE);
    assertThat(paths("/kb/install", "/kb/install-guide"))
        .isGreaterThan(paths("/kb/install", "/other/install-guide"));
    assertThat(paths("/blog/company-picnic-2019", "/blog/ten-seo-tips")).isLessThan(0.3);
    assertThat(paths("/blog/post", "/")).isZero();
  }

  @Test
  void titlesIgnoreTheSiteNameAndNeedHalfInCommon() {
    assertThat(Similarity.titles("Blue Widget | Acme", "Blue Widget - Acme Store").score())
        .isCloseTo(0.95, within(1e-9));
    assertThat(Similarity.titles("Blue Widget", "Pricing").score()).isZero();
    assertThat(Similarity.titles(null, "Pricing").score()).isZero();
  }
}
