package io.spsbacklinks.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The last requests, with API keys redacted as {@code apikey=***}, plus a total count. */
final class RequestLog {
  private static final int CAPACITY = 10_000;

  /** How long {@link #entries} waits for requests still being answered to be logged. */
  private static final long SETTLE_MILLIS = 2_000;

  private final ArrayDeque<String> entries = new ArrayDeque<>();
  private final AtomicLong count = new AtomicLong();
  private long logged; // guarded by entries
  private final Consumer<String> listener;

  RequestLog(Consumer<String> listener) {
    this.listener = listener;
  }

  /**
   * The raw query with the value of every parameter the server reads as {@code apikey} replaced by
   * ***, however its name is spelled or percent-encoded ({@code APIKEY}, {@code api%6Bey}).
   */
  static String redact(String rawQuery) {
    if (rawQuery == null) {
      return null;
    }
    StringJoiner result = new StringJoiner("&");
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      result.add(isKey(name) ? name + "=***" : pair);
    }
    return result.toString();
  }

  private static boolean isKey(String rawName) {
    try {
      return URLDecoder.decode(rawName, StandardCharsets.UTF_8).equalsIgnoreCase("apikey");
    } catch (IllegalArgumentException e) {
      return rawName.equalsIgnoreCase("apikey"); // a broken escape: the server refuses the request
    }
  }

  void received() {
    count.incrementAndGet();
  }

  void add(String line) {
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeFirst();
      }
      entries.addLast(line);
      logged++;
      entries.notifyAll();
    }
    listener.accept(line);
  }

  long count() {
    return count.get();
  }

  /**
   * The entries, once every request received so far has been logged (a line is written after its
   * response, so a client can hold the whole answer before the line exists), or after a short
   * bounded wait while a request is still being answered.
   */
  List<String> entries() {
    long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
    synchronized (entries) {
      long left;
      while (logged < count.get() && (left = deadline - System.nanoTime()) > 0) {
        try {
          entries.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return List.copyOf(new ArrayList<>(entries));
    }
  }
}
