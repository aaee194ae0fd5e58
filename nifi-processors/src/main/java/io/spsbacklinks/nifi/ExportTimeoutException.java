package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.model.TaskStatus;
import java.time.Duration;

/** An export task was not complete within DownloadAllBacklinks' Export Timeout. */
final class ExportTimeoutException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  ExportTimeoutException(String taskId, TaskStatus status, Duration elapsed, Duration timeout) {
    super(
        "Export task "
            + taskId
            + " ("
            + status
            + ") not complete after "
            + elapsed
            + " (Export Timeout "
            + timeout
            + ")",
        null);
  }
}
