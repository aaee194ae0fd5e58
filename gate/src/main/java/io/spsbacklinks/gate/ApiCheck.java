package io.spsbacklinks.gate;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The API family: the unit budget and the API errors of the run. */
final class ApiCheck extends GateCheck {
  ApiCheck(GateCheck run) {
    super(run);
  }

  RuleResult budgetRule(UnitEstimate estimate, String refused) {
    if (refused != null) {
      ApiErrorAction action = policy.apiErrors();
      return new RuleResult(
          GateRule.UNIT_BUDGET,
          action.verdict(),
          true,
          (double) estimate.total(),
          "units",
          null,
          "Refused: "
              + refused
              + "; the checks needing more were skipped (apiErrors="
              + action.name().toLowerCase(Locale.ROOT)
              + ").");
    }
    return new RuleResult(
        GateRule.UNIT_BUDGET,
        Verdict.PASS,
        true,
        (double) estimate.total(),
        "units",
        null,
        "Estimated at most "
            + count(estimate.total())
            + " units"
            + (estimate.complete() ? "" : " (row count unknown)")
            + " of a budget of "
            + count(estimate.budget())
            + "; spent "
            + count(api.unitsSpent())
            + ".");
  }

  RuleResult apiErrorsRule() {
    List<FailedApiCall> failures = api.failures();
    ApiErrorAction action = policy.apiErrors();
    if (failures.isEmpty()) {
      return new RuleResult(
          GateRule.API_ERRORS, Verdict.PASS, true, 0.0, "errors", null, "No API call failed.");
    }
    StringJoiner list = new StringJoiner("; ");
    for (FailedApiCall f : failures) {
      list.add(f.command() + " " + ApiCalls.describe(f));
    }
    String failed = count(failures.size(), "API call", "API calls") + " failed";
    if (failures.stream().anyMatch(FailedApiCall::keyRefused)) {
      // Not an outage that passes: every later run fails the same way until the key is fixed.
      return new RuleResult(
          GateRule.API_ERRORS,
          Verdict.FAIL,
          true,
          (double) failures.size(),
          "errors",
          null,
          "Configuration error: the API refused the key (check the API key and the subscription's units); "
              + failed
              + ": "
              + list
              + ".");
    }
    return new RuleResult(
        GateRule.API_ERRORS,
        action.verdict(),
        true,
        (double) failures.size(),
        "errors",
        null,
        failed + " (apiErrors=" + action.name().toLowerCase(Locale.ROOT) + "): " + list + ".");
  }
}
