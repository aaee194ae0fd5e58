package io.spsbacklinks.gate.redirects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.gate.redirects.Suggestion.CandidateOrigin;
import io.spsbacklinks.gate.redirects.Suggestion.Kind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format is parsed back by its own grammar: the rules written are exactly the safe ones, in
 * order.
 */
class RuleFormatTest {
  private static final List<Suggestion> SUGGESTIONS =
      List.of(
          redirect("/pricing", "/plans/", 90),
          redirect("/b", "/c", 60),
          redirect("/a", "/b", 50), // a chain: /b is itself redirected
          redirect("/loop", "/loop", 45), // a loop
          redirect("/docs", "/documentation", 40),
          redirect("/docs/old-api", "/documentation/api", 30),
          redirect("/search?q=widgets", "/widgets", 20),
          redirect("/price%20list", "/plans/", 15),
          new Suggestion(
              "https://www.example.com/gone",
              "/gone",
              404,
              "404",
              10,
              4,
              Kind.NO_CONFIDENT_TARGET,
              null,
              0.3,
              "no confident target: closest section page: /",
              "/",
              null),
          new Suggestion(
              "https://www.example.com/team",
              "/team",
              200,
              "200",
              5,
              2,
              Kind.NOT_BROKEN,
              null,
              1,
              "not broken: answers 200",
              null,
              null));

  private static Suggestion redirect(String source, String target, double weight) {
    return new Suggestion(
        "https://www.example.com" + source,
        source,
        404,
        "404",
        weight,
        (int) weight / 2,
        Kind.REDIRECT,
        target,
        0.8,
        "slug 'x' ~ 'y', \"quoted\"",
        null,
        CandidateOrigin.SITEMAP);
  }

  private static String write(RuleFormat format, List<Suggestion> suggestions) {
    StringWriter out = new StringWriter();
    try {
      format.write(suggestions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void rulesAreSortedAndNeverChainOrLoop() {
    assertThat(RuleFormat.rules(SUGGESTIONS))
        .extracting(Suggestion::source)
        .containsExactly(
            "/pricing", "/b", "/docs", "/docs/old-api", "/search?q=widgets", "/price%20list");
  }

  @Test
  void nginxRulesParseBackByNginxGrammar() {
    String conf = write(RuleFormat.NGINX, SUGGESTIONS);
    assertThat(parseNginx(conf))
        .containsExactly(
            Map.entry("/pricing", "/plans/"),
            Map.entry("/b", "/c"),
            Map.entry("/docs", "/documentation"),
            Map.entry("/docs/old-api", "/documentation/api"));
    assertThat(conf)
        .contains("# skipped /search?q=widgets -> /widgets: a query string cannot be matched")
        .contains("# skipped /price%20list -> /plans/: characters this format would need escaped")
        .contains("# no rule for /gone (weight 10.00): no confident target");
  }

  @Test
  void apacheRulesParseBackAndMatchOnlyTheirOwnPath() {
    String conf = write(RuleFormat.APACHE, SUGGESTIONS);
    Map<String, String> rules = new LinkedHashMap<>();
    Pattern directive = Pattern.compile("(Redirect|RedirectMatch) 301 (\\S+) (\\S+)");
    for (String line : conf.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = directive.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      rules.put(m.group(2), m.group(3));
      if (m.group(1).equals("RedirectMatch")) {
        // mod_alias regexes are PCRE; this one uses only anchors and escapes Java reads alike.
        Pattern regex = Pattern.compile(m.group(2));
        assertThat(regex.matcher("/docs").find()).isTrue();
        assertThat(regex.matcher("/docs/old-api").find()).isFalse();
      }
    }
    // /docs would catch /docs/old-api as a prefix with Redirect: it is an anchored RedirectMatch.
    assertThat(rules)
        .containsExactly(
            Map.entry("/pricing", "/plans/"),
            Map.entry("/b", "/c"),
            Map.entry("^/docs$", "/documentation"),
            Map.entry("/docs/old-api", "/documentation/api"));
  }

  @Test
  void netlifyRedirectsFollowTheDocumentedGrammar() {
    // Netlify: one rule a line, "from to [status][!] [conditions]", whitespace-separated; '#'
    // comments.
    List<String[]> rules = new ArrayList<>();
    for (String line : write(RuleFormat.NETLIFY, SUGGESTIONS).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] fields = line.trim().split("\\s+");
        assertThat(fields).as(line).hasSize(3);
        assertThat(fields[0]).startsWith("/").doesNotContain("*").doesNotContain("/:");
        assertThat(fields[2]).isEqualTo("301");
        rules.add(fields);
      }
    }
    assertThat(rules)
        .extracting(f -> f[0] + " " + f[1])
        .containsExactly(
            "/pricing /plans/",
            "/b /c",
            "/docs /documentation",
            "/docs/old-api /documentation/api",
            "/price%20list /plans/");
  }

  @Test
  void csvQuotesReasonsAndKeepsQueryRules() {
    String[] lines = write(RuleFormat.CSV, SUGGESTIONS).split("\r\n");
    assertThat(lines[0]).isEqualTo("source,target,status,confidence,weight,reason");
    assertThat(lines[1])
        .isEqualTo("/pricing,/plans/,301,0.80,90.00,\"slug 'x' ~ 'y', \"\"quoted\"\"\"");
    assertThat(lines).hasSize(7).anyMatch(l -> l.startsWith("/search?q=widgets,/widgets,301,"));
  }

  @Test
  void jsonListsRulesAndWhatGotNone() throws IOException {
    JsonNode json = new ObjectMapper().readTree(write(RuleFormat.JSON, SUGGESTIONS));
    assertThat(json.get("rules")).hasSize(6);
    assertThat(json.get("rules").get(0).get("target").asText()).isEqualTo("/plans/");
    assertThat(json.get("rules").get(0).get("origin").asText()).isEqualTo("sitemap");
    assertThat(json.get("unresolved"))
        .extracting(n -> n.get("kind").asText())
        .containsExactly("no_confident_target", "not_broken");
    assertThat(json.get("unresolved").get(0).get("section_page").asText()).isEqualTo("/");
  }

  @Test
  void formatNamesAreCheckedNamingTheAllowedValues() {
    assertThat(RuleFormat.of("Nginx")).isEqualTo(RuleFormat.NGINX);
    assertThatThrownBy(() -> RuleFormat.of("iis"))
        .hasMessage("format must be one of nginx, apache, netlify, csv, json; was 'iis'");
  }

  @Test
  void nginxAcceptsTheRules(@TempDir Path dir) throws Exception {
    Path nginx =
        List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).stream()
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(
        nginx != null, "nginx is not installed here: only the grammar check ran");
    Files.writeString(dir.resolve("redirects.conf"), write(RuleFormat.NGINX, SUGGESTIONS));
    Files.writeString(
        dir.resolve("nginx.conf"),
        "pid "
            + dir.resolve("nginx.pid")
            + ";\n"
            + "error_log "
            + dir.resolve("error.log")
            + ";\nevents {}\nhttp {\n  access_log off;\n"
            + "  server {\n    listen 127.0.0.1:8080;\n    include "
            + dir.resolve("redirects.conf")
            + ";\n  }\n}\n");
    Process process =
        new ProcessBuilder(
                nginx.toString(),
                "-t",
                "-q",
                "-p",
                dir.toString(),
                "-e",
                dir.resolve("error.log").toString(),
                "-c",
                dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
  }

  /**
   * nginx's config grammar, as far as rules use it: tokens, '#' comments, ';' '{' '}' as their own
   * tokens.
   */
  static Map<String, String> parseNginx(String conf) {
    List<String> tokens = new ArrayList<>();
    Matcher m =
        Pattern.compile("#[^\n]*|\"((?:[^\"\\\\]|\\\\.)*)\"|[;{}]|[^\\s;{}\"#]+").matcher(conf);
    while (m.find()) {
      if (!m.group().startsWith("#")) {
        tokens.add(m.group(1) != null ? m.group(1) : m.group());
      }
    }
    Map<String, String> rules = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i += 9) {
      assertThat(tokens.subList(i, i + 9))
          .as("location block at token " + i)
          .satisfies(
              t ->
                  assertThat(
                          List.of(
                              t.get(0), t.get(1), t.get(3), t.get(4), t.get(5), t.get(7), t.get(8)))
                      .containsExactly("location", "=", "{", "return", "301", ";", "}"));
      rules.put(tokens.get(i + 2), tokens.get(i + 6));
    }
    return rules;
  }
}
