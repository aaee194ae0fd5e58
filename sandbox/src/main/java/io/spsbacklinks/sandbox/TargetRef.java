package io.spsbacklinks.sandbox;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed target: "example.com", "www.example.com", "https://www.example.com/path". The host is
 * lower-cased, the scheme and port are ignored and an empty path means "/". The site a target
 * belongs to is its registrable domain: the last two labels, or three under a known two-label
 * public suffix.
 */
record TargetRef(String host, String path, String domain) {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Set<String> TWO_LABEL_SUFFIXES =
      Set.of(
          "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "com.au", "net.au", "org.au", "edu.au",
          "gov.au", "co.jp", "ne.jp", "or.jp", "com.br", "com.cn", "co.in", "co.nz", "co.za",
          "com.mx", "com.tr", "co.kr", "com.ar", "com.sg", "com.ua", "co.il", "com.pl");

  /** Parses {@code value}; returns null when it is not a usable domain, host or http(s) URL. */
  static TargetRef parse(String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > 2048
        || value.chars().anyMatch(c -> c <= ' ')) {
      return null;
    }
    String rest = value;
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      String name = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
      if (!name.equals("http") && !name.equals("https")) {
        return null;
      }
      rest = rest.substring(scheme + 3);
    }
    int pathStart = indexOfAny(rest, "/?#");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String path = pathStart < 0 ? "/" : rest.substring(pathStart);
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    if (path.isEmpty() || path.charAt(0) != '/') {
      path = "/" + path;
    }
    int port = authority.lastIndexOf(':');
    if (port >= 0) {
      String digits = authority.substring(port + 1);
      if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
        return null;
      }
      authority = authority.substring(0, port);
    }
    String host;
    try {
      host = IDN.toASCII(authority, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return null;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return null;
      }
    }
    return new TargetRef(host, path, registrableDomain(labels));
  }

  /** The registrable domain of a host name (lower-case, valid). */
  static String registrableDomain(String host) {
    return registrableDomain(host.split("\\."));
  }

  private static String registrableDomain(String[] labels) {
    int n = labels.length;
    if (n <= 2) {
      return String.join(".", labels);
    }
    String lastTwo = labels[n - 2] + "." + labels[n - 1];
    return TWO_LABEL_SUFFIXES.contains(lastTwo) ? labels[n - 3] + "." + lastTwo : lastTwo;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** A stable key naming what {@code mode} selects for this target (used to bind cursors to it). */
  String selectionKey(Mode mode) {
    switch (mode) {
      case DOMAIN:
        return "domain|" + domain;
      case HOST:
        return "host|" + host;
      default:
        return "url|" + host + path;
    }
  }
}
