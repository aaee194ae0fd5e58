package io.spsbacklinks.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Executes requests with the retry policy and maps failures to exceptions. A response counts as
 * delivered only once its opener has read the start of the body, so an error document or a
 * connection reset at that point is retried like an error status.
 *
 * <p>Every call has an overall deadline, reading of its body included, so a server that sends a
 * byte now and then cannot hold a request for longer than that. A request that is not idempotent
 * (an export start is billed) is sent again only when it provably never reached the server: a
 * failed connect, or a 429/503, which the API answers without doing the work.
 */
final class Transport {
  private static final int MAX_REDIRECTS = 5;

  /** Reads the start of a 200 response; owns and closes it if it throws. */
  @FunctionalInterface
  interface Opener<T> {
    T open(Response response) throws IOException;
  }

  /**
   * Like {@link Opener}, also given the call, whose cancel stops a read of the body in progress on
   * another thread.
   */
  @FunctionalInterface
  interface CallOpener<T> {
    T open(Response response, Call call) throws IOException;
  }

  /** Whether a request may be sent again after it may have reached the server. */
  enum Repeat {
    IDEMPOTENT,
    ONLY_IF_NOT_SENT
  }

  private final OkHttpClient http;
  private final OkHttpClient once;
  private final Duration callDeadline;
  private final Duration downloadDeadline;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String secret;

  /**
   * @param callDeadline the deadline of an API call, body included; zero for none
   * @param downloadDeadline the same for an export file download
   */
  Transport(
      OkHttpClient http,
      Duration callDeadline,
      Duration downloadDeadline,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      String secret) {
    this.http = http;
    // OkHttp itself silently resends a request whose pooled connection failed; not this one.
    this.once = http.newBuilder().retryOnConnectionFailure(false).build();
    this.callDeadline = callDeadline;
    this.downloadDeadline = downloadDeadline;
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
  <T> T execute(
      String command,
      String target,
      Request request,
      UnaryOperator<HttpUrl> redirects,
      Opener<T> opener) {
    return execute(command, target, request, redirects, Repeat.IDEMPOTENT, opener);
  }

  /** Like {@link #execute(String, String, Request, UnaryOperator, Opener)}, with the call. */
  <T> T execute(
      String command,
      String target,
      Request request,
      UnaryOperator<HttpUrl> redirects,
      CallOpener<T> opener) {
    return run(command, target, request, redirects, Repeat.IDEMPOTENT, opener);
  }

  /** Like {@link #execute(String, String, Request, UnaryOperator, Opener)}, for any request. */
  <T> T execute(
      String command,
      String target,
      Request request,
      UnaryOperator<HttpUrl> redirects,
      Repeat repeat,
      Opener<T> opener) {
    return run(
        command, target, request, redirects, repeat, (response, call) -> opener.open(response));
  }

  private <T> T run(
      String command,
      String target,
      Request request,
      UnaryOperator<HttpUrl> redirects,
      Repeat repeat,
      CallOpener<T> opener) {
    RetryBudget budget = budget();
    Duration deadline =
        command.equals(BacklinksClient.DOWNLOAD_COMMAND) ? downloadDeadline : callDeadline;
    List<BacklinksException> earlier = new ArrayList<>();
    while (true) {
      BacklinksException failure;
      Duration retryAfter = null;
      try {
        Answer answer = follow(request, redirects, repeat, deadline);
        Response response = answer.response();
        if (response.code() == 200) {
          try {
            return opener.open(response, answer.call());
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
        failure = new BacklinksIoException(command, target, sanitize(explain(e, deadline)));
      } catch (BacklinksApiException e) {
        failure = e; // an error document inside a 200
      }
      try {
        if (!retryable(failure, repeat) || !budget.awaitRetry(retryAfter)) {
          throw finish(failure, budget.attempts(), earlier);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted =
            new InterruptedIOException("interrupted while " + "waiting to retry");
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

  /** The last call of a request and its response, after any redirects. */
  private record Answer(Call call, Response response) {}

  private Answer follow(
      Request request, UnaryOperator<HttpUrl> redirects, Repeat repeat, Duration deadline)
      throws IOException {
    Request current = request;
    for (int hop = 0; ; hop++) {
      Call call = (repeat == Repeat.IDEMPOTENT ? http : once).newCall(current);
      if (!deadline.isZero()) {
        call.timeout().timeout(deadline.toNanos(), TimeUnit.NANOSECONDS);
      }
      Response response = call.execute();
      String location = response.header("Location");
      if (redirects == null || !response.isRedirect() || location == null || hop == MAX_REDIRECTS) {
        return new Answer(call, response);
      }
      HttpUrl next = response.request().url().resolve(location);
      response.close();
      if (next == null) {
        throw new IOException("unreadable redirect location");
      }
      current = current.newBuilder().url(redirects.apply(next)).get().build();
    }
  }

  private static boolean retryable(BacklinksException failure, Repeat repeat) {
    if (repeat == Repeat.ONLY_IF_NOT_SENT) {
      return failure instanceof BacklinksIoException && neverSent(failure.getCause())
          || failure instanceof BacklinksApiException api
              && (api.status() == 429 || api.status() == 503);
    }
    return failure instanceof BacklinksIoException
        || failure instanceof BacklinksApiException api && api.isRetryable();
  }

  /** Failures that happen before a byte of the request can have reached the server. */
  private static boolean neverSent(Throwable cause) {
    return cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException;
  }

  /** An expired call deadline says so, instead of OkHttp's bare "timeout". */
  private static IOException explain(IOException e, Duration deadline) {
    if (e instanceof InterruptedIOException
        && !(e instanceof SocketTimeoutException)
        && !deadline.isZero()
        && "timeout".equals(e.getMessage())) {
      InterruptedIOException expired =
          new InterruptedIOException(
              "no complete answer within the request deadline of " + deadline);
      expired.initCause(e);
      return expired;
    }
    return e;
  }

  private static BacklinksException finish(
      BacklinksException failure, int attempts, List<BacklinksException> earlier) {
    failure.attempts(attempts);
    earlier.forEach(failure::addSuppressed);
    return failure;
  }

  IOException sanitize(IOException e) {
    return sanitize(e, secret);
  }

  /**
   * {@code e}, or a redacted copy when any message in its cause chain shows the key (say, a custom
   * interceptor that prints the URL). The copy keeps the stack trace, not the chain.
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
    IOException copy =
        new IOException(e.getClass().getName() + ": " + Redaction.redact(e.getMessage(), secret));
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** The public exception for a malformed body, free of the key like every other. */
  static MalformedResponseException malformed(
      String command, String target, MalformedDocumentException e, String secret) {
    IOException cause = sanitize(e, secret);
    return new MalformedResponseException(
        command, target, Redaction.redact(e.getMessage(), secret), cause);
  }
}
