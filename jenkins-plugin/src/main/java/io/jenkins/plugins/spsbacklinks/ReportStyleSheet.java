package io.jenkins.plugins.spsbacklinks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the standalone HTML report's inline style sheet into a file beside it. Jenkins serves build
 * files with its resource Content-Security-Policy ({@code style-src 'self'}, no inline style), which
 * would show the report unstyled; a linked same-origin style sheet is allowed. The CLI keeps the
 * self-contained report the gate writes: only the copy stored in the build is rewritten.
 */
final class ReportStyleSheet {
  /** The style sheet's file name, in the report's directory. */
  static final String CSS_FILE = "gate-report.css";

  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
  private static final String INLINE_ONLY = "style-src 'unsafe-inline'";
  private static final String LINKED_ONLY = "style-src 'self'";

  private ReportStyleSheet() {}

  /**
   * Writes {@code html}'s inline style sheet to {@value #CSS_FILE} beside it and links it instead;
   * the report's own CSP meta tag then allows that style sheet (and still no inline style). A report
   * without an inline style sheet is left as it is.
   *
   * @return true if the report was rewritten
   */
  static boolean extract(Path html) throws IOException {
    String page = Files.readString(html, StandardCharsets.UTF_8);
    Matcher style = STYLE.matcher(page);
    if (!style.find()) {
      return false;
    }
    Files.writeString(html.resolveSibling(CSS_FILE), unescape(style.group(1)), StandardCharsets.UTF_8);
    String linked = page.substring(0, style.start())
        + "<link rel=\"stylesheet\" href=\"" + CSS_FILE + "\"/>"
        + page.substring(style.end());
    Files.writeString(html, linked.replace(INLINE_ONLY, LINKED_ONLY), StandardCharsets.UTF_8);
    return true;
  }

  /** The report is XHTML: the style element's text is XML-escaped. */
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
