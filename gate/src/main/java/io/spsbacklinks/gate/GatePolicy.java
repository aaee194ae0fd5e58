package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gate decides with: the three checks, the watchlist, what API errors do, the
 * API-unit budget and what a first run does. Immutable; build with {@link #builder()} or read with
 * {@link GatePolicies}.
 *
 * @param brokenTargets the broken-targets check
 * @param lost the lost-in-the-index check
 * @param metrics the metrics-drop check
 * @param watchlist referring domains or page URLs whose loss always trips {@code
 *     watchlistCriticality} (default empty)
 * @param watchlistCriticality what a watchlist hit yields (default {@link Criticality#FAIL})
 * @param apiErrors what an API failure, or a run refused for its unit budget, yields (default
 *     {@link ApiErrorAction#WARN})
 * @param unitBudget the most API units one run may spend, checked against the estimate before
 *     anything is spent (>= 1, default 5,000)
 * @param firstRun what a run without a usable baseline does with its rule verdicts (default {@link
 *     FirstRunAction#ENFORCE}; {@link FirstRunAction#RECORD} passes it and only records the baseline)
 */
public record GatePolicy(
    BrokenTargetsPolicy brokenTargets,
    LostPolicy lost,
    MetricsPolicy metrics,
    List<String> watchlist,
    Criticality watchlistCriticality,
    ApiErrorAction apiErrors,
    long unitBudget,
    FirstRunAction firstRun) {

  private static final GatePolicy DEFAULTS = builder().build();

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public GatePolicy {
    Objects.requireNonNull(brokenTargets, "brokenTargets");
    Objects.requireNonNull(lost, "lost");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(watchlistCriticality, "watchlistCriticality");
    Objects.requireNonNull(apiErrors, "apiErrors");
    Objects.requireNonNull(firstRun, "firstRun");
    watchlist = List.copyOf(Objects.requireNonNull(watchlist, "watchlist"));
    Watchlist.parse(watchlist);
    if (unitBudget < 1) {
      throw PolicyErrors.invalid("unitBudget", unitBudget, "a whole number >= 1");
    }
  }

  /** The defaults listed on the record components. */
  public static GatePolicy defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder()
        .brokenTargets(brokenTargets)
        .lost(lost)
        .metrics(metrics)
        .watchlist(watchlist)
        .watchlistCriticality(watchlistCriticality)
        .apiErrors(apiErrors)
        .unitBudget(unitBudget)
        .firstRun(firstRun);
  }

  /** Builds a {@link GatePolicy}; starts from the defaults. */
  public static final class Builder {
    private BrokenTargetsPolicy brokenTargets = BrokenTargetsPolicy.defaults();
    private LostPolicy lost = LostPolicy.defaults();
    private MetricsPolicy metrics = MetricsPolicy.defaults();
    private List<String> watchlist = List.of();
    private Criticality watchlistCriticality = Criticality.FAIL;
    private ApiErrorAction apiErrors = ApiErrorAction.WARN;
    private long unitBudget = 5_000;
    private FirstRunAction firstRun = FirstRunAction.ENFORCE;

    private Builder() {}

    /** Sets {@link GatePolicy#brokenTargets()}. */
    public Builder brokenTargets(BrokenTargetsPolicy brokenTargets) {
      this.brokenTargets = brokenTargets;
      return this;
    }

    /** Sets {@link GatePolicy#lost()}. */
    public Builder lost(LostPolicy lost) {
      this.lost = lost;
      return this;
    }

    /** Sets {@link GatePolicy#metrics()}. */
    public Builder metrics(MetricsPolicy metrics) {
      this.metrics = metrics;
      return this;
    }

    /** Sets {@link GatePolicy#watchlist()}. */
    public Builder watchlist(List<String> watchlist) {
      this.watchlist = watchlist;
      return this;
    }

    /** Sets {@link GatePolicy#watchlistCriticality()}. */
    public Builder watchlistCriticality(Criticality watchlistCriticality) {
      this.watchlistCriticality = watchlistCriticality;
      return this;
    }

    /** Sets {@link GatePolicy#apiErrors()}. */
    public Builder apiErrors(ApiErrorAction apiErrors) {
      this.apiErrors = apiErrors;
      return this;
    }

    /** Sets {@link GatePolicy#unitBudget()}. */
    public Builder unitBudget(long unitBudget) {
      this.unitBudget = unitBudget;
      return this;
    }

    /** Sets {@link GatePolicy#firstRun()}. */
    public Builder firstRun(FirstRunAction firstRun) {
      this.firstRun = firstRun;
      return this;
    }

    /** Validates and builds; throws {@link InvalidParameterException} naming the bad field. */
    public GatePolicy build() {
      return new GatePolicy(brokenTargets, lost, metrics, watchlist, watchlistCriticality,
          apiErrors, unitBudget, firstRun);
    }
  }
}
