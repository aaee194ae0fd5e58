package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.ExportTaskException;
import io.spsbacklinks.core.PollPolicy;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** download-all-backlinks: start the export, poll it, download and decode the .csv.gz. */
@Command(name = "download-all", mixinStandardHelpOptions = true, sortOptions = false,
    header = "All backlinks via the async export (download-all-backlinks).",
    description = {
      "Every backlink of a target through the asynchronous export (download-all-backlinks): "
          + "starts the task, polls download-all-backlinks-status until it is complete, then "
          + "downloads the .csv.gz and prints its rows as they are decoded (1 unit per row).",
      "The task id is printed on stderr as soon as the task starts: if the wait or the download "
          + "is cut short, --task-id ID resumes without starting (and paying for) a new export."
    })
final class DownloadAllCommand extends ApiCommand {
  @Option(names = {"-t", "--target"}, paramLabel = "TARGET", order = 1,
      description = "Root domain, host or URL to export (not with --task-id).")
  String target;

  @Option(names = {"-m", "--mode"}, paramLabel = "domain|host|url", order = 2,
      description = "domain (with subdomains), host or url (default: the API's, host).")
  Mode mode;

  @Option(names = "--task-id", paramLabel = "ID", order = 3,
      description = "Resume an export task started earlier instead of starting one.")
  String taskId;

  @Option(names = "--no-wait", order = 4,
      description = "Start the task (or read its status with --task-id), print it and exit.")
  boolean noWait;

  @Option(names = "--poll-timeout", paramLabel = "DURATION", order = 5, defaultValue = "1h",
      description = "Give up waiting for the task after this long, e.g. 30m (default: ${DEFAULT-VALUE}).")
  Duration pollTimeout;

  @Override
  public Integer call() throws IOException {
    if ((target == null) == (taskId == null)) {
      throw new UsageException("download-all needs exactly one of --target (start an export) "
          + "or --task-id (resume one).");
    }
    if (taskId != null && mode != null) {
      throw new UsageException("--mode applies to a new export; a --task-id already has one.");
    }
    BacklinksClient client = client();
    Session session = session();
    ExportTask task;
    if (taskId == null) {
      task = client.downloadAllBacklinks(target, mode);
      if (task.taskStatus().equals(TaskStatus.REJECTED)) {
        throw new ExportTaskException(task.taskId(), task.taskStatus(), "the API rejected the "
            + "export because a previous one is still being processed; wait for it, or resume it "
            + "with --task-id");
      }
      session.message("backlinks: export task " + task.taskId() + " is " + task.taskStatus()
          + "; resume with --task-id " + task.taskId());
    } else {
      task = client.downloadAllBacklinksStatus(taskId);
      if (task.taskStatus().equals(TaskStatus.UNKNOWN_OR_DELETED)) {
        throw new ExportTaskException(taskId, task.taskStatus(), "start a new export with --target");
      }
    }
    String id = task.taskId() != null ? task.taskId() : taskId;
    if (noWait) {
      return printOne(task, Layouts.EXPORT_TASK);
    }
    session.resumeHint(() -> "To resume: backlinks download-all --task-id " + id);
    Progress progress = session.progress("download-all");
    progress.status("waiting for task " + id);
    if (!task.taskStatus().isComplete()) {
      PollPolicy policy = PollPolicy.builder().timeout(pollTimeout).build();
      task = client.awaitExport(id, policy);
    }
    progress.status("downloading");
    stream(client.openExport(task.downloadFile()), Layouts.BACKLINK, progress);
    session.resumeHint(null);
    return BacklinksCli.EXIT_OK;
  }
}
