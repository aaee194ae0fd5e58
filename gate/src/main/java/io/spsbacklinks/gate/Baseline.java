package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.HttpUrl;

/**
 * What the previous accepted run left behind: the day the next lost-links window starts, the
 * metrics the next drop is measured against, and the metrics history for charts. Store {@link
 * GateResult#newBaseline()} with {@link Baselines#write} after a run you accept; a baseline for
 * another target or mode is ignored with a note.
 *
 * @param target the gate's target
 * @param mode the gate's mode
 * @param date the start of the next run's lost-links window
 * @param metrics the metrics to compare with, or null if none were measured yet
 * @param history metric points, oldest first, at most {@link #MAX_HISTORY}, one per day
 * @param redirects the redirect history: for each backlinked URL that redirected when it last
 *     answered (on a run that probed it healthy), the path (and query) it ended up at; at most
 *     {@link #MAX_REDIRECTS}, sorted by URL. What the redirect suggestions offer first once a
 *     deploy breaks the URL.
 */
public record Baseline(
    String target,
    Mode mode,
    LocalDate date,
    Metrics metrics,
    List<MetricPoint> history,
    SortedMap<String, String> redirects) {
  /** The most points kept: a year of daily runs. */
  public static final int MAX_HISTORY = 366;

  /** The most redirect history entries kept (the URLs probed most recently win). */
  public static final int MAX_REDIRECTS = 10_000;

  /** Checks the components and copies collections, so the record is immutable. */
  public Baseline {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(date, "date");
    history = List.copyOf(Objects.requireNonNull(history, "history"));
    redirects =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(Objects.requireNonNull(redirects, "redirects")));
  }

  /** A baseline without redirect history. */
  public Baseline(
      String target, Mode mode, LocalDate date, Metrics metrics, List<MetricPoint> history) {
    this(target, mode, date, metrics, history, new TreeMap<>());
  }

  /**
   * The baseline after a run on {@code date}: {@code metrics} (if measured) replace the stored ones
   * and become that day's history point (a second run the same day replaces the first).
   */
  Baseline advance(LocalDate newDate, Metrics measured) {
    if (measured == null) {
      return new Baseline(target, mode, newDate, metrics, history, redirects);
    }
    return new Baseline(
        target,
        mode,
        newDate,
        measured,
        appendPoint(history, MetricPoint.of(newDate, measured)),
        redirects);
  }

  /**
   * This baseline with the redirect history updated from one run's healthy URLs: {@code answeredAt}
   * maps each backlinked URL that answered to the path it ended up at (its own path if it answered
   * directly, which ends its history). URLs the run did not find healthy keep their entry.
   */
  Baseline withRedirects(Map<String, String> answeredAt) {
    if (answeredAt.isEmpty()) {
      return this;
    }
    Map<String, String> fresh = new LinkedHashMap<>();
    answeredAt.forEach(
        (url, path) -> {
          HttpUrl parsed = HttpUrl.parse(url);
          String own = parsed == null ? null : pathAndQuery(parsed);
          if (!path.equals(own)) {
            fresh.put(url, path);
          }
        });
    // This run's entries first, then older ones, until the cap.
    TreeMap<String, String> out = new TreeMap<>();
    fresh.entrySet().stream().limit(MAX_REDIRECTS).forEach(e -> out.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, String> e : redirects.entrySet()) {
      if (out.size() >= MAX_REDIRECTS) {
        break;
      }
      if (!answeredAt.containsKey(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return new Baseline(target, mode, date, metrics, history, out);
  }

  /** A URL's encoded path and query: what the redirect history keeps. */
  static String pathAndQuery(HttpUrl url) {
    return url.encodedQuery() == null
        ? url.encodedPath()
        : url.encodedPath() + "?" + url.encodedQuery();
  }

  static List<MetricPoint> appendPoint(List<MetricPoint> history, MetricPoint point) {
    List<MetricPoint> out = new ArrayList<>(history.size() + 1);
    for (MetricPoint p : history) {
      if (p.date().isBefore(point.date())) {
        out.add(p);
      }
    }
    out.add(point);
    return out.size() > MAX_HISTORY ? out.subList(out.size() - MAX_HISTORY, out.size()) : out;
  }
}
