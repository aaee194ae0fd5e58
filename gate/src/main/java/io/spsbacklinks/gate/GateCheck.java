package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksClient;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * What the checks of one run share: the clients, the request and policy, the API calls (units and
 * failures), the notes and the rule results. One check class per rule family extends it.
 */
abstract class GateCheck {
  static final String CHECK_BROKEN = "broken-targets";
  static final String CHECK_LOST = "lost";
  static final String CHECK_METRICS = "metrics";

  final BacklinksClient client;
  final OkHttpClient probeClient;
  final GateRequest request;
  final GatePolicy policy;
  final Watchlist watchlist;
  final ApiCalls api;
  final List<String> notes;
  final Map<GateRule, RuleResult> rules;

  GateCheck(
      BacklinksClient client,
      OkHttpClient probeClient,
      GateRequest request,
      ApiCalls api,
      List<String> notes,
      Map<GateRule, RuleResult> rules) {
    this.client = client;
    this.probeClient = probeClient;
    this.request = request;
    this.policy = request.policy();
    this.watchlist = Watchlist.parse(policy.watchlist());
    this.api = api;
    this.notes = notes;
    this.rules = rules;
  }

  /** A check sharing {@code run}'s state. */
  GateCheck(GateCheck run) {
    this(run.client, run.probeClient, run.request, run.api, run.notes, run.rules);
  }

  /** A rule whose API data is missing: the verdict is what {@link GatePolicy#apiErrors()} says. */
  void missing(GateRule rule, String why) {
    Threshold t = rule.hasThreshold() ? policy.threshold(rule) : null;
    rules.put(rule, RuleResult.notMeasured(rule, t, policy.apiErrors().verdict(), null, why));
  }

  static String count(long n) {
    return GateRun.count(n);
  }

  static String count(long n, String singular, String plural) {
    return GateRun.count(n, singular, plural);
  }
}
