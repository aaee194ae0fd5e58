package io.spsbacklinks.gate;

import java.util.Locale;
import okhttp3.HttpUrl;

/** Host-name helpers shared by the checks: what is "the site", what a domain contains. */
final class Hosts {
  private Hosts() {}

  /**
   * Parses a target or URL the way the API accepts them ({@code example.com}, {@code
   * https://www.example.com/path}); a missing scheme means http. Null if it is not a URL.
   */
  static HttpUrl parseLenient(String targetOrUrl) {
    if (targetOrUrl == null) {
      return null;
    }
    String s = targetOrUrl.trim();
    return HttpUrl.parse(s.contains("://") ? s : "http://" + s);
  }

  /** The lower-case host of a target or URL, or null. */
  static String hostOf(String targetOrUrl) {
    HttpUrl url = parseLenient(targetOrUrl);
    return url == null ? null : url.host().toLowerCase(Locale.ROOT);
  }

  /** {@code www.example.com} and {@code example.com} are the same site for the gate. */
  static String withoutWww(String host) {
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /** True if {@code host} is {@code domain} or one of its subdomains (www-insensitive). */
  static boolean within(String host, String domain) {
    String h = withoutWww(host);
    String d = withoutWww(domain);
    return h.equals(d) || h.endsWith("." + d);
  }

  /**
   * Lower-cased, trimmed host names; each must be a bare host (no scheme, path or port).
   *
   * @throws io.spsbacklinks.core.InvalidParameterException naming {@code parameter}
   */
  static java.util.List<String> normalize(String parameter, java.util.List<String> hosts) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String host : java.util.Objects.requireNonNull(hosts, parameter)) {
      String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
      HttpUrl parsed = h.isEmpty() ? null : HttpUrl.parse("http://" + h + "/");
      if (parsed == null || !parsed.host().equals(h)) {
        throw PolicyErrors.invalid(
            parameter, host, "host names such as staging.example.com (no scheme, port or path)");
      }
      out.add(h);
    }
    return java.util.List.copyOf(out);
  }

  /** True if both hosts name the same site, ignoring a leading {@code www.}. */
  static boolean sameSite(String host, String other) {
    return withoutWww(host).equals(withoutWww(other));
  }
}
