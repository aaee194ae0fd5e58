package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.ApiErrorAction;

/** What a failed API call (or a run refused by the unit budget) does to the build. */
public enum ApiErrorResult {
  /** The build fails. */
  FAILURE("Fail the build", ApiErrorAction.FAIL),
  /** The build becomes unstable. */
  UNSTABLE("Mark the build unstable", ApiErrorAction.WARN),
  /** The build is left alone; the report still lists the failure. */
  IGNORE("Ignore (report only)", ApiErrorAction.IGNORE);

  private final String displayName;
  private final ApiErrorAction action;

  ApiErrorResult(String displayName, ApiErrorAction action) {
    this.displayName = displayName;
    this.action = action;
  }

  /** The UI label. */
  public String getDisplayName() {
    return displayName;
  }

  /** The core policy value. */
  public ApiErrorAction action() {
    return action;
  }

  /** The choice that means {@code action}. */
  public static ApiErrorResult of(ApiErrorAction action) {
    for (ApiErrorResult r : values()) {
      if (r.action == action) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown ApiErrorAction " + action);
  }
}
