package io.spsbacklinks.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * download-all-backlinks tasks. A task is queued_for_processing for the first half of the export
 * delay, processing for the second half, then complete; it and its file are deleted 24 hours
 * (sandbox clock) after completing. A key may have one task that is not complete yet; asking for
 * another is "rejected".
 */
final class Exports {
  static final Duration RETENTION = Duration.ofHours(24);

  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Duration delay;
  private final SecureRandom random = new SecureRandom();
  private long lastMillis;

  Exports(Duration delay) {
    this.delay = delay;
  }

  /** One export: the selection as it was on {@code day}, for the key that asked. */
  record Task(
      String id,
      String apiKey,
      Selection selection,
      int day,
      Instant created,
      String fileName,
      long rows) {}

  /** Whether {@code apiKey} has a task that is not complete yet (a new one would be rejected). */
  synchronized boolean hasRunningTask(String apiKey, Instant now) {
    purge(now);
    return tasks.values().stream()
        .anyMatch(task -> task.apiKey.equals(apiKey) && !status(task, now).equals("complete"));
  }

  /** Creates a task; callers check {@link #hasRunningTask} first, under this object's lock. */
  synchronized Task create(
      String apiKey, TargetRef target, Selection selection, int day, long rows, Instant now) {
    byte[] idBytes = new byte[16];
    random.nextBytes(idBytes);
    // The document's file names are "<host>-<epoch millis>"; keep them unique even under a frozen
    // clock.
    lastMillis = Math.max(now.toEpochMilli(), lastMillis + 1);
    Task task =
        new Task(
            HexFormat.of().withUpperCase().formatHex(idBytes),
            apiKey,
            selection,
            day,
            now,
            target.host() + "-" + lastMillis + ".csv.gz",
            rows);
    tasks.put(task.id, task);
    return task;
  }

  /** The task {@code id} of {@code apiKey}, or null when unknown, another key's, or deleted. */
  Task find(String apiKey, String id, Instant now) {
    purge(now);
    Task task = tasks.get(id);
    return task == null || !task.apiKey.equals(apiKey) ? null : task;
  }

  /** The complete task whose file is {@code fileName}, or null. */
  Task file(String fileName, Instant now) {
    purge(now);
    for (Task task : tasks.values()) {
      if (task.fileName.equals(fileName) && status(task, now).equals("complete")) {
        return task;
      }
    }
    return null;
  }

  String status(Task task, Instant now) {
    Duration elapsed = Duration.between(task.created, now);
    if (elapsed.compareTo(delay) >= 0) {
      return "complete";
    }
    return elapsed.compareTo(delay.dividedBy(2)) < 0 ? "queued_for_processing" : "processing";
  }

  private void purge(Instant now) {
    tasks.values().removeIf(task -> now.isAfter(task.created.plus(delay).plus(RETENTION)));
  }
}
