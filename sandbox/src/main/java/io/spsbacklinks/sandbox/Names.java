package io.spsbacklinks.sandbox;

/**
 * Word lists and text templates of the synthetic index. Titles and anchors deliberately carry
 * unicode, commas, quotes and apostrophes so that CSV quoting, JSON escaping and XML escaping are
 * exercised.
 */
final class Names {
  static final String[] ADJECTIVES = {
    "blue", "bright", "clever", "daily", "digital", "eager", "fast", "global", "green", "happy",
    "honest", "urban", "iron", "jolly", "keen", "local", "lucky", "modern", "nimble", "open",
    "prime", "quick", "rapid", "red", "silver", "smart", "solid", "sunny", "swift", "tiny",
    "true", "vivid", "wild", "wise", "young", "zen", "alpine", "bold", "calm", "cosmic",
    "crisp", "dark", "deep", "early", "epic", "fresh", "golden", "grand", "hidden", "lunar",
    "magic", "mega", "nordic", "pixel", "polar", "pure", "royal", "secret", "simple", "solar",
    "super", "tech", "velvet", "white"
  };
  static final String[] NOUNS = {
    "fox", "media", "parc", "hub", "lab", "works", "press", "studio", "guide", "review",
    "blog", "news", "post", "times", "daily", "market", "tools", "apps", "code", "cloud",
    "data", "labs", "space", "world", "zone", "point", "base", "craft", "forge", "garden",
    "harbor", "island", "journal", "kitchen", "ledger", "maker", "nest", "orbit", "pilot", "quest",
    "river", "signal", "tribe", "union", "valley", "wave", "yard", "atlas", "beacon", "canvas",
    "digest", "engine", "factory", "gazette", "herald", "insight", "junction", "kernel", "lounge",
        "monitor",
    "network", "outpost", "planet", "report"
  };

  /** 64 TLD slots: the repeats give the distribution; 2 of 64 are .edu, 1 is .gov. */
  static final String[] TLDS = {
    "com", "com", "com", "com", "com", "com", "com", "com", "com", "com",
    "com", "com", "com", "com", "com", "com", "com", "com", "com", "com",
    "com", "com", "com", "com", "com", "com", "com", "com", "net", "net",
    "net", "net", "net", "net", "org", "org", "org", "org", "org", "org",
    "io", "io", "io", "co", "co", "de", "de", "de", "fr", "fr",
    "it", "it", "nl", "nl", "es", "pl", "ru", "info", "blog", "co.uk",
    "co.uk", "edu", "edu", "gov"
  };

  static final String[][] HOST_PREFIXES = {
    {"", "www.", "blog.", "forum."},
    {"", "www.", "cs.", "library."},
    {"", "www.", "data.", "portal."}
  };
  static final String[] SUBDOMAINS = {"blog", "shop", "docs", "support", "m", "news", "app"};
  static final String[] FIXED_PAGES = {
    "/", "/pricing", "/features/", "/about", "/blog/", "/contact", "/download/"
  };
  static final String[] TOPICS = {
    "seo",
    "backlinks",
    "rank-tracking",
    "site-audit",
    "keyword-research",
    "link-building",
    "content",
    "analytics",
    "marketing",
    "local-seo",
    "ecommerce",
    "outreach"
  };

  /** {0} = the target's brand, {1} = a topic word, {2} = a number. */
  static final String[] TITLES = {
    "Top {2} {1} tools, reviewed",
    "\"{0}\" review: is it worth it?",
    "{0} vs. the rest — an honest comparison",
    "Strumenti {1} gratuiti e premium",
    "Die besten {1}-Tools für Anfänger, Profis & Agenturen",
    "Инструменты {1}: обзор {2} сервисов",
    "{1}ツール比較 {2}選",
    "L'outil {1} qu'on n'attendait plus, « {0} »",
    "{2} Killer {1} Tools That Will Boost Your Productivity | {0}",
    "How we grew traffic {2}% with {1}, step by step",
    "Forum: \"{0}\", anyone using it?",
    "Herramientas de {1}: guía {2}, ¿cuál elegir?",
    "Narzędzia {1} — ranking {2}",
    "{1} 工具推荐：{0}"
  };

  /** {0} = brand, {1} = topic, {2} = the destination URL. */
  static final String[] ANCHORS = {
    "{0}",
    "{0}",
    "{0}",
    "Rank Tracker",
    "click here",
    "{2}",
    "this {1} tool",
    "read more",
    "\"{0}\" by the team",
    "{1}, {0} and more",
    "Weiterlesen →",
    "подробнее",
    "詳しくはこちら",
    "l'outil « {0} »",
    "{0}'s {1} guide"
  };

  static final String[] IMAGE_ALTS = {
    "{0} logo", "banner: {0}", "{1} screenshot", "", "badge \"{0}\""
  };

  private Names() {}

  /**
   * Every template with {0} (the brand) and {1} (each topic) filled in, indexed [template][topic]:
   * done once per site, so a row only replaces {2}, in that order as before.
   */
  static String[][] prefill(String[] templates, String brand) {
    String[][] filled = new String[templates.length][TOPICS.length];
    for (int i = 0; i < templates.length; i++) {
      for (int t = 0; t < TOPICS.length; t++) {
        filled[i][t] = templates[i].replace("{0}", brand).replace("{1}", TOPICS[t]);
      }
    }
    return filled;
  }

  /** "example.co.uk" becomes "Example": the brand shown in titles and anchors. */
  static String brand(String domain) {
    String first = domain.substring(0, domain.indexOf('.'));
    return first.isEmpty() ? domain : Character.toUpperCase(first.charAt(0)) + first.substring(1);
  }
}
