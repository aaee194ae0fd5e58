package io.spsbacklinks.core;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rows of a body that may break off mid-way (an I/O failure, a document that ends early): the body
 * is then requested again under the client's {@link RetryPolicy}, the rows already delivered are
 * skipped and reading goes on, so each row is delivered exactly once. When the policy is exhausted,
 * or the new request fails, the owner's {@link StreamResumeException} says where to resume. A
 * complete body that is invalid is not requested again: it fails as it is.
 *
 * <p>Skipping assumes every request returns the same body (a get-raw-backlinks cursor page, an
 * export file). The last delivered row is compared on the way: a body that changed fails rather
 * than be stitched together wrongly. The retry budget is per body, from its first failure on, so a
 * long download is not denied a retry by the time it took to break. Each new request is itself
 * retried by the transport (429, 5xx, connect failures); a request that still fails ends the
 * stream.
 *
 * @param <S> the stream over one request's body
 */
final class ResumingRowStream<S extends RowStream<T>, T> extends AbstractRowStream<T> {
  /** Builds the exception that ends the stream: {@code why}, after {@code delivered} rows. */
  @FunctionalInterface
  interface GiveUp {
    StreamResumeException exception(String why, long delivered, Throwable cause);
  }

  private final Supplier<S> request;
  private final Supplier<RetryBudget> budgets;
  private final GiveUp giveUp;
  private final List<Throwable> failures = new ArrayList<>();
  private RetryBudget budget;
  private S body;
  private long delivered;
  private long toSkip;
  private T last;

  /**
   * Sends the first request at once, so its failures (a 404, a refused redirect) surface as they
   * are, from the call that opened the stream.
   */
  ResumingRowStream(Supplier<S> request, Supplier<RetryBudget> budgets, GiveUp giveUp) {
    this.request = request;
    this.budgets = budgets;
    this.giveUp = giveUp;
    this.body = request.get();
  }

  /** The body being read; once the rows are exhausted, the one read to its end. */
  S body() {
    return body;
  }

  @Override
  T computeNext() {
    while (true) {
      if (body == null) {
        body = requestAgain();
      }
      try {
        skipDelivered();
        if (!body.hasNext()) {
          return null;
        }
        last = body.next();
        delivered++;
        return last;
      } catch (StreamResumeException e) {
        throw e; // the body changed: final
      } catch (BacklinksIoException | MalformedResponseException e) {
        if (e instanceof MalformedResponseException
            && !MalformedDocumentException.isTruncation(e.getCause())) {
          throw e; // complete but invalid: it would fail the same way again
        }
        body.close();
        body = null;
        awaitRetry(e);
      }
    }
  }

  /** After a new request, drops the rows the caller already has, checking the last of them. */
  private void skipDelivered() {
    while (toSkip > 0) {
      if (!body.hasNext()) {
        throw end("changed (it is shorter on a new request)", null);
      }
      T row = body.next();
      toSkip--;
      if (toSkip == 0 && !row.equals(last)) {
        throw end("changed (another row where the last delivered one was)", null);
      }
    }
  }

  private void awaitRetry(BacklinksException failure) {
    if (budget == null) {
      budget = budgets.get();
    }
    try {
      if (!budget.awaitRetry(null)) {
        throw end(
            "broke off and the retry policy allows no further attempt ("
                + budget.attempts()
                + " made)",
            failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted =
          new InterruptedIOException("interrupted while waiting to request it again");
      interrupted.addSuppressed(failure);
      throw end("broke off and was interrupted", interrupted);
    }
    failures.add(failure);
    toSkip = delivered;
  }

  private S requestAgain() {
    try {
      return request.get();
    } catch (BacklinksException e) {
      throw end("broke off and requesting it again failed", e);
    }
  }

  private StreamResumeException end(String why, Throwable cause) {
    StreamResumeException e = giveUp.exception(why, delivered, cause);
    if (budget != null) {
      e.attempts(budget.attempts());
    }
    failures.forEach(e::addSuppressed);
    return e;
  }

  @Override
  void release() {
    if (body != null) {
      body.close();
    }
  }
}
