package io.spsbacklinks.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Status of an export (download-all-backlinks) task. Response field {@code task_status}.
 *
 * <p>Tolerant: a value this client does not know is kept as is, so a new API value never fails a
 * response; check {@link #isKnown()}.
 *
 * @param value the raw value as sent by the API
 */
public record TaskStatus(String value) {
  /** {@code queued_for_processing}. */
  public static final TaskStatus QUEUED_FOR_PROCESSING = new TaskStatus("queued_for_processing");

  /** {@code processing}. */
  public static final TaskStatus PROCESSING = new TaskStatus("processing");

  /** {@code complete}. */
  public static final TaskStatus COMPLETE = new TaskStatus("complete");

  /** {@code rejected}. */
  public static final TaskStatus REJECTED = new TaskStatus("rejected");

  /** {@code task id is unknown or deleted}. */
  public static final TaskStatus UNKNOWN_OR_DELETED =
      new TaskStatus("task id is unknown or deleted");

  private static final List<TaskStatus> KNOWN =
      List.of(QUEUED_FOR_PROCESSING, PROCESSING, COMPLETE, REJECTED, UNKNOWN_OR_DELETED);

  /** The value must not be null. */
  public TaskStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for {@code value} when known, otherwise a new instance carrying it. */
  public static TaskStatus of(String value) {
    for (TaskStatus known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new TaskStatus(value);
  }

  /** Whether this is one of the values documented by the API v1.0. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Whether the task is still queued or running, so polling should go on. */
  public boolean isPending() {
    return equals(QUEUED_FOR_PROCESSING) || equals(PROCESSING);
  }

  /** Whether the file is ready for download. */
  public boolean isComplete() {
    return equals(COMPLETE);
  }

  @Override
  public String toString() {
    return value;
  }
}
