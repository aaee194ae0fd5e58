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
    private static final Pattern KEY = Pattern.compile("(?i)(^|&)(apikey)=[^&]*");

    private final ArrayDeque<String> entries = new ArrayDeque<>();
    private final AtomicLong count = new AtomicLong();
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
        }
        listener.accept(line);
    }

    long count() {
        return count.get();
    }

    List<String> entries() {
        synchronized (entries) {
            return List.copyOf(new ArrayList<>(entries));
        }
    }
}
