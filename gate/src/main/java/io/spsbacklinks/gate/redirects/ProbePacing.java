package io.spsbacklinks.gate.redirects;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Paces the requests a gate run (or a {@link RedirectSuggester}) sends to a deployed site: at most
 * {@link #concurrency()} at once, and at most that many in flight per host. When a host answers 429
 * (Too Many Requests), or 503 with {@code Retry-After}, its requests wait as asked (a 429 without
 * {@code Retry-After}: one second) and its limit halves, down to one, for the rest of the run; the
 * request is sent again at most twice. A wait longer than {@link #MAX_WAIT} is not waited for: the
 * answer stands. Waiting is not part of a request's own timeout, so every request keeps its whole
 * timeout.
 *
 * <p>One pacing is shared by everything one run sends to a site, so what a host said to one probe
 * slows the others down too.
 */
public final class ProbePacing {
  /** The default of {@link #concurrency()}: polite to the user's own staging or production site. */
  public static final int DEFAULT_CONCURRENCY = 8;

  /** The most {@link #concurrency()} may be. */
  public static final int MAX_CONCURRENCY = 64;

  /** The longest {@code Retry-After} waited for. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(60);

  private static final Duration WAIT_WITHOUT_RETRY_AFTER = Duration.ofSeconds(1);
  private static final int RESENDS = 2;

  /** Waits; a test's stand-in advances its clock instead. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final int concurrency;
  private final LongSupplier nowMillis;
  private final Sleeper sleeper;
  private final Map<String, Host> hosts = new HashMap<>(); // guarded by this

  /**
   * A pacing of at most {@code concurrency} requests at once.
   *
   * @throws IllegalArgumentException if {@code concurrency} is not within 1..{@value
   *     #MAX_CONCURRENCY}
   */
  public ProbePacing(int concurrency) {
    this(concurrency, System::currentTimeMillis, d -> Thread.sleep(d.toMillis()));
  }

  // The wall clock, as Retry-After may be an HTTP-date.
  ProbePacing(int concurrency, LongSupplier nowMillis, Sleeper sleeper) {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency must be within 1.." + MAX_CONCURRENCY + ", was " + concurrency);
    }
    this.concurrency = concurrency;
    this.nowMillis = nowMillis;
    this.sleeper = sleeper;
  }

  /** Requests at once, at the most. */
  public int concurrency() {
    return concurrency;
  }

  /** One host's state: how many requests may be in flight, and when the next may go. */
  private static final class Host {
    int limit;
    int inFlight;
    long notBeforeMillis;

    Host(int limit) {
      this.limit = limit;
    }
  }

  /**
   * Applies {@code task} to every item, at most {@link #concurrency()} at once; the results are in
   * the items' order, whatever order the tasks finish in. A task's unchecked exception is thrown
   * here, and the other tasks are interrupted.
   *
   * @throws CancellationException if the calling thread is interrupted while waiting
   */
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> task) {
    if (items.size() <= 1 || concurrency == 1) {
      return items.stream().<R>map(task).toList();
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(concurrency, items.size()),
            r -> {
              Thread t = new Thread(r, "sps-probe-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while probing");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException
          ? (RuntimeException) cause
          : new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends {@code request} with {@code http} once its host has a free slot and is not backing off;
   * sends it again after a 429, or a 503 with {@code Retry-After}, as described above. The caller
   * closes the response.
   *
   * @throws InterruptedIOException if interrupted while waiting
   */
  public Response execute(OkHttpClient http, Request request) throws IOException {
    String host = request.url().host() + ":" + request.url().port();
    for (int sent = 0; ; sent++) {
      acquire(host);
      Response response;
      try {
        response = http.newCall(request).execute();
      } finally {
        release(host);
      }
      Duration wait = backOff(response);
      if (wait == null) {
        return response;
      }
      boolean again = sent < RESENDS && wait.compareTo(MAX_WAIT) <= 0;
      slowDown(host, again ? wait : Duration.ZERO);
      if (!again) {
        return response;
      }
      response.close();
    }
  }

  /** The host's current limit of requests in flight (for tests and messages). */
  synchronized int limit(String host, int port) {
    Host h = hosts.get(host + ":" + port);
    return h == null ? concurrency : h.limit;
  }

  private void acquire(String key) throws InterruptedIOException {
    long waitMillis;
    synchronized (this) {
      Host h = hosts.computeIfAbsent(key, k -> new Host(concurrency));
      try {
        while (h.inFlight >= h.limit) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + key);
      }
      h.inFlight++;
      waitMillis = h.notBeforeMillis - nowMillis.getAsLong();
    }
    if (waitMillis > 0) {
      try {
        sleeper.sleep(Duration.ofMillis(waitMillis));
      } catch (InterruptedException e) {
        release(key);
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while backing off " + key);
      }
    }
  }

  private synchronized void release(String key) {
    hosts.get(key).inFlight--;
    notifyAll();
  }

  private synchronized void slowDown(String key, Duration wait) {
    Host h = hosts.get(key);
    h.limit = Math.max(1, h.limit / 2);
    h.notBeforeMillis = Math.max(h.notBeforeMillis, nowMillis.getAsLong() + wait.toMillis());
  }

  /** How long the host asks to be left alone, or null if it does not. */
  private Duration backOff(Response response) {
    int code = response.code();
    if (code != 429 && code != 503) {
      return null;
    }
    Duration asked = retryAfter(response.header("Retry-After"));
    return asked != null ? asked : code == 429 ? WAIT_WITHOUT_RETRY_AFTER : null;
  }

  // Retry-After is delta-seconds or an HTTP-date (RFC 9110, section 10.2.3).
  private Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return v.length() > 9
          ? Duration.ofSeconds(999_999_999)
          : Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Duration d =
          Duration.between(
              Instant.ofEpochMilli(nowMillis.getAsLong()),
              ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
