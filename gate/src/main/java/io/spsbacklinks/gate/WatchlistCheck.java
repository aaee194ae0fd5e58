package io.spsbacklinks.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The watchlist rule: lost or broken links from watchlisted referring domains or pages. */
final class WatchlistCheck extends GateCheck {
  WatchlistCheck(GateCheck run) {
    super(run);
  }

  void evaluate(String refused, LostLinks lost, boolean lostFetched, List<BrokenUrl> brokenUrls) {
    List<String> hits = new ArrayList<>();
    if (lost != null) {
      hits.addAll(lost.watchlistHits());
    }
    for (BrokenUrl url : brokenUrls) {
      for (String entry : url.watchlistHits()) {
        hits.add("broken URL " + url.url() + " linked from " + entry);
      }
    }
    Criticality criticality = policy.watchlistCriticality();
    if (hits.isEmpty() && !lostFetched) {
      String why = refused != null ? refused : "the lost lists could not be read (see api-errors)";
      missing(GateRule.WATCHLIST, why);
      return;
    }
    String message =
        hits.isEmpty()
            ? "No watchlisted referring domain or page lost a link ("
                + count(policy.watchlist().size(), "entry", "entries")
                + ")."
            : count(hits.size(), "watchlist hit", "watchlist hits")
                + " ("
                + criticality.name().toLowerCase(Locale.ROOT)
                + "): "
                + String.join("; ", hits.subList(0, Math.min(5, hits.size())))
                + (hits.size() > 5 ? "; and " + (hits.size() - 5) + " more" : "")
                + ".";
    rules.put(
        GateRule.WATCHLIST,
        new RuleResult(
            GateRule.WATCHLIST,
            hits.isEmpty() ? Verdict.PASS : criticality.verdict(),
            true,
            (double) hits.size(),
            "hits",
            null,
            message));
  }
}
