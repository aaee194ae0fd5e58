package io.spsbacklinks.sandbox;

/** An error answer of the API: HTTP status and the document's message for it. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final String CONTACT = "api@seopowersuite.com";

  final int status;
  final long retryAfterSeconds;

  private ApiError(int status, String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static ApiError missing(String parameter) {
    return new ApiError(400, "Parameter " + parameter + " is missing.", 0);
  }

  static ApiError invalid(String parameter) {
    return new ApiError(400, "Parameter " + parameter + " is invalid.", 0);
  }

  static ApiError invalidParameters() {
    return new ApiError(400, "Parameters are invalid.", 0);
  }

  static ApiError unauthorized() {
    return new ApiError(
        401,
        "Authentication failed. Please make sure your API key is valid and active."
            + " To get an API key, please contact us at "
            + CONTACT,
        0);
  }

  static ApiError insufficientFunds() {
    return new ApiError(
        402,
        "Insufficient funds, API key is temporarily disabled. Please make a payment to"
            + " enable you API key, or contact us at "
            + CONTACT
            + ".",
        0);
  }

  static ApiError forbidden() {
    return new ApiError(
        403,
        "Authentication failed. Please ensure you have a valid, enabled API key."
            + " To get an API key, please contact us at "
            + CONTACT
            + ".",
        0);
  }

  static ApiError notFound() {
    return new ApiError(404, "The requested resource could not be found.", 0);
  }

  static ApiError methodNotAllowed() {
    return new ApiError(405, "Method Not Allowed.", 0);
  }

  static ApiError unsupportedOutput() {
    return new ApiError(
        406,
        "Unsupported output format. Supported output formats are \"json\" (default) and \"xml\".",
        0);
  }

  static ApiError rateLimited(long retryAfterSeconds) {
    return new ApiError(429, "Call rate limit reached.", retryAfterSeconds);
  }

  static ApiError unexpected() {
    return new ApiError(500, "Unexpected error. Please try again later.", 0);
  }

  static ApiError busy() {
    return new ApiError(503, "System is busy. Please try again later.", 0);
  }

  static ApiError hugeTarget() {
    return new ApiError(
        244,
        "Results for huge websites like google.com or twitter.com are unavailable via API so far.",
        0);
  }
}
