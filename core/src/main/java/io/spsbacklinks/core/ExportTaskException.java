package io.spsbacklinks.core;

import io.spsbacklinks.core.model.TaskStatus;

/**
 * An export task cannot deliver a file: it was rejected, its id is unknown or deleted, or it did
 * not complete within the poll policy's timeout.
 */
public class ExportTaskException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String taskId;
  private final transient TaskStatus status;

  /** Creates the exception. */
  public ExportTaskException(String taskId, TaskStatus status, String message) {
    super("Export task " + taskId + " (" + status + "): " + message, null);
    this.taskId = taskId;
    this.status = status;
  }

  /** The task id. */
  public String taskId() {
    return taskId;
  }

  /** The last status the API reported. */
  public TaskStatus status() {
    return status;
  }
}
