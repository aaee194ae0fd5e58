package io.spsbacklinks.gate.redirects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spsbacklinks.gate.redirects.Suggestion.Kind;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The redirect-rule formats people paste. Every format writes one 301 per {@link Kind#REDIRECT}
 * suggestion, in the order given (the suggester's: most weighted referring domains first), and
 * never a rule whose target is another rule's source or its own (no chain, no loop). Server formats
 * list the URLs without a confident target as comments, and skip (with a comment saying why) what
 * their grammar cannot match exactly: a query string, or characters that would need escaping.
 */
public enum RuleFormat {
  /** {@code location = /old { return 301 /new; }}, one per line, for a {@code server} block. */
  NGINX,
  /**
   * {@code Redirect 301 /old /new} (mod_alias); {@code RedirectMatch} where a prefix would catch
   * more.
   */
  APACHE,
  /** Netlify and Cloudflare Pages {@code _redirects}: {@code /old /new 301}. */
  NETLIFY,
  /** {@code source,target,status,confidence,weight,reason} with a header, for bulk-redirect UIs. */
  CSV,
  /** {@code {"rules": [...], "unresolved": [...]}}. */
  JSON;

  // Characters no exact nginx/Apache path match can hold without escaping rules we do not trust.
  private static final Pattern UNSAFE_SERVER = Pattern.compile("[\\s\"'\\\\$;{}#]|\\p{Cntrl}");
  // In _redirects, '*' is a splat, ':x' a placeholder, whitespace separates fields.
  private static final Pattern UNSAFE_NETLIFY = Pattern.compile("[\\s*#]|/:|\\p{Cntrl}");

  /** The format named {@code name} (case-insensitive), or an error naming the allowed values. */
  public static RuleFormat of(String name) {
    for (RuleFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "format must be one of nginx, apache, netlify, csv, json; was '" + name + "'");
  }

  /**
   * The file name the gate's reports use, e.g. {@code redirects.nginx.conf} or {@code _redirects}
   * (Apache's {@code Redirect} works in a server config and in {@code .htaccess} alike).
   */
  public String fileName() {
    return switch (this) {
      case NGINX -> "redirects.nginx.conf";
      case APACHE -> "redirects.apache.conf";
      case NETLIFY -> "_redirects";
      case CSV -> "redirects.csv";
      case JSON -> "redirects.json";
    };
  }

  /** The rules that may be written: redirects whose target is no rule's source, one per source. */
  public static List<Suggestion> rules(List<Suggestion> suggestions) {
    Set<String> sources = new HashSet<>();
    suggestions.stream()
        .filter(s -> s.kind() == Kind.REDIRECT)
        .forEach(s -> sources.add(s.source()));
    Set<String> written = new HashSet<>();
    List<Suggestion> rules = new ArrayList<>();
    for (Suggestion s : suggestions) {
      // "//host/x" as a Location is another site: only paths on this one are written.
      if (s.kind() == Kind.REDIRECT
          && !sources.contains(s.target())
          && !s.target().startsWith("//")
          && written.add(s.source())) {
        rules.add(s);
      }
    }
    return rules;
  }

  /** Writes the rules for {@code suggestions} (all kinds; only redirects become rules). */
  public void write(List<Suggestion> suggestions, Writer out) throws IOException {
    List<Suggestion> rules = rules(suggestions);
    switch (this) {
      case CSV -> csv(rules, out);
      case JSON -> json(rules, suggestions, out);
      default -> server(rules, suggestions, out);
    }
    out.flush();
  }

  private void server(List<Suggestion> rules, List<Suggestion> all, Writer out) throws IOException {
    out.write(
        "# "
            + rules.size()
            + " redirect(s) suggested by sps-backlinks, most referring domains first\n");
    Set<String> sources = new HashSet<>();
    rules.forEach(r -> sources.add(decoded(r.source())));
    for (Suggestion r : rules) {
      String skip = skipReason(r);
      if (skip != null) {
        out.write(
            "# skipped " + oneLine(r.source()) + " -> " + oneLine(r.target()) + ": " + skip + "\n");
        continue;
      }
      out.write("# " + comment(r) + "\n");
      out.write(line(r, sources) + "\n");
    }
    for (Suggestion s : all) {
      if (s.kind() == Kind.NO_CONFIDENT_TARGET) {
        out.write(
            "# no rule for "
                + oneLine(s.source())
                + " (weight "
                + weight(s)
                + "): "
                + oneLine(s.reason())
                + "\n");
      }
    }
  }

  private String skipReason(Suggestion r) {
    if (r.source().contains("?")) {
      return "a query string cannot be matched by this format; write this rule by hand";
    }
    Pattern unsafe = this == NETLIFY ? UNSAFE_NETLIFY : UNSAFE_SERVER;
    String source = this == NETLIFY ? r.source() : decoded(r.source());
    if (unsafe.matcher(source).find() || unsafe.matcher(r.target()).find()) {
      return "characters this format would need escaped; write this rule by hand";
    }
    return null;
  }

  private String line(Suggestion r, Set<String> sources) {
    String from = decoded(r.source());
    return switch (this) {
      case NGINX -> "location = " + from + " { return 301 " + r.target() + "; }";
      case APACHE ->
          sources.stream()
                  .anyMatch(other -> other.startsWith(prefixOf(from)) && !other.equals(from))
              ? "RedirectMatch 301 ^"
                  + from.replaceAll("([.^$|?*+()\\[\\]{}\\\\])", "\\\\$1")
                  + "$ "
                  + r.target()
              : "Redirect 301 " + from + " " + r.target();
      case NETLIFY -> r.source() + " " + r.target() + " 301";
      default -> throw new IllegalStateException(name());
    };
  }

  // mod_alias Redirect matches whole segments: /a catches /a/b, not /ab.
  private static String prefixOf(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  private static void csv(List<Suggestion> rules, Writer out) throws IOException {
    out.write("source,target,status,confidence,weight,reason\r\n");
    for (Suggestion r : rules) {
      out.write(
          String.join(
                  ",",
                  cell(r.source()),
                  cell(r.target()),
                  "301",
                  String.format(Locale.ROOT, "%.2f", r.confidence()),
                  weight(r),
                  cell(r.reason()))
              + "\r\n");
    }
  }

  private static void json(List<Suggestion> rules, List<Suggestion> all, Writer out)
      throws IOException {
    // The caller owns the writer (write() flushes it): the generator must not close it.
    try (JsonGenerator json =
        new JsonFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeArrayFieldStart("rules");
      for (Suggestion r : rules) {
        json.writeStartObject();
        json.writeStringField("source", r.source());
        json.writeStringField("target", r.target());
        json.writeNumberField("status", 301);
        common(json, r);
        json.writeStringField("origin", r.origin().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("unresolved");
      for (Suggestion s : all) {
        if (s.kind() != Kind.REDIRECT) {
          json.writeStartObject();
          json.writeStringField("source", s.source());
          json.writeStringField("kind", s.kind().name().toLowerCase(Locale.ROOT));
          common(json, s);
          if (s.sectionPage() != null) {
            json.writeStringField("section_page", s.sectionPage());
          }
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write("\n");
  }

  private static void common(JsonGenerator json, Suggestion s) throws IOException {
    json.writeStringField("url", s.url());
    json.writeNumberField("source_status", s.status());
    json.writeStringField("source_probe", s.why());
    json.writeNumberField("confidence", Math.round(s.confidence() * 100) / 100.0);
    json.writeNumberField("weight", s.weight());
    json.writeNumberField("refdomains", s.refdomains());
    json.writeStringField("reason", s.reason());
  }

  private static String comment(Suggestion r) {
    return "weight "
        + weight(r)
        + ", confidence "
        + Similarity.percent(r.confidence())
        + ": "
        + oneLine(r.reason());
  }

  private static String weight(Suggestion s) {
    return String.format(Locale.ROOT, "%.2f", s.weight());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  private static String cell(String text) {
    return text.matches(".*[\",\\r\\n].*") || text.startsWith(" ")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }

  private static String decoded(String encodedPath) {
    HttpUrl url = HttpUrl.parse("http://h" + encodedPath);
    return url == null ? encodedPath : "/" + String.join("/", url.pathSegments());
  }
}
