package io.spsbacklinks.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * The API units a run will spend at most, computed before anything is spent. Unit prices (the
 * project's stated assumption): get-metrics 30 per target; get-backlinks, get-raw-backlinks,
 * get-new-lost-backlinks and get-new-lost-refdomains 1 per row returned, estimated at their limit.
 *
 * @param items one line per request
 * @param total the sum of the items
 * @param budget {@link GatePolicy#unitBudget()}
 * @param complete false if a row count is not known yet ({@code ALL_RAW} before get-metrics)
 */
public record UnitEstimate(List<Item> items, long total, long budget, boolean complete) {
  /** Units per target of get-metrics. */
  public static final long METRICS_UNITS_PER_TARGET = 30;

  /** Units per row of every list command. */
  public static final long UNITS_PER_ROW = 1;

  /** Checks the components and copies lists, so the record is immutable. */
  public UnitEstimate {
    items = List.copyOf(items);
  }

  /**
   * The units a {@link Gate#run} of {@code request} would spend at most; needs no client and sends
   * nothing. With {@code ALL_RAW} the backlink count comes from the baseline's metrics; without
   * them the estimate is incomplete and the run learns the count from get-metrics before reading.
   */
  public static UnitEstimate of(GateRequest request) {
    Baseline baseline = GateRun.usableBaseline(request, new ArrayList<>());
    Long rows =
        baseline == null || baseline.metrics() == null ? null : baseline.metrics().backlinks();
    return UnitPlanner.plan(request, rows, "the baseline's backlinks");
  }

  /** True if {@code total <= budget}. */
  public boolean withinBudget() {
    return total <= budget;
  }

  /**
   * One estimated request.
   *
   * @param command the API command
   * @param check the check that needs it
   * @param units the units it may spend
   * @param basis how the number was reached, e.g. {@code "1 unit/row x limit 1000"}
   */
  public record Item(String command, String check, long units, String basis) {}
}
