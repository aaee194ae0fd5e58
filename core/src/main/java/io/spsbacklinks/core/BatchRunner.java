package io.spsbacklinks.core;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Sends the batches of one get-metrics or get-inlink-rank call with at most {@code concurrency}
 * requests in flight and returns their results in input order. A batch that has to wait for a retry
 * (a 429 and its Retry-After, a 5xx) turns the rest of its call to one request at a time: the
 * server asked for less, not for the same load from more connections. The first failed batch in
 * input order fails the call; the batches still running are cancelled.
 */
final class BatchRunner {
  /** The call a batch thread works for, so that a retry wait can slow that call down. */
  private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

  private final int concurrency;

  BatchRunner(int concurrency) {
    this.concurrency = concurrency;
  }

  /** Wraps the transport's sleeper: a retry wait inside a batch backs its call off. */
  static Sleeper watching(Sleeper sleeper) {
    return duration -> {
      Call call = CURRENT.get();
      if (call != null) {
        call.backedOff = true;
      }
      sleeper.sleep(duration);
    };
  }

  /** The results of batches {@code 0..count-1}, concatenated in that order. */
  <T> List<T> run(String command, int count, IntFunction<List<T>> batch) {
    List<T> results = new ArrayList<>();
    if (concurrency == 1 || count <= 1) {
      for (int i = 0; i < count; i++) {
        results.addAll(batch.apply(i));
      }
      return results;
    }
    Call call = new Call();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(concurrency, count),
            work -> {
              Thread thread = new Thread(work, "backlinks-" + command);
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<List<T>>> pending = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        pending.add(pool.submit(() -> call.run(() -> batch.apply(index))));
      }
      for (Future<List<T>> next : pending) {
        results.addAll(await(command, next));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T await(String command, Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BacklinksIoException(
          command, null, new InterruptedIOException("interrupted while waiting for a batch"));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static final class Call {
    private final Object oneAtATime = new Object();
    private volatile boolean backedOff;
    private volatile boolean failed;

    <T> T run(Supplier<T> batch) {
      if (failed) {
        throw new CancellationException("an earlier batch failed"); // never reaches the caller
      }
      CURRENT.set(this);
      try {
        if (backedOff) {
          synchronized (oneAtATime) {
            return batch.get();
          }
        }
        return batch.get();
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      } finally {
        CURRENT.remove();
      }
    }
  }
}
