package io.spsbacklinks.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The parsed watchlist. An entry with a scheme or a path ({@code https://partner.example/page})
 * names one referring page; any other entry ({@code partner.example}) names a referring domain and
 * its subdomains. Comparisons ignore a leading {@code www.}, the scheme and a trailing slash.
 */
final class Watchlist {
  private final List<Entry> entries;

  private Watchlist(List<Entry> entries) {
    this.entries = entries;
  }

  static Watchlist parse(List<String> raw) {
    List<Entry> entries = new ArrayList<>();
    for (String entry : raw) {
      String trimmed = entry == null ? "" : entry.trim();
      HttpUrl url = Hosts.parseLenient(trimmed);
      if (trimmed.isEmpty() || url == null || trimmed.contains(" ")) {
        throw PolicyErrors.invalid(
            "watchlist",
            entry,
            "a referring domain (partner.example) or a referring page URL (https://partner.example/page)");
      }
      boolean page = trimmed.contains("://") || trimmed.contains("/");
      entries.add(
          new Entry(trimmed, url.host().toLowerCase(Locale.ROOT), page ? pageKey(url) : null));
    }
    return new Watchlist(List.copyOf(entries));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The first entry that covers a referring page URL ({@code url_from}). */
  Optional<String> matchUrlFrom(String urlFrom) {
    HttpUrl url = Hosts.parseLenient(urlFrom);
    if (url == null) {
      return Optional.empty();
    }
    String host = url.host().toLowerCase(Locale.ROOT);
    String key = pageKey(url);
    for (Entry e : entries) {
      if (e.page == null ? Hosts.within(host, e.host) : e.page.equals(key)) {
        return Optional.of(e.raw);
      }
    }
    return Optional.empty();
  }

  /**
   * The first domain entry that contains a lost referring domain. Page entries never match a
   * referring domain: that the domain lost its last link does not say the page ever had one; its
   * own lost backlink matches through {@link #matchUrlFrom}.
   */
  Optional<String> matchRefdomain(String refdomain) {
    String domain = refdomain.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      if (e.page == null && Hosts.within(domain, e.host)) {
        return Optional.of(e.raw);
      }
    }
    return Optional.empty();
  }

  private static String pageKey(HttpUrl url) {
    String path = url.encodedPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = url.encodedQuery();
    String port = url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port();
    return Hosts.withoutWww(url.host().toLowerCase(Locale.ROOT))
        + port
        + path
        + (query == null ? "" : "?" + query);
  }

  private record Entry(String raw, String host, String page) {}
}
