package io.spsbacklinks.gate;

/**
 * One failed API call.
 *
 * @param check the check that needed it: {@code broken-targets}, {@code lost}, {@code metrics}
 * @param command the API command, e.g. {@code get-new-lost-backlinks}
 * @param status the HTTP status, or 0 for network and malformed-response failures
 * @param error the failure's type, e.g. {@code InsufficientFundsException}
 * @param message the API's message (never the key)
 */
public record FailedApiCall(
    String check, String command, int status, String error, String message) {

  /** True if the API refused the key or its subscription (401, 402, 403): a configuration error. */
  public boolean keyRefused() {
    return status == 401 || status == 402 || status == 403;
  }
}
