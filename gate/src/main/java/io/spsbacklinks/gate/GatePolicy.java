package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * @param thresholds the threshold of every rule that has one ({@link GateRule#thresholded()}),
 *     keyed by rule; a rule left out keeps its {@link GateRule#defaultThreshold()}
 * @param notMeasured what a rule yields when its evidence could not be got from the deployed site
 *     (URLs that could not be probed: site down, timeouts); default {@link ApiErrorAction#FAIL}, so
 *     the gate never passes on evidence it did not get
 * @param firstRun what a run without a usable baseline does with its rule verdicts (default {@link
 *     FirstRunAction#ENFORCE}; {@link FirstRunAction#RECORD} passes it and only records the
 *     baseline)
 * @param redirects the redirect suggestions for broken URLs (default {@link
 *     RedirectsPolicy#defaults()}: on)
 */
public record GatePolicy(
    BrokenTargetsPolicy brokenTargets,
    LostPolicy lost,
    MetricsPolicy metrics,
    List<String> watchlist,
    Criticality watchlistCriticality,
    ApiErrorAction apiErrors,
    long unitBudget,
    Map<GateRule, Threshold> thresholds,
    ApiErrorAction notMeasured,
    FirstRunAction firstRun,
    RedirectsPolicy redirects) {

  private static final GatePolicy DEFAULTS = builder().build();

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public GatePolicy {
    Objects.requireNonNull(brokenTargets, "brokenTargets");
    Objects.requireNonNull(lost, "lost");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(watchlistCriticality, "watchlistCriticality");
    Objects.requireNonNull(apiErrors, "apiErrors");
    Objects.requireNonNull(firstRun, "firstRun");
    Objects.requireNonNull(notMeasured, "notMeasured");
    Objects.requireNonNull(redirects, "redirects");
    thresholds = withDefaults(Objects.requireNonNull(thresholds, "thresholds"));
    watchlist = List.copyOf(Objects.requireNonNull(watchlist, "watchlist"));
    Watchlist.parse(watchlist);
    if (unitBudget < 1) {
      throw PolicyErrors.invalid("unitBudget", unitBudget, "a whole number >= 1");
    }
  }

  /** The threshold of a rule (its default if the policy does not set it). */
  public Threshold threshold(GateRule rule) {
    if (!rule.hasThreshold()) {
      throw new IllegalArgumentException(rule.id() + " has no threshold");
    }
    return thresholds.get(rule);
  }

  private static Map<GateRule, Threshold> withDefaults(Map<GateRule, Threshold> given) {
    Map<GateRule, Threshold> all = new EnumMap<>(GateRule.class);
    for (GateRule rule : GateRule.thresholded()) {
      all.put(rule, rule.defaultThreshold());
    }
    given.forEach(
        (rule, threshold) -> {
          if (!rule.hasThreshold()) {
            throw PolicyErrors.invalid(
                "thresholds",
                rule.id(),
                "rules with a threshold: "
                    + String.join(
                        ", ", GateRule.thresholded().stream().map(GateRule::id).toList()));
          }
          all.put(rule, Objects.requireNonNull(threshold, rule.id()));
        });
    return Collections.unmodifiableMap(all);
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
        .thresholds(thresholds)
        .notMeasured(notMeasured)
        .firstRun(firstRun)
        .redirects(redirects);
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
    private final Map<GateRule, Threshold> thresholds = new EnumMap<>(GateRule.class);
    private ApiErrorAction notMeasured = ApiErrorAction.FAIL;
    private FirstRunAction firstRun = FirstRunAction.ENFORCE;
    private RedirectsPolicy redirects = RedirectsPolicy.defaults();

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

    /** Sets one rule's threshold in {@link GatePolicy#thresholds()}. */
    public Builder threshold(GateRule rule, Threshold threshold) {
      thresholds.put(Objects.requireNonNull(rule, "rule"), threshold);
      return this;
    }

    /** Sets the thresholds of the rules in {@code thresholds}; other rules keep theirs. */
    public Builder thresholds(Map<GateRule, Threshold> thresholds) {
      this.thresholds.putAll(thresholds);
      return this;
    }

    /** Sets {@link GatePolicy#notMeasured()}. */
    public Builder notMeasured(ApiErrorAction notMeasured) {
      this.notMeasured = notMeasured;
      return this;
    }

    /** Sets {@link GatePolicy#firstRun()}. */
    public Builder firstRun(FirstRunAction firstRun) {
      this.firstRun = firstRun;
      return this;
    }

    /** Sets {@link GatePolicy#redirects()}. */
    public Builder redirects(RedirectsPolicy redirects) {
      this.redirects = redirects;
      return this;
    }

    /** Validates and builds; throws {@link InvalidParameterException} naming the bad field. */
    public GatePolicy build() {
      return new GatePolicy(
          brokenTargets,
          lost,
          metrics,
          watchlist,
          watchlistCriticality,
          apiErrors,
          unitBudget,
          thresholds,
          notMeasured,
          firstRun,
          redirects);
    }
  }
}
