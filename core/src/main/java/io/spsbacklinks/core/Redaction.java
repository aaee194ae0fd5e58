package io.spsbacklinks.core;

import java.util.regex.Pattern;

/** Removes API keys from URLs and text before they are logged, printed or put in messages. */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "***";

  // apikey=..., apiKey=... (query strings, also percent-encoded '=') and "apikey": "..." (JSON).
  private static final Pattern QUERY =
      Pattern.compile("(?i)(api_?key(?:=|%3D))[^&#\\s\"'<>]*");
  private static final Pattern JSON =
      Pattern.compile("(?i)(\"api_?key\"\\s*:\\s*\")[^\"]*");

  private Redaction() {}

  /** Replaces every {@code apikey} value in a URL or text with {@code ***}. Null stays null. */
  public static String redact(String urlOrText) {
    if (urlOrText == null) {
      return null;
    }
    String result = QUERY.matcher(urlOrText).replaceAll("$1" + MASK);
    return JSON.matcher(result).replaceAll("$1" + MASK);
  }

  /** Like {@link #redact(String)}, and also masks any literal occurrence of {@code secret}. */
  public static String redact(String text, String secret) {
    String result = redact(text);
    if (result != null && secret != null && !secret.isEmpty()) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
