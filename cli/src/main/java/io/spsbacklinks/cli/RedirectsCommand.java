package io.spsbacklinks.cli;

import io.spsbacklinks.gate.redirects.BrokenTarget;
import io.spsbacklinks.gate.redirects.ProbePacing;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RedirectSuggester;
import io.spsbacklinks.gate.redirects.RuleFormat;
import io.spsbacklinks.gate.redirects.SitemapLimits;
import io.spsbacklinks.gate.redirects.SitemapStats;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Redirect rules for broken backlinked URLs, with targets verified on the deployed site. */
@Command(
    name = "redirects",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Suggest verified redirects for broken backlinked URLs, as rules to paste.",
    description = {
      "For each broken URL, find its successor on the deployed site among the site's sitemaps "
          + "(robots.txt, /sitemap.xml, indexes, gzip), the --candidates-file and the given URLs that "
          + "still answer 200; match by slug, section and last known title; verify that the target "
          + "answers 200 there. Prints the rules on stdout, most weighted referring domains first, and "
          + "a summary on stderr. Sends no API request; requests go to the deployed site only."
    })
final class RedirectsCommand implements Callable<Integer> {
  @ParentCommand BacklinksCli cli;

  @Option(
      names = "--deployed-url",
      paramLabel = "URL",
      required = true,
      order = 1,
      description = "Base URL of the deployed site, e.g. https://preview.example.com.")
  String deployedUrl;

  @Option(
      names = "--url",
      paramLabel = "URL",
      order = 2,
      description =
          "A broken backlinked URL (repeatable); its path is looked up on the deployed site.")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--url-file",
      paramLabel = "FILE",
      order = 3,
      description =
          "Broken URLs, one a line: URL[<TAB>weight[<TAB>last known title]]; '#' starts a comment.")
  Path urlFile;

  @Option(
      names = "--candidates-file",
      paramLabel = "FILE",
      order = 4,
      description = "Your own candidate targets, one URL or /path a line.")
  Path candidatesFile;

  @Option(
      names = "--format",
      paramLabel = "nginx|apache|netlify|csv|json",
      defaultValue = "nginx",
      order = 5,
      description = "Rule format (default ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--min-confidence",
      paramLabel = "0..1",
      order = 6,
      description =
          "Confidence floor; below it: no rule, 'no confident target' (default "
              + RedirectSuggester.DEFAULT_MIN_CONFIDENCE
              + ").")
  double minConfidence = RedirectSuggester.DEFAULT_MIN_CONFIDENCE;

  @Option(names = "--no-sitemaps", order = 7, description = "Do not read the site's sitemaps.")
  boolean noSitemaps;

  @Option(
      names = "--max-sitemap-urls",
      paramLabel = "N",
      order = 8,
      description = "Sitemap page URLs read at the most (default 50000).")
  int maxSitemapUrls = SitemapLimits.DEFAULT.maxUrls();

  @Option(
      names = "--request-timeout",
      paramLabel = "DURATION",
      order = 9,
      description = "Timeout of each request to the deployed site (default 10s).")
  Duration requestTimeout = Duration.ofSeconds(10);

  @Option(
      names = "--probe-concurrency",
      paramLabel = "N",
      order = 10,
      description =
          "Requests to the deployed site at once, 1..64 (default 8); a site answering 429, or "
              + "503 with Retry-After, is waited for and gets fewer.")
  int probeConcurrency = ProbePacing.DEFAULT_CONCURRENCY;

  @Override
  public Integer call() throws IOException {
    RuleFormat rules = option("--format", () -> RuleFormat.of(format));
    List<BrokenTarget> broken = brokenTargets();
    if (broken.isEmpty()) {
      throw new UsageException(
          "Missing --url (or --url-file): at least one broken URL is required.");
    }
    if (maxSitemapUrls < 1) {
      throw new UsageException(
          "Invalid --max-sitemap-urls: '" + maxSitemapUrls + "'; allowed: 1 or more.");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new UsageException(
          "Invalid --request-timeout: '" + requestTimeout + "'; allowed: more than 0.");
    }
    ProbePacing pacing = option("--probe-concurrency", () -> new ProbePacing(probeConcurrency));
    SitemapLimits defaults = SitemapLimits.DEFAULT;
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(requestTimeout).build();
    RedirectSuggester.Builder suggester =
        option("--deployed-url", () -> RedirectSuggester.builder(http, deployedUrl));
    option("--min-confidence", () -> suggester.minConfidence(minConfidence));
    RedirectPlan plan =
        suggester
            .candidates(
                candidatesFile == null ? List.of() : lines(candidatesFile, "--candidates-file"))
            .pacing(pacing)
            .readSitemaps(!noSitemaps)
            .sitemapLimits(
                new SitemapLimits(
                    defaults.maxSitemaps(),
                    maxSitemapUrls,
                    defaults.maxBytes(),
                    defaults.timeBudget()))
            .build()
            .suggest(broken);
    Writer out = new OutputStreamWriter(cli.session.out, StandardCharsets.UTF_8);
    rules.write(plan.suggestions(), out);
    summary(plan);
    return BacklinksCli.EXIT_OK;
  }

  private List<BrokenTarget> brokenTargets() throws IOException {
    List<BrokenTarget> targets = new ArrayList<>();
    for (String url : urls) {
      targets.add(BrokenTarget.of(checkUrl(url, "--url")));
    }
    if (urlFile != null) {
      for (String line : lines(urlFile, "--url-file")) {
        String[] fields = line.split("\t", 3);
        String url = checkUrl(fields[0].strip(), "--url-file");
        double weight = fields.length > 1 ? option("--url-file", () -> weight(fields[1])) : 0;
        targets.add(new BrokenTarget(url, 0, "", weight, 0, fields.length > 2 ? fields[2] : null));
      }
    }
    return targets;
  }

  private static double weight(String field) {
    double weight;
    try {
      weight = Double.parseDouble(field.strip());
    } catch (NumberFormatException e) {
      weight = Double.NaN;
    }
    if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "weight must be a number, 0 or more, was '" + field.strip() + "'");
    }
    return weight;
  }

  private static String checkUrl(String url, String option) {
    if (HttpUrl.parse(url) == null) {
      throw new UsageException("Invalid " + option + ": '" + url + "'; allowed: an http(s) URL.");
    }
    return url;
  }

  /** The non-blank lines of a list file, '#' comments dropped; a missing file is a usage error. */
  static List<String> lines(Path file, String option) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.map(l -> l.replaceFirst("\\s*#.*$", "")).filter(l -> !l.isBlank()).toList();
    } catch (NoSuchFileException e) {
      throw new UsageException(option + ": no such file: " + file);
    }
  }

  // The library's message names the problem and the allowed values; the user also needs the
  // option's name.
  private static <T> T option(String name, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException("Invalid " + name + ": " + e.getMessage());
    }
  }

  private void summary(RedirectPlan plan) {
    long noTarget = plan.count(Suggestion.Kind.NO_CONFIDENT_TARGET);
    long notBroken = plan.count(Suggestion.Kind.NOT_BROKEN);
    SitemapStats sitemaps = plan.sitemaps();
    cli.session.message(
        String.format(
            Locale.ROOT,
            "backlinks: %d redirect(s), %d without a confident target, %d not broken; %d candidate page(s), "
                + "%d sitemap file(s) read%s, %d request(s) to the deployed site.",
            RuleFormat.rules(plan.suggestions()).size(),
            noTarget,
            notBroken,
            plan.candidates(),
            sitemaps.sitemapsRead(),
            sitemaps.stoppedBy() == null
                ? ""
                : " (stopped at the limit of " + sitemaps.stoppedBy() + ")",
            plan.probes()));
    for (String problem : sitemaps.problems()) {
      cli.session.message("backlinks: sitemap " + problem);
    }
    for (Suggestion s : plan.suggestions()) {
      if (s.kind() == Suggestion.Kind.NO_CONFIDENT_TARGET) {
        cli.session.message("backlinks: " + s.source() + ": " + s.reason());
      }
    }
  }
}
