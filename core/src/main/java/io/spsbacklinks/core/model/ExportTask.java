package io.spsbacklinks.core.model;

import java.util.Optional;

/**
 * An export task of download-all-backlinks / download-all-backlinks-status.
 *
 * @param taskStatus the task's status ({@code task_status})
 * @param taskId the task id ({@code task_id}); may be null when the API rejects a new task without
 *     one
 * @param downloadFile the .csv.gz location once complete ({@code download_file}), else null
 */
public record ExportTask(TaskStatus taskStatus, String taskId, String downloadFile) {
  /** The download location, present once the task is complete. */
  public Optional<String> downloadLocation() {
    return Optional.ofNullable(downloadFile);
  }
}
