package io.spsbacklinks.gate.redirects;

import io.spsbacklinks.gate.redirects.Suggestion.CandidateOrigin;
import io.spsbacklinks.gate.redirects.Suggestion.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Suggests where broken backlinked URLs should redirect on a deployed site, and proves it: every
 * target offered answered 200 on the deployed site (after its own redirects, never leaving the
 * site) when suggested, and every source still answered an error.
 *
 * <p>Candidates: the user's list, backlinked URLs that still answer 200, and the site's sitemaps
 * (robots.txt {@code Sitemap:} lines, {@code /sitemap.xml}, indexes, gzip; bounded by {@link
 * SitemapLimits}), and first of all, where a URL redirected before it broke ({@link
 * BrokenTarget#redirectedBefore()}). Requests are paced by a {@link ProbePacing}: broken URLs, and
 * the candidates of each, are verified several at once; the plan is the same as one at a time. URLs
 * on hosts other than the deployed one and the broken URLs' own are neither requested nor
 * suggested.
 *
 * <pre>{@code
 * RedirectPlan plan = RedirectSuggester.builder(http, "https://preview.example.com")
 *     .minConfidence(0.6)
 *     .build()
 *     .suggest(List.of(new BrokenTarget("https://example.com/blog/seo-tips", 404, "404", 12.5, 9, "SEO tips")));
 * RuleFormat.NGINX.write(plan.suggestions(), writer);
 * }</pre>
 */
public final class RedirectSuggester {
  /** The default confidence floor: below it, "no confident target". */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.6;

  // Verified candidates per broken URL at the most: a broken sitemap entry costs a probe, never a
  // wrong rule.
  private static final int PROBES_PER_URL = 8;

  // Where the URL itself redirected before the deploy: the site's own answer, verified again now.
  private static final double HISTORY_CONFIDENCE = 0.95;

  private final OkHttpClient http;
  private final HttpUrl base;
  private final double minConfidence;
  private final List<String> userCandidates;
  private final List<String> liveBacklinked;
  private final SitemapLimits sitemapLimits;
  private final boolean readSitemaps;
  private final LongSupplier nanoTime;
  private final ProbePacing pacing;

  private RedirectSuggester(Builder b) {
    this.http = b.http;
    this.base = b.base;
    this.minConfidence = b.minConfidence;
    this.userCandidates = List.copyOf(b.userCandidates);
    this.liveBacklinked = List.copyOf(b.liveBacklinked);
    this.sitemapLimits = b.sitemapLimits;
    this.readSitemaps = b.readSitemaps;
    this.nanoTime = b.nanoTime;
    this.pacing = b.pacing;
  }

  /**
   * A suggester for the site deployed at {@code deployedBaseUrl}.
   *
   * @param http the client for the site's requests (its timeouts apply; redirects are followed by
   *     the suggester)
   * @param deployedBaseUrl the deployed site, e.g. {@code https://preview.example.com}
   * @throws IllegalArgumentException if {@code deployedBaseUrl} is not an http(s) URL
   */
  public static Builder builder(OkHttpClient http, String deployedBaseUrl) {
    return new Builder(http, deployedBaseUrl);
  }

  /**
   * Suggests a target for each broken URL (duplicates by path merged, their weights added).
   *
   * @throws IllegalArgumentException naming the URL if one is not an http(s) URL
   */
  public RedirectPlan suggest(Collection<BrokenTarget> broken) {
    Map<String, Source> sources = sources(broken);
    Set<String> hosts = new HashSet<>();
    hosts.add(base.host());
    sources.values().forEach(s -> hosts.add(s.url.host()));
    SiteProbe probe = new SiteProbe(http, base, pacing);

    Map<String, CandidateOrigin> pool = new LinkedHashMap<>();
    addAll(pool, userCandidates, hosts, CandidateOrigin.USER);
    addAll(pool, liveBacklinked, hosts, CandidateOrigin.BACKLINKED);
    List<Suggestion> out = new ArrayList<>();
    List<Source> stillBroken = new ArrayList<>();
    probe.probeAll(sources.keySet());
    for (Source source : sources.values()) {
      SiteProbe.Result result = probe.probe(source.path);
      if (result.ok()) {
        pool.putIfAbsent(source.path, CandidateOrigin.BACKLINKED);
        out.add(
            source.suggestion(
                result,
                Kind.NOT_BROKEN,
                null,
                1,
                result.redirected(source.path)
                    ? "not broken: already redirects to " + result.finalPath()
                    : "not broken: answers 200",
                null,
                null));
      } else {
        stillBroken.add(source);
      }
    }
    SitemapStats stats = new SitemapStats(0, 0, 0, 0, 0, null, List.of());
    if (readSitemaps && !stillBroken.isEmpty()) {
      SitemapReader reader =
          new SitemapReader(http, base, u -> hosts.contains(u.host()), sitemapLimits, nanoTime)
              .read();
      reader.pages().forEach(p -> pool.putIfAbsent(p, CandidateOrigin.SITEMAP));
      stats = reader.stats();
    }
    Set<String> brokenPaths = new HashSet<>(sources.keySet());
    List<Candidate> candidates =
        pool.entrySet().stream()
            .filter(e -> !brokenPaths.contains(e.getKey()))
            .map(e -> new Candidate(e.getKey(), Paths.normalize(e.getKey()), e.getValue()))
            .toList();
    // Rank every broken URL's candidates, verify them all at once, then match from the cache.
    List<Ranking> rankings =
        stillBroken.stream().map(s -> rank(s, candidates, hosts, probe)).toList();
    probe.probeAll(
        rankings.stream().flatMap(r -> r.ranked.stream()).map(s -> s.candidate.path).toList());
    out.addAll(pacing.map(rankings, r -> match(r, brokenPaths, probe)));
    out.sort(Suggestion.MOST_AT_STAKE);
    return new RedirectPlan(out, stats, candidates.size(), probe.requests());
  }

  private Map<String, Source> sources(Collection<BrokenTarget> broken) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (BrokenTarget target : broken) {
      HttpUrl url = HttpUrl.parse(target.url());
      if (url == null) {
        throw new IllegalArgumentException(
            "broken URL must be an http(s) URL, was '" + target.url() + "'");
      }
      sources.merge(
          Paths.pathAndQuery(url),
          new Source(target, url, Paths.pathAndQuery(url), target.weight(), target.refdomains()),
          Source::plus);
    }
    return sources;
  }

  private static void addAll(
      Map<String, CandidateOrigin> pool,
      List<String> urls,
      Set<String> hosts,
      CandidateOrigin origin) {
    for (String given : urls) {
      String path = onSite(given, hosts);
      if (path != null) {
        pool.putIfAbsent(path, origin);
      }
    }
  }

  private record Candidate(String path, String normalized, CandidateOrigin origin) {}

  private record Scored(Candidate candidate, Similarity.Match match) {}

  /** A broken URL's candidates, the best few first: the ones verified. */
  private record Ranking(
      Source source, SiteProbe.Result broken, String old, String meant, List<Scored> ranked) {}

  private Ranking rank(
      Source source, List<Candidate> candidates, Set<String> hosts, SiteProbe probe) {
    SiteProbe.Result broken = probe.probe(source.path);
    String old = Paths.normalize(source.url.encodedPath());
    // Where the old URL's own redirect pointed (now broken) says where the site meant it to go.
    String meant = broken.redirected(source.path) ? broken.finalPath() : null;
    String title = source.target.lastKnownTitle();
    List<Scored> ranked = new ArrayList<>();
    // Where it redirected before the deploy, when known: verified first, whatever its words.
    String before = onSite(source.target.redirectedBefore(), hosts);
    if (before != null && !before.equals(source.path)) {
      ranked.add(
          new Scored(
              new Candidate(before, Paths.normalize(before), CandidateOrigin.HISTORY),
              new Similarity.Match(
                  HISTORY_CONFIDENCE, "before the deploy it redirected to " + before)));
    }
    // Pre-rank by path alone (and title words in the path), then verify the best few.
    candidates.stream()
        .map(
            c -> {
              Similarity.Match byPath = byPath(old, meant, c.normalized);
              double byTitleWords = title == null ? 0 : Similarity.titleInPath(title, c.normalized);
              return new Scored(
                  c,
                  byPath.score() >= byTitleWords ? byPath : new Similarity.Match(byTitleWords, ""));
            })
        .filter(s -> s.match.score() > 0)
        .sorted(Comparator.comparingDouble((Scored s) -> s.match.score()).reversed())
        .limit(PROBES_PER_URL)
        .forEach(ranked::add);
    return new Ranking(source, broken, old, meant, ranked);
  }

  // The path (and query) of a URL on one of the site's hosts, or of a path; else null.
  private static String onSite(String given, Set<String> hosts) {
    if (given == null) {
      return null;
    }
    HttpUrl url =
        given.startsWith("/") ? HttpUrl.parse("http://relative" + given) : HttpUrl.parse(given);
    return url != null && (given.startsWith("/") || hosts.contains(url.host()))
        ? Paths.pathAndQuery(url)
        : null;
  }

  private Suggestion match(Ranking ranking, Set<String> brokenPaths, SiteProbe probe) {
    Source source = ranking.source;
    SiteProbe.Result broken = ranking.broken;
    String old = ranking.old;
    String meant = ranking.meant;
    String title = source.target.lastKnownTitle();
    List<Scored> ranked = ranking.ranked;
    Scored best = null;
    String bestTarget = null;
    for (Scored s : ranked) {
      SiteProbe.Result result = probe.probe(s.candidate.path);
      String target = result.finalPath();
      if (!result.ok() || target.equals(source.path) || brokenPaths.contains(target)) {
        continue;
      }
      Similarity.Match match;
      if (s.candidate.origin == CandidateOrigin.HISTORY) {
        match = s.match;
      } else {
        Similarity.Match byPath = byPath(old, meant, s.candidate.normalized);
        Similarity.Match byTitle = Similarity.titles(title, result.title());
        match = Similarity.both(byPath, byTitle);
      }
      if (result.redirected(s.candidate.path)) {
        match =
            new Similarity.Match(
                match.score(), match.reason() + "; " + s.candidate.path + " redirects there");
      }
      if (best == null || match.score() > best.match.score()) {
        best = new Scored(s.candidate, match);
        bestTarget = target;
      }
    }
    if (best != null && best.match.score() >= minConfidence) {
      return source.suggestion(
          broken,
          Kind.REDIRECT,
          bestTarget,
          best.match.score(),
          best.match.reason(),
          null,
          best.candidate.origin);
    }
    String section = sectionPage(source, probe, brokenPaths);
    String reason =
        best == null
            ? "no confident target: no candidate page answers 200 with anything in common"
            : "no confident target: closest is "
                + bestTarget
                + " ("
                + Similarity.percent(best.match.score())
                + ", "
                + best.match.reason()
                + "), below the floor of "
                + Similarity.percent(minConfidence);
    return source.suggestion(
        broken,
        Kind.NO_CONFIDENT_TARGET,
        null,
        best == null ? 0 : best.match.score(),
        section == null ? reason : reason + "; closest section page: " + section,
        section,
        null);
  }

  private static Similarity.Match byPath(String old, String meant, String candidate) {
    Similarity.Match direct = Similarity.paths(old, candidate);
    if (meant == null) {
      return direct;
    }
    Similarity.Match viaRedirect = Similarity.paths(Paths.normalize(meant), candidate);
    return viaRedirect.score() > direct.score()
        ? new Similarity.Match(
            viaRedirect.score(), "its own redirect went to " + meant + ": " + viaRedirect.reason())
        : direct;
  }

  // The nearest ancestor of the path that answers 200 on the deployed site, with and without a
  // slash.
  private static String sectionPage(Source source, SiteProbe probe, Set<String> brokenPaths) {
    List<String> segments = source.url.encodedPathSegments();
    int depth = segments.size() - 1;
    if (!segments.isEmpty() && segments.get(depth).isEmpty()) {
      depth--;
    }
    for (int n = depth; n >= 0; n--) {
      String parent = "/" + String.join("/", segments.subList(0, n));
      for (String path : n == 0 ? List.of("/") : List.of(parent + "/", parent)) {
        SiteProbe.Result result = probe.probe(path);
        if (result.ok() && !brokenPaths.contains(result.finalPath())) {
          return result.finalPath();
        }
      }
    }
    return null;
  }

  /** One broken path and the weight of every backlinked URL that maps to it. */
  private record Source(
      BrokenTarget target, HttpUrl url, String path, double weight, int refdomains) {
    Source plus(Source other) {
      return new Source(target, url, path, weight + other.weight, refdomains + other.refdomains);
    }

    Suggestion suggestion(
        SiteProbe.Result probed,
        Kind kind,
        String to,
        double confidence,
        String reason,
        String section,
        CandidateOrigin origin) {
      return new Suggestion(
          target.url(),
          path,
          probed.status(),
          probed.detail(),
          weight,
          refdomains,
          kind,
          to,
          confidence,
          reason,
          section,
          origin);
    }
  }

  /** Configures a {@link RedirectSuggester}. */
  public static final class Builder {
    private final OkHttpClient http;
    private final HttpUrl base;
    private double minConfidence = DEFAULT_MIN_CONFIDENCE;
    private final List<String> userCandidates = new ArrayList<>();
    private final List<String> liveBacklinked = new ArrayList<>();
    private SitemapLimits sitemapLimits = SitemapLimits.DEFAULT;
    private boolean readSitemaps = true;
    private LongSupplier nanoTime = System::nanoTime;
    private ProbePacing pacing;

    private Builder(OkHttpClient http, String deployedBaseUrl) {
      this.http = Objects.requireNonNull(http, "http");
      HttpUrl parsed = deployedBaseUrl == null ? null : HttpUrl.parse(deployedBaseUrl);
      if (parsed == null) {
        throw new IllegalArgumentException(
            "deployed base URL must be an http(s) URL, was '" + deployedBaseUrl + "'");
      }
      this.base = parsed.newBuilder().encodedPath("/").query(null).fragment(null).build();
    }

    /** The confidence floor in [0,1] (default {@value #DEFAULT_MIN_CONFIDENCE}). */
    public Builder minConfidence(double floor) {
      if (!(floor >= 0 && floor <= 1)) {
        throw new IllegalArgumentException("minConfidence must be within [0, 1], was " + floor);
      }
      this.minConfidence = floor;
      return this;
    }

    /** The user's candidate targets: URLs on the site's hosts, or paths starting with '/'. */
    public Builder candidates(Collection<String> urlsOrPaths) {
      userCandidates.addAll(urlsOrPaths);
      return this;
    }

    /**
     * Backlinked URLs that still answer 200: candidates too (each is verified again before it is
     * offered).
     */
    public Builder liveBacklinkedUrls(Collection<String> urls) {
      liveBacklinked.addAll(urls);
      return this;
    }

    /** How much of the sitemaps to read (default {@link SitemapLimits#DEFAULT}). */
    public Builder sitemapLimits(SitemapLimits limits) {
      this.sitemapLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether to read the site's sitemaps at all (default true). */
    public Builder readSitemaps(boolean read) {
      this.readSitemaps = read;
      return this;
    }

    /** The clock of the sitemap time budget (default {@link System#nanoTime()}). */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * How requests are paced: how many at once, and the backing off a site asks for (default: a
     * pacing of {@value ProbePacing#DEFAULT_CONCURRENCY} of the suggester's own). Pass the pacing
     * of the probes that found the URLs broken, so the site's wishes carry over.
     */
    public Builder pacing(ProbePacing pacing) {
      this.pacing = Objects.requireNonNull(pacing, "pacing");
      return this;
    }

    /** The suggester; it may be used for any number of {@link #suggest} calls. */
    public RedirectSuggester build() {
      if (pacing == null) {
        pacing = new ProbePacing(ProbePacing.DEFAULT_CONCURRENCY);
      }
      return new RedirectSuggester(this);
    }
  }
}
