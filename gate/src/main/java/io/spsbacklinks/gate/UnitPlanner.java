package io.spsbacklinks.gate;

import java.util.ArrayList;
import java.util.List;

/** Plans the API units of a run from its request and policy, before anything is spent. */
final class UnitPlanner {
  private UnitPlanner() {}

  /**
   * The units a run may spend. {@code rawRows} is the backlink count for {@code ALL_RAW} (null if
   * not known yet, which makes the estimate incomplete) and {@code rawBasis} where it came from.
   */
  static UnitEstimate plan(GateRequest request, Long rawRows, String rawBasis) {
    GatePolicy p = request.policy();
    List<UnitEstimate.Item> items = new ArrayList<>();
    boolean complete = true;
    if (needsMetrics(p)) {
      items.add(
          new UnitEstimate.Item(
              "get-metrics",
              p.metrics().enabled() ? GateCheck.CHECK_METRICS : GateCheck.CHECK_BROKEN,
              UnitEstimate.METRICS_UNITS_PER_TARGET,
              UnitEstimate.METRICS_UNITS_PER_TARGET + " units x 1 target"));
    }
    BrokenTargetsPolicy b = p.brokenTargets();
    if (b.enabled() && b.source() == BacklinkSource.TOP_BACKLINKS) {
      items.add(
          new UnitEstimate.Item(
              "get-backlinks", GateCheck.CHECK_BROKEN, b.topN(), "1 unit/row x limit " + b.topN()));
    } else if (b.enabled()) {
      complete = rawRows != null;
      items.add(
          new UnitEstimate.Item(
              "get-raw-backlinks",
              GateCheck.CHECK_BROKEN,
              complete ? rawRows : 0,
              complete
                  ? "1 unit/row x " + GateRun.count(rawRows) + " backlinks (" + rawBasis + ")"
                  : "unknown until get-metrics"));
    }
    if (needsLost(p)) {
      int rows = p.lost().maxRows();
      items.add(
          new UnitEstimate.Item(
              "get-new-lost-backlinks", GateCheck.CHECK_LOST, rows, "1 unit/row x limit " + rows));
      items.add(
          new UnitEstimate.Item(
              "get-new-lost-refdomains", GateCheck.CHECK_LOST, rows, "1 unit/row x limit " + rows));
    }
    long total = items.stream().mapToLong(UnitEstimate.Item::units).sum();
    return new UnitEstimate(items, total, p.unitBudget(), complete);
  }

  static boolean needsMetrics(GatePolicy p) {
    return p.metrics().enabled() || rawSource(p);
  }

  /** The watchlist needs the lost lists even with the lost check disabled. */
  static boolean needsLost(GatePolicy p) {
    return p.lost().enabled() || !p.watchlist().isEmpty();
  }

  static boolean rawSource(GatePolicy p) {
    return p.brokenTargets().enabled() && p.brokenTargets().source() == BacklinkSource.ALL_RAW;
  }
}
