package io.spsbacklinks.gate;

import io.spsbacklinks.gate.redirects.BrokenTarget;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RedirectSuggester;
import io.spsbacklinks.gate.redirects.SitemapStats;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Runs the {@link RedirectSuggester} on the broken-targets check's findings. Its requests go only
 * to the origins the broken URLs were probed on (the deployed base URL, or the target's own hosts
 * already admitted by {@link ProbeScope}): one suggester per origin, their plans merged.
 */
final class RedirectsStep {
  private RedirectsStep() {}

  /**
   * The plan for the check's broken URLs, or null (with a note) if there is nothing to suggest for
   * or the deployed site does not sit at the root of its host. {@code history} is the baseline's
   * redirect history ({@link Baseline#redirects()}): where a URL redirected before it broke.
   */
  static RedirectPlan suggest(
      OkHttpClient probeClient,
      GateRequest request,
      BrokenTargetsCheck check,
      Map<String, String> history,
      List<String> notes) {
    List<BrokenUrl> broken = check.brokenUrls;
    RedirectsPolicy policy = request.policy().redirects();
    if (!policy.enabled() || broken.isEmpty()) {
      return null;
    }
    String deployed = request.deployedBaseUrl();
    if (deployed != null && !HttpUrl.get(deployed).encodedPath().equals("/")) {
      // Rules match paths from the host's root; under a base path they would not fit production.
      notes.add(
          "No redirect suggestions: the deployed base URL has a path ("
              + HttpUrl.get(deployed).encodedPath()
              + "); they need a site at the root of its host.");
      return null;
    }
    Map<String, List<BrokenTarget>> byOrigin = new LinkedHashMap<>();
    for (BrokenUrl u : broken) {
      HttpUrl probed = HttpUrl.parse(u.probedUrl());
      if (probed != null) {
        // The API has the referring page's title, not the target's: no last known title.
        byOrigin
            .computeIfAbsent(origin(probed), k -> new ArrayList<>())
            .add(
                new BrokenTarget(
                    u.url(),
                    u.status(),
                    u.detail(),
                    u.weight(),
                    u.refdomains(),
                    null,
                    history.get(u.url())));
      }
    }
    OkHttpClient http =
        probeClient
            .newBuilder()
            .callTimeout(request.policy().brokenTargets().requestTimeout())
            .build();
    List<RedirectPlan> plans = new ArrayList<>();
    byOrigin.forEach(
        (origin, targets) ->
            plans.add(
                RedirectSuggester.builder(http, origin)
                    .minConfidence(policy.minConfidence())
                    .candidates(policy.candidates())
                    .liveBacklinkedUrls(check.liveUrls)
                    .pacing(check.pacing)
                    .build()
                    .suggest(targets)));
    return plans.size() == 1 ? plans.get(0) : merge(plans);
  }

  private static String origin(HttpUrl url) {
    return url.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
  }

  private static RedirectPlan merge(List<RedirectPlan> plans) {
    List<Suggestion> all = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int read = 0;
    int kept = 0;
    int candidates = 0;
    int probes = 0;
    long seen = 0;
    long offSite = 0;
    long bytes = 0;
    String stoppedBy = null;
    for (RedirectPlan p : plans) {
      all.addAll(p.suggestions());
      SitemapStats s = p.sitemaps();
      read += s.sitemapsRead();
      seen += s.urlsSeen();
      kept += s.urlsKept();
      offSite += s.offSiteSkipped();
      bytes += s.bytesParsed();
      stoppedBy = stoppedBy != null ? stoppedBy : s.stoppedBy();
      problems.addAll(s.problems());
      candidates += p.candidates();
      probes += p.probes();
    }
    all.sort(Suggestion.MOST_AT_STAKE);
    return new RedirectPlan(
        all,
        new SitemapStats(read, seen, kept, offSite, bytes, stoppedBy, problems),
        candidates,
        probes);
  }
}
