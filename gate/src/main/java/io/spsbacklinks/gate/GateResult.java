package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.Suggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A gate run's verdict, every rule with why, the evidence, the API units spent and the baseline to
 * store for the next run.
 *
 * <p>A first run (no usable baseline) under {@link FirstRunAction#RECORD} is not {@linkplain
 * #enforced() enforced}: its rules keep the verdicts they reached, its verdict is PASS and a note
 * says "first run: baseline recorded, rules not enforced".
 *
 * @param target the target
 * @param mode the mode
 * @param deployedBaseUrl the deployed base URL probed, or null
 * @param ranAt when the run started (the gate's clock)
 * @param verdict the worst rule verdict, or PASS if the rules were not {@linkplain #enforced()
 *     enforced}
 * @param rules every evaluated or skipped rule, in a fixed order, each with the verdict it reached
 *     (enforced or not); disabled checks have none
 * @param probedUrls how many distinct backlinked URLs were probed
 * @param brokenUrls broken URLs, heaviest first
 * @param unknownUrls URLs whose probe timed out or could not connect (twice), never counted broken
 * @param lostFrom the first day of the lost-links window, or null if that check did not run
 * @param lostTo the last day of the window (today), or null
 * @param lostLinks lost backlinks that passed the filters, counted and ignored
 * @param lostRefdomains lost referring domains that passed the filters, counted and ignored
 * @param metricDeltas metrics before and after, or null if get-metrics was not called or failed
 * @param unitEstimate the estimate the run was checked against
 * @param unitsSpent units actually spent (30 per get-metrics target, 1 per row read)
 * @param apiFailures failed API calls
 * @param notes remarks that do not change the verdict (first run, truncated lists, ...)
 * @param baseline the baseline used, or null on a first run
 * @param newBaseline the baseline to store if this run is accepted
 * @param policy the policy applied
 * @param redirects where the broken URLs should redirect ({@link GatePolicy#redirects()}), or null
 *     if no suggestion ran (disabled, or nothing broken); it never changes a verdict
 */
public record GateResult(
    String target,
    Mode mode,
    String deployedBaseUrl,
    Instant ranAt,
    Verdict verdict,
    List<RuleResult> rules,
    int probedUrls,
    List<BrokenUrl> brokenUrls,
    List<BrokenUrl> unknownUrls,
    LocalDate lostFrom,
    LocalDate lostTo,
    List<LostLink> lostLinks,
    List<LostRefdomain> lostRefdomains,
    MetricDeltas metricDeltas,
    UnitEstimate unitEstimate,
    long unitsSpent,
    List<FailedApiCall> apiFailures,
    List<String> notes,
    Baseline baseline,
    Baseline newBaseline,
    GatePolicy policy,
    RedirectPlan redirects) {

  /** Checks the components and copies lists, so the record is immutable. */
  public GateResult {
    rules = List.copyOf(rules);
    brokenUrls = List.copyOf(brokenUrls);
    unknownUrls = List.copyOf(unknownUrls);
    lostLinks = List.copyOf(lostLinks);
    lostRefdomains = List.copyOf(lostRefdomains);
    apiFailures = List.copyOf(apiFailures);
    notes = List.copyOf(notes);
  }

  /**
   * The rules that tripped (WARN or FAIL); if not {@linkplain #enforced() enforced}, they did not
   * count.
   */
  public List<RuleResult> firedRules() {
    return rules.stream().filter(RuleResult::fired).toList();
  }

  /**
   * True if the API refused the key or its subscription (401, 402, 403): a configuration error that
   * every later run would repeat, so the gate fails whatever {@link GatePolicy#apiErrors()} says.
   */
  public boolean configurationError() {
    return apiFailures.stream().anyMatch(FailedApiCall::keyRefused);
  }

  /**
   * True if the run had no usable baseline: none was given, or it was for another target or mode.
   */
  public boolean firstRun() {
    return baseline == null;
  }

  /**
   * False for a first run under {@link FirstRunAction#RECORD}: the verdict is PASS whatever the
   * rules say, and the rules are reported, not enforced. True otherwise.
   */
  public boolean enforced() {
    return enforced(baseline, policy);
  }

  /**
   * The worst rule verdict, enforced or not: on a run that was not enforced, the verdict it would
   * have had.
   */
  public Verdict rulesVerdict() {
    Verdict worst = Verdict.PASS;
    for (RuleResult rule : rules) {
      worst = worst.worst(rule.verdict());
    }
    return worst;
  }

  /**
   * Whether a run with this usable baseline (null on a first run) and policy enforces its rules.
   */
  static boolean enforced(Baseline usableBaseline, GatePolicy policy) {
    return usableBaseline != null || policy.firstRun() == FirstRunAction.ENFORCE;
  }

  /** The redirect suggestion for a broken URL, if suggestions ran. */
  public Optional<Suggestion> fix(BrokenUrl url) {
    return redirects == null
        ? Optional.empty()
        : redirects.suggestions().stream().filter(s -> s.url().equals(url.url())).findFirst();
  }

  /** One rule's result, if it ran. */
  public Optional<RuleResult> rule(GateRule rule) {
    return rules.stream().filter(r -> r.rule() == rule).findFirst();
  }

  /** Counted lost backlinks per {@code reason_lost} ({@code ""} = none given), sorted by reason. */
  public Map<String, Long> lostByReason() {
    return byReason(false);
  }

  /** Ignored lost backlinks per {@code reason_lost}, sorted by reason. */
  public Map<String, Long> ignoredByReason() {
    return byReason(true);
  }

  private Map<String, Long> byReason(boolean ignored) {
    Map<String, Long> out = new TreeMap<>();
    for (LostLink link : lostLinks) {
      if (link.ignored() == ignored) {
        out.merge(link.reasonLost() == null ? "" : link.reasonLost().value(), 1L, Long::sum);
      }
    }
    return out;
  }
}
