package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.gate.Baseline;
import io.spsbacklinks.gate.FirstRunAction;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.LostPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps step parameters onto the core's {@link GatePolicy} and {@link GateRequest}. Nothing is judged
 * here: the core validates every value and names the bad one.
 */
public final class GatePolicyMapping {
  private GatePolicyMapping() {}

  /**
   * The policy for a job: the core defaults, then the global thresholds, then the job's thresholds
   * (a later setting for the same rule wins), then the job's filters, allowed probe hosts, probe
   * concurrency, watchlist,
   * API-error handling,
   * unit budget, redirect suggestions and first-build handling: {@link FirstRunAction#RECORD} unless the job enforces the
   * first build.
   *
   * @throws io.spsbacklinks.core.InvalidParameterException naming the bad value
   */
  public static GatePolicy policy(GateSettings job, GateDefaults defaults) {
    GatePolicy policy = GatePolicy.defaults();
    for (ThresholdSetting t : defaults.thresholds()) {
      policy = t.applyTo(policy);
    }
    for (ThresholdSetting t : job.getThresholds()) {
      policy = t.applyTo(policy);
    }
    LostPolicy lost = policy.lost().toBuilder()
        .dofollowOnly(job.isDofollowOnly())
        .minDomainInlinkRank(job.getMinDomainInlinkRank())
        .ignoredReasons(entries(job.getIgnoredReasons()))
        .build();
    return policy.toBuilder()
        .lost(lost)
        .brokenTargets(policy.brokenTargets().toBuilder()
            .allowedHosts(entries(job.getAllowedHosts()))
            .concurrency(job.getProbeConcurrency())
            .build())
        .watchlist(entries(job.getWatchlist()))
        .watchlistCriticality(job.getWatchlistResult().criticality())
        .apiErrors(job.getApiErrors().action())
        .unitBudget(job.getUnitBudget())
        .firstRun(job.isEnforceFirstBuild() ? FirstRunAction.ENFORCE : FirstRunAction.RECORD)
        .redirects(policy.redirects().withEnabled(job.isSuggestRedirects()))
        .build();
  }

  /**
   * The gate request for a job.
   *
   * @throws io.spsbacklinks.core.InvalidParameterException for a bad mode, target or deployed base URL
   */
  public static GateRequest request(GateSettings job, Baseline baseline, GatePolicy policy) {
    String deployed = job.getDeployedBaseUrl();
    return new GateRequest(job.getTarget(), mode(job), deployed.isEmpty() ? null : deployed, baseline, policy);
  }

  /** The job's API mode. */
  public static Mode mode(GateSettings job) {
    return Mode.parse(job.getMode());
  }

  /** Splits a list typed into a text box: entries are separated by commas or white space. */
  public static List<String> entries(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (String entry : text.split("[,\\s]+")) {
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    }
    return out;
  }
}
