package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksApiException;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.BacklinksIoException;
import io.spsbacklinks.core.CursorLoopException;
import io.spsbacklinks.core.ExportTaskException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.MalformedResponseException;
import io.spsbacklinks.core.RateLimitException;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.StreamResumeException;
import io.spsbacklinks.core.TargetTooLargeException;
import io.spsbacklinks.core.model.TaskStatus;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.MalformedRecordException;

/**
 * A failed call classified for routing, with the values of {@code backlinks.error.code} and {@code
 * backlinks.error.message}. Messages come from the core client, which never puts the API key in
 * them; they are redacted once more anyway.
 *
 * @param outcome where the FlowFile goes
 * @param code the HTTP status, or a token for failures without one (see {@link #classify})
 * @param message what happened, for the attribute and the log
 * @param retryAfter how long the API asked us to wait (429 Retry-After), null when it did not
 */
record FailureRoute(Outcome outcome, String code, String message, Duration retryAfter) {
  /** Where a failed FlowFile is routed. */
  enum Outcome {
    /** A permanent problem with this request: route to failure. */
    FAILURE,
    /** A transient problem (429, 5xx, I/O, cut-off body): route to retry. */
    RETRY,
    /**
     * The API key cannot be used now (401, 402, 403): nothing will succeed until an operator acts,
     * so the processor yields, and the FlowFile goes to retry.
     */
    UNAVAILABLE
  }

  static final String TARGET_TOO_LARGE =
      "target too large: results for huge websites like google.com or twitter.com are"
          + " unavailable via the API (status 244)";

  /**
   * Classifies an exception thrown while calling the API or writing its records. The cause chain is
   * searched, as NiFi may wrap exceptions thrown inside content callbacks. A {@link
   * StreamResumeException} is classified by its cause when that is a client failure: a body
   * requested again and refused with 402 makes the processor yield like any 402.
   *
   * <p>Codes: the HTTP status for API errors ({@code 400} ... {@code 503}, {@code 244}); {@code
   * io_error}, {@code malformed_response}, {@code invalid_parameter}, {@code cursor_loop}, the
   * export task status ({@code rejected}, {@code task id is unknown or deleted}), {@code
   * export_timeout}, {@code record_error} (the incoming records or the writer's schema) and {@code
   * processing_error}.
   */
  static FailureRoute classify(Throwable error) {
    Throwable cause =
        find(error, BacklinksException.class)
            .<Throwable>map(t -> t)
            .or(() -> find(error, MalformedRecordException.class))
            .or(() -> find(error, SchemaNotFoundException.class))
            .orElse(error);
    String message = Redaction.redact(String.valueOf(cause.getMessage()));
    if (cause instanceof StreamResumeException resume
        && find(resume.getCause(), BacklinksException.class).isPresent()) {
      // A body broke off and requesting it again failed: that failure (a 402 on the new request,
      // a 244, ...) decides, while the message keeps where to resume.
      FailureRoute last = classify(resume.getCause());
      return new FailureRoute(last.outcome(), last.code(), message, last.retryAfter());
    }
    if (cause instanceof TargetTooLargeException tooLarge) {
      // The API's own message says it; without one, say what 244 means.
      String detail =
          tooLarge.apiMessage() != null ? message : message + " (" + TARGET_TOO_LARGE + ")";
      return new FailureRoute(Outcome.FAILURE, "244", detail, null);
    }
    if (cause instanceof RateLimitException rateLimit) {
      return new FailureRoute(Outcome.RETRY, "429", message, rateLimit.retryAfter().orElse(null));
    }
    if (cause instanceof BacklinksApiException api) {
      int status = api.status();
      Outcome outcome =
          status == 401 || status == 402 || status == 403
              ? Outcome.UNAVAILABLE
              : api.isRetryable() ? Outcome.RETRY : Outcome.FAILURE;
      return new FailureRoute(outcome, String.valueOf(status), message, null);
    }
    if (cause instanceof BacklinksIoException) {
      return new FailureRoute(Outcome.RETRY, "io_error", message, null);
    }
    if (cause instanceof MalformedResponseException) {
      // Most often a body cut short by a dropped connection: worth another attempt.
      return new FailureRoute(Outcome.RETRY, "malformed_response", message, null);
    }
    if (cause instanceof InvalidParameterException invalid) {
      return new FailureRoute(
          Outcome.FAILURE, "invalid_parameter", message + downloadHostHint(invalid), null);
    }
    if (cause instanceof CursorLoopException) {
      return new FailureRoute(Outcome.FAILURE, "cursor_loop", message, null);
    }
    if (cause instanceof ExportTimeoutException) {
      return new FailureRoute(Outcome.FAILURE, "export_timeout", message, null);
    }
    if (cause instanceof ExportTaskException export) {
      TaskStatus status = export.status();
      // rejected = an earlier export of this key is still running: try again later.
      Outcome outcome = TaskStatus.REJECTED.equals(status) ? Outcome.RETRY : Outcome.FAILURE;
      String code = status == null ? "export_failed" : status.value();
      return new FailureRoute(outcome, code, message, null);
    }
    if (cause instanceof MalformedRecordException || cause instanceof SchemaNotFoundException) {
      return new FailureRoute(Outcome.FAILURE, "record_error", message, null);
    }
    return new FailureRoute(
        Outcome.FAILURE, "processing_error", Redaction.redact(String.valueOf(error)), null);
  }

  /**
   * For a download_file the client refused for its host, the service property that allows it (the
   * client's own message names its Java API); empty otherwise.
   */
  private static String downloadHostHint(InvalidParameterException invalid) {
    HttpUrl url =
        "download_file".equals(invalid.parameter()) && invalid.value() != null
            ? HttpUrl.parse(invalid.value())
            : null;
    return url == null
        ? ""
        : "; if host "
            + url.host()
            + " is trusted, add it to Allowed"
            + " Download Hosts of the Backlinks API service";
  }

  /** Whether the processor as a whole should stop calling the API for a while. */
  boolean shouldYield() {
    return outcome == Outcome.UNAVAILABLE || "429".equals(code);
  }

  private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
