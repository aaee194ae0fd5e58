package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.GatePolicy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parameters of one {@code backlinksGate} step, shared by the freestyle builder and the
 * Pipeline step (both delegate their data-bound properties here). Defaults come from the core's
 * {@link GatePolicy#defaults()}, except that a first build only records its baseline (see {@link
 * #isEnforceFirstBuild()}), so {@code backlinksGate target: 'example.com', credentialsId: 'sps'}
 * runs the core's default gate. Blank strings mean "not set": the global configuration's value, or
 * the core default, applies.
 *
 * <p>Stored in job XML by XStream: plain fields, no records, getters tolerate fields missing from
 * older XML.
 */
public final class GateSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final GatePolicy CORE = GatePolicy.defaults();

  /** The mode used when none is set: the API's default. */
  public static final String DEFAULT_MODE = "host";

  private final String target;
  private String credentialsId = "";
  private String mode = DEFAULT_MODE;
  private String deployedBaseUrl = "";
  private String allowedHosts = "";
  // Boxed: job XML written before this setting has none, and that means the default.
  private Integer probeConcurrency;
  private String endpoint = "";
  private BaselineChoice baseline = BaselineChoice.PREVIOUS_BUILD;
  private boolean enforceFirstBuild;
  private List<ThresholdSetting> thresholds = new ArrayList<>();
  private boolean dofollowOnly = CORE.lost().dofollowOnly();
  private Integer minDomainInlinkRank = CORE.lost().minDomainInlinkRank();
  private String ignoredReasons = String.join(", ", CORE.lost().ignoredReasons());
  private String watchlist = "";
  private WatchlistResult watchlistResult = WatchlistResult.of(CORE.watchlistCriticality());
  private ApiErrorResult apiErrors = ApiErrorResult.of(CORE.apiErrors());
  private long unitBudget = CORE.unitBudget();
  // Boxed: job XML written before this setting has none, and that means the default (on).
  private Boolean suggestRedirects;

  /**
   * @param target the API target: a root domain, host or URL
   */
  public GateSettings(String target) {
    this.target = trim(target);
  }

  public String getTarget() {
    return target;
  }

  /** The ID of a Secret text credential holding the API key; blank for the global default. */
  public String getCredentialsId() {
    return trim(credentialsId);
  }

  public void setCredentialsId(String credentialsId) {
    this.credentialsId = trim(credentialsId);
  }

  /** The API mode: {@code host} (default), {@code domain} or {@code url}. */
  public String getMode() {
    String m = trim(mode);
    return m.isEmpty() ? DEFAULT_MODE : m;
  }

  public void setMode(String mode) {
    this.mode = trim(mode).toLowerCase(Locale.ROOT);
  }

  /** The deployed site's base URL whose backlinked paths are probed; blank to probe them as indexed. */
  public String getDeployedBaseUrl() {
    return trim(deployedBaseUrl);
  }

  public void setDeployedBaseUrl(String deployedBaseUrl) {
    this.deployedBaseUrl = trim(deployedBaseUrl);
  }

  /**
   * Hosts other than the target's site that broken-target probes may request and follow redirects
   * to (the policy's {@code brokenTargets.allowedHosts}, the CLI's {@code --probe-allow-host}),
   * separated by commas or white space; blank allows none.
   */
  public String getAllowedHosts() {
    return trim(allowedHosts);
  }

  public void setAllowedHosts(String allowedHosts) {
    this.allowedHosts = trim(allowedHosts);
  }

  /** An API endpoint override (a sandbox or a proxy); blank for the global one. */
  public String getEndpoint() {
    return trim(endpoint);
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = trim(endpoint);
  }

  public BaselineChoice getBaseline() {
    return baseline == null ? BaselineChoice.PREVIOUS_BUILD : baseline;
  }

  public void setBaseline(BaselineChoice baseline) {
    this.baseline = baseline;
  }

  /**
   * False (default): a build without an earlier baseline passes, reports each rule's would-be verdict
   * and records the baseline; the next build is the first one enforced. True: such a build is judged
   * like any other (lost links of the last 7 days, broken targets).
   */
  public boolean isEnforceFirstBuild() {
    return enforceFirstBuild;
  }

  public void setEnforceFirstBuild(boolean enforceFirstBuild) {
    this.enforceFirstBuild = enforceFirstBuild;
  }

  /** Per-rule thresholds overriding the global ones; rules not listed keep theirs. */
  public List<ThresholdSetting> getThresholds() {
    return thresholds == null ? List.of() : List.copyOf(thresholds);
  }

  public void setThresholds(List<ThresholdSetting> thresholds) {
    this.thresholds = thresholds == null ? new ArrayList<>() : new ArrayList<>(thresholds);
  }

  public boolean isDofollowOnly() {
    return dofollowOnly;
  }

  public void setDofollowOnly(boolean dofollowOnly) {
    this.dofollowOnly = dofollowOnly;
  }

  /** Lost links from referring domains ranked below this are left out; null for no minimum. */
  public Integer getMinDomainInlinkRank() {
    return minDomainInlinkRank;
  }

  public void setMinDomainInlinkRank(Integer minDomainInlinkRank) {
    this.minDomainInlinkRank = minDomainInlinkRank;
  }

  /** {@code reason_lost} values not counted, separated by commas or white space; blank ignores none. */
  public String getIgnoredReasons() {
    return trim(ignoredReasons);
  }

  public void setIgnoredReasons(String ignoredReasons) {
    this.ignoredReasons = trim(ignoredReasons);
  }

  /** Referring domains or page URLs whose loss always counts, one per line (or comma separated). */
  public String getWatchlist() {
    return trim(watchlist);
  }

  public void setWatchlist(String watchlist) {
    this.watchlist = trim(watchlist);
  }

  public WatchlistResult getWatchlistResult() {
    return watchlistResult == null ? WatchlistResult.of(CORE.watchlistCriticality()) : watchlistResult;
  }

  public void setWatchlistResult(WatchlistResult watchlistResult) {
    this.watchlistResult = watchlistResult;
  }

  public ApiErrorResult getApiErrors() {
    return apiErrors == null ? ApiErrorResult.of(CORE.apiErrors()) : apiErrors;
  }

  public void setApiErrors(ApiErrorResult apiErrors) {
    this.apiErrors = apiErrors;
  }

  /** The most API units one run may spend; checked against the estimate before spending. */
  public long getUnitBudget() {
    return unitBudget;
  }

  public void setUnitBudget(long unitBudget) {
    this.unitBudget = unitBudget;
  }

  /**
   * True (default): each broken backlinked URL gets a verified redirect suggestion, shown in the
   * report's Fix column, and the rule files (nginx, Apache, {@code _redirects}, CSV, JSON) are stored
   * with the report. It never changes a verdict.
   */
  public boolean isSuggestRedirects() {
    return !Boolean.FALSE.equals(suggestRedirects);
  }

  public void setSuggestRedirects(boolean suggestRedirects) {
    this.suggestRedirects = suggestRedirects;
  }

  /**
   * Requests the gate sends the deployed site at once, its probes and the redirect suggestions'
   * (the policy's {@code brokenTargets.concurrency}, the CLI's {@code --probe-concurrency}).
   */
  public int getProbeConcurrency() {
    return probeConcurrency == null ? CORE.brokenTargets().concurrency() : probeConcurrency;
  }

  public void setProbeConcurrency(int probeConcurrency) {
    this.probeConcurrency = probeConcurrency;
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }
}
