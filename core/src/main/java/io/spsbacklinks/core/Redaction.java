package io.spsbacklinks.core;

import java.util.regex.Pattern;

/** Removes API keys from URLs and text before they are logged, printed or put in messages. */
public final class Redaction {
  /** What a secret is replaced with. */
  public static final String MASK = "***";

  // apikey=..., apiKey=... (query strings, also percent-encoded '=') and "apikey": "..." (JSON).
  private static final Pattern QUERY = Pattern.compile("(?i)(api_?key(?:=|%3D))[^&#\\s\"'<>]*");
  private static final Pattern JSON = Pattern.compile("(?i)(\"api_?key\"\\s*:\\s*\")[^\"]*");

  private Redaction() {}

  /** Replaces every {@code apikey} value in a URL or text with {@code ***}. Null stays null. */
  public static String redact(String urlOrText) {
    if (urlOrText == null) {
      return null;
    }
    String result = QUERY.matcher(urlOrText).replaceAll("$1" + MASK);
    return JSON.matcher(result).replaceAll("$1" + MASK);
  }

  /**
   * Like {@link #redact(String)}, and also masks {@code secret} where it stands on its own (or
   * percent-encoded) outside an {@code apikey} parameter, say in a message an interceptor wrote.
   * Only whole tokens are masked: a short key inside a longer word or number is left alone, so
   * messages are not garbled and the mask does not tell where the key's letters occur.
   */
  public static String redact(String text, String secret) {
    String result = redact(text);
    if (result == null || secret == null || secret.isEmpty()) {
      return result;
    }
    result = token(secret).matcher(result).replaceAll(MASK);
    String encoded = BacklinksClient.encode(secret);
    return encoded.equals(secret) ? result : token(encoded).matcher(result).replaceAll(MASK);
  }

  /** {@code value} not preceded or followed by a character that a key or URL token has. */
  private static Pattern token(String value) {
    return Pattern.compile(
        "(?<![A-Za-z0-9._~%+/=-])" + Pattern.quote(value) + "(?![A-Za-z0-9._~%+/=-])");
  }
}
