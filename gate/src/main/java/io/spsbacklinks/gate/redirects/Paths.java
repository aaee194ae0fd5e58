package io.spsbacklinks.gate.redirects;

import java.util.Locale;
import okhttp3.HttpUrl;

/** URL path helpers shared by the reader, the probe, the matcher and the rule writers. */
final class Paths {
  private Paths() {}

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  /** The encoded path and query, e.g. {@code /a%20b?x=1}: what a redirect rule matches on. */
  static String pathAndQuery(HttpUrl url) {
    String query = url.encodedQuery();
    return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
  }

  /**
   * {@code pathAndQuery} on {@code base}'s origin. Never {@code base.resolve}: a path such as
   * {@code //other.example/x} would resolve to another host.
   */
  static HttpUrl onBase(HttpUrl base, String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    return base.newBuilder()
        .encodedPath(path.startsWith("/") ? path : "/" + path)
        .encodedQuery(q < 0 ? null : pathAndQuery.substring(q + 1))
        .build();
  }

  /**
   * The form two URLs of one page share across cosmetic changes: decoded, lower case, no trailing
   * slash, no {@code index.html}, no {@code .html}/{@code .htm}/{@code .php}/{@code .aspx}
   * extension.
   */
  static String normalize(String encodedPath) {
    HttpUrl parsed = HttpUrl.parse("http://h" + encodedPath);
    String path = parsed == null ? encodedPath : "/" + String.join("/", parsed.pathSegments());
    path = path.toLowerCase(Locale.ROOT);
    path = path.replaceFirst("/index\\.(html?|php|aspx)$", "/");
    path = path.replaceFirst("\\.(html?|php|aspx)$", "");
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  /** The parent of a normalized path ({@code /a/b} -> {@code /a}), or null for the root. */
  static String parent(String normalized) {
    if (normalized.equals("/")) {
      return null;
    }
    int slash = normalized.lastIndexOf('/');
    return slash == 0 ? "/" : normalized.substring(0, slash);
  }

  /** The last segment of a normalized path, empty for the root. */
  static String slug(String normalized) {
    return normalized.substring(normalized.lastIndexOf('/') + 1);
  }
}
