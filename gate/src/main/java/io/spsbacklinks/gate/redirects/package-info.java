/**
 * Redirect suggestions for broken backlinked URLs: {@link
 * io.spsbacklinks.gate.redirects.RedirectSuggester} finds each one's successor on the deployed site
 * (from its sitemaps, live backlinked URLs and the user's list), verifies it answers 200 there, and
 * {@link io.spsbacklinks.gate.redirects.RuleFormat} writes the rules (nginx, Apache, {@code
 * _redirects}, CSV, JSON). Requests go to the deployed site only; sitemap reading is bounded by
 * {@link io.spsbacklinks.gate.redirects.SitemapLimits}.
 */
package io.spsbacklinks.gate.redirects;
