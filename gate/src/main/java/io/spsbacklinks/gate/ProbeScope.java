package io.spsbacklinks.gate;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * Which URLs the broken-targets check may request. Only the target's own site is probed: with a
 * deployed base URL, URLs on the target's host are moved onto it (path and query kept) and only
 * that base's host and port are requested; without one, the target's host and its subdomains. Hosts
 * in {@link BrokenTargetsPolicy#allowedHosts()} may be probed and redirected to as well. Anything
 * else (a {@code url_to} on another host, a redirect off the site) is reported, never requested, so
 * the API's data cannot point the gate at internal addresses.
 */
final class ProbeScope {
  private final String siteHost;
  private final HttpUrl base;
  private final List<String> allowedHosts;

  ProbeScope(String siteHost, HttpUrl base, List<String> allowedHosts) {
    this.siteHost = siteHost;
    this.base = base;
    this.allowedHosts = allowedHosts;
  }

  static ProbeScope of(GateRequest request) {
    String baseUrl = request.deployedBaseUrl();
    return new ProbeScope(
        request.targetHost(),
        baseUrl == null ? null : HttpUrl.get(baseUrl),
        request.policy().brokenTargets().allowedHosts());
  }

  /** True if a backlinked URL is on the site (or an allowed host) and so is probed. */
  boolean probes(HttpUrl url) {
    return allowed(url.host())
        || (base == null
            ? Hosts.within(url.host(), siteHost)
            : Hosts.sameSite(url.host(), siteHost));
  }

  /**
   * Moves a URL on the target's host onto the deployed base URL; other URLs are returned as they
   * are.
   */
  HttpUrl rewrite(HttpUrl url) {
    if (base == null || !Hosts.sameSite(url.host(), siteHost)) {
      return url;
    }
    String prefix =
        base.encodedPath().endsWith("/")
            ? base.encodedPath().substring(0, base.encodedPath().length() - 1)
            : base.encodedPath();
    return base.newBuilder()
        .encodedPath(prefix + url.encodedPath())
        .encodedQuery(url.encodedQuery())
        .fragment(null)
        .build();
  }

  /** True if a redirect to {@code next} (already rewritten) stays where probes may go. */
  boolean follows(HttpUrl next) {
    if (allowed(next.host())) {
      return true;
    }
    return base == null
        ? Hosts.within(next.host(), siteHost)
        : next.host().equalsIgnoreCase(base.host()) && next.port() == base.port();
  }

  /** Where probes go, for messages: {@code (example.com)} or {@code (deployed at http://...)}. */
  String describe() {
    return base == null
        ? "(" + siteHost + ")"
        : "(" + siteHost + ", deployed at " + GateRun.displayUrl(base.toString()) + ")";
  }

  private boolean allowed(String host) {
    return allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT));
  }
}
