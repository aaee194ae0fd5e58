package io.spsbacklinks.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The last requests, with API keys redacted as {@code apikey=***}, plus a total count. */
final class RequestLog {
    private static final int CAPACITY = 10_000;
    /** How long {@link #entries} waits for requests still being answered to be logged. */
    private static final long SETTLE_MILLIS = 2_000;
    private static final Pattern KEY = Pattern.compile("(?i)(^|&)(apikey)=[^&]*");

    private final ArrayDeque<String> entries = new ArrayDeque<>();
    private final AtomicLong count = new AtomicLong();
    private long logged; // guarded by entries
    private final Consumer<String> listener;

    RequestLog(Consumer<String> listener) {
        this.listener = listener;
    }

    /** The raw query with every apikey/apiKey value replaced by ***. */
    static String redact(String rawQuery) {
        return rawQuery == null ? null : KEY.matcher(rawQuery).replaceAll("$1$2=***");
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
