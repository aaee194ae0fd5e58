package io.spsbacklinks.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes requests with the retry policy and maps failures to exceptions. A response counts as
 * delivered only once its opener has read the start of the body, so an error document or a
 * connection reset at that point is retried like an error status.
 */
final class Transport {
  private static final int MAX_REDIRECTS = 5;

  /** Reads the start of a 200 response; owns and closes it if it throws. */
  @FunctionalInterface
  interface Opener<T> {
    T open(Response response) throws IOException;
  }

  private final OkHttpClient http;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String secret;

  Transport(OkHttpClient http, RetryPolicy policy, Clock clock, Sleeper sleeper, String secret) {
    this.http = http;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.secret = secret;
  }

  /**
   * Executes {@code request} until a 200 is opened or the policy gives up.
   *
   * @param redirects checks a redirect target and returns the URL to follow, or throws; null to
   *     treat redirects as unexpected statuses (API calls never follow them)
   */
  <T> T execute(String command, String target, Request request,
      UnaryOperator<HttpUrl> redirects, Opener<T> opener) {
    RetryBudget budget = budget();
    List<BacklinksException> earlier = new ArrayList<>();
    while (true) {
      BacklinksException failure;
      Duration retryAfter = null;
      try {
        Response response = follow(request, redirects);
        if (response.code() == 200) {
          try {
            return opener.open(response);
          } catch (MalformedDocumentException e) {
            response.close();
            throw finish(malformed(command, target, e, secret), budget.attempts(), earlier);
          } catch (IOException | RuntimeException e) {
            response.close();
            throw e;
          }
        }
        BacklinksApiException error =
            ApiErrors.forResponse(response, command, target, secret, clock);
        retryAfter = ApiErrors.retryAfter(response.header("Retry-After"), clock);
        failure = error;
      } catch (IOException e) {
        failure = new BacklinksIoException(command, target, sanitize(e));
      } catch (BacklinksApiException e) {
        failure = e; // an error document inside a 200
      }
      try {
        if (!retryable(failure) || !budget.awaitRetry(retryAfter)) {
          throw finish(failure, budget.attempts(), earlier);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while "
            + "waiting to retry");
        BacklinksIoException stop = new BacklinksIoException(command, target, interrupted);
        stop.addSuppressed(failure);
        throw finish(stop, budget.attempts(), earlier);
      }
      earlier.add(failure);
    }
  }

  /** A fresh budget of this client's retry policy, its deadline counted from now. */
  RetryBudget budget() {
    return new RetryBudget(policy, clock, sleeper);
  }

  private Response follow(Request request, UnaryOperator<HttpUrl> redirects) throws IOException {
    Request current = request;
    for (int hop = 0; ; hop++) {
      Response response = http.newCall(current).execute();
      String location = response.header("Location");
      if (redirects == null || !response.isRedirect() || location == null
          || hop == MAX_REDIRECTS) {
        return response;
      }
      HttpUrl next = response.request().url().resolve(location);
      response.close();
      if (next == null) {
        throw new IOException("unreadable redirect location");
      }
      current = current.newBuilder().url(redirects.apply(next)).get().build();
    }
  }

  private static boolean retryable(BacklinksException failure) {
    return failure instanceof BacklinksIoException
        || failure instanceof BacklinksApiException api && api.isRetryable();
  }

  private static BacklinksException finish(BacklinksException failure, int attempts,
      List<BacklinksException> earlier) {
    failure.attempts(attempts);
    earlier.forEach(failure::addSuppressed);
    return failure;
  }

  IOException sanitize(IOException e) {
    return sanitize(e, secret);
  }

  /**
   * {@code e}, or a redacted copy when any message in its cause chain shows the key (say, a
   * custom interceptor that prints the URL). The copy keeps the stack trace, not the chain.
   */
  static IOException sanitize(IOException e, String secret) {
    boolean leaks = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(Redaction.redact(message, secret))) {
        leaks = true;
      }
    }
    if (!leaks) {
      return e;
    }
    IOException copy = new IOException(e.getClass().getName() + ": "
        + Redaction.redact(e.getMessage(), secret));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** The public exception for a malformed body, free of the key like every other. */
  static MalformedResponseException malformed(String command, String target,
      MalformedDocumentException e, String secret) {
    IOException cause = sanitize(e, secret);
    return new MalformedResponseException(command, target,
        Redaction.redact(e.getMessage(), secret), cause);
  }
}
