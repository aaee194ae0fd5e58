package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.ExportTaskException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.PollPolicy;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.TaskStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** download-all-backlinks: start the export, poll it, download and decode the .csv.gz. */
@Command(
    name = "download-all",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "All backlinks via the async export (download-all-backlinks).",
    description = {
      "Every backlink of a target through the asynchronous export (download-all-backlinks): "
          + "starts the task, polls download-all-backlinks-status until it is complete, then "
          + "downloads the .csv.gz and prints its rows as they are decoded (1 unit per row).",
      "The task id is printed on stderr as soon as the task starts: if the wait or the download "
          + "is cut short, --task-id ID resumes without starting (and paying for) a new export, "
          + "and --skip-rows N (printed with it) continues after the rows already written."
    })
final class DownloadAllCommand extends ApiCommand {
  @Option(
      names = {"-t", "--target"},
      paramLabel = "TARGET",
      order = 1,
      description = "Root domain, host or URL to export (not with --task-id).")
  String target;

  @Option(
      names = {"-m", "--mode"},
      paramLabel = "domain|host|url",
      order = 2,
      description = "domain (with subdomains), host or url (default: the API's, host).")
  Mode mode;

  @Option(
      names = "--task-id",
      paramLabel = "ID",
      order = 3,
      description = "Resume an export task started earlier instead of starting one.")
  String taskId;

  @Option(
      names = "--skip-rows",
      paramLabel = "N",
      order = 4,
      defaultValue = "0",
      description =
          "Do not print the first N rows of the export file (records, not lines: a "
              + "cell may hold a line break), to continue a download that stopped; 0 or more.")
  long skipRows;

  @Option(
      names = "--no-wait",
      order = 5,
      description = "Start the task (or read its status with --task-id), print it and exit.")
  boolean noWait;

  @Option(
      names = "--poll-timeout",
      paramLabel = "DURATION",
      order = 6,
      defaultValue = "1h",
      description =
          "Give up waiting for the task after this long, more than 0, e.g. 30m "
              + "(default: ${DEFAULT-VALUE}).")
  Duration pollTimeout;

  @Option(
      names = "--allow-download-host",
      paramLabel = "HOST",
      order = 7,
      description =
          "Also download the export file from HOST (https), e.g. a CDN the API "
              + "answers with; repeatable. By default only the endpoint's host is trusted.")
  List<String> downloadHosts = new ArrayList<>();

  @Option(
      names = "--download-timeout",
      paramLabel = "DURATION",
      order = 8,
      defaultValue = "1h",
      description =
          "Deadline of one download of the export file, reading it whole included; 0 for "
              + "none (default: ${DEFAULT-VALUE}). A download cut off by it starts again.")
  Duration downloadTimeout;

  /** The export file being read; its rows read, skipped ones included, are the resume point. */
  private volatile RowStream<Backlink> rows;

  @Override
  public Integer call() throws IOException {
    validate();
    Session session = session();
    session.downloadHosts.addAll(downloadHosts);
    session.downloadTimeout = downloadTimeout;
    BacklinksClient client = client();
    ExportTask task;
    if (taskId == null) {
      task = client.downloadAllBacklinks(target, mode);
      if (task.taskStatus().equals(TaskStatus.REJECTED)) {
        throw new ExportTaskException(
            task.taskId(),
            task.taskStatus(),
            "the API rejected the "
                + "export because a previous one is still being processed; wait for it, or resume it "
                + "with --task-id");
      }
      session.message(
          "backlinks: export task "
              + task.taskId()
              + " is "
              + task.taskStatus()
              + "; resume with --task-id "
              + task.taskId());
    } else {
      task = client.downloadAllBacklinksStatus(taskId);
      if (task.taskStatus().equals(TaskStatus.UNKNOWN_OR_DELETED)) {
        throw new ExportTaskException(
            taskId, task.taskStatus(), "start a new export with --target");
      }
    }
    String id = task.taskId() != null ? task.taskId() : taskId;
    if (noWait) {
      return printOne(task, Layouts.EXPORT_TASK);
    }
    session.resumeHint(
        () -> {
          long done = rows == null ? skipRows : rows.rowsRead();
          return "To resume: backlinks download-all --task-id "
              + id
              + (done > 0 ? " --skip-rows " + done : "");
        });
    Progress progress = session.progress("download-all");
    progress.status("waiting for task " + id);
    if (!task.taskStatus().isComplete()) {
      PollPolicy policy = PollPolicy.builder().timeout(pollTimeout).build();
      task = client.awaitExport(id, policy);
    }
    progress.status("downloading");
    rows = open(client, task.downloadFile(), id);
    for (long skipped = 0; skipped < skipRows && rows.hasNext(); skipped++) {
      rows.next(); // decoded records, so a cell's line break does not shift the count
    }
    stream(rows, Layouts.BACKLINK, progress);
    session.resumeHint(null);
    return BacklinksCli.EXIT_OK;
  }

  /** Every option, before anything is started (an export start is billed). */
  private void validate() {
    if ((target == null) == (taskId == null)) {
      throw new UsageException(
          "download-all needs exactly one of --target (start an export) "
              + "or --task-id (resume one).");
    }
    if (taskId != null && mode != null) {
      throw new UsageException("--mode applies to a new export; a --task-id already has one.");
    }
    if (taskId != null && taskId.isBlank()) {
      throw new UsageException(
          "Invalid --task-id: ''; allowed: the task id an earlier run printed.");
    }
    if (skipRows < 0) {
      throw new UsageException("Invalid --skip-rows: '" + skipRows + "'; allowed: 0 or more.");
    }
    if (skipRows > 0 && noWait) {
      throw new UsageException("--skip-rows applies to the download; --no-wait downloads nothing.");
    }
    if (pollTimeout.isNegative() || pollTimeout.isZero()) {
      throw new UsageException(
          "Invalid --poll-timeout: '"
              + pollTimeout
              + "'; allowed: a duration "
              + "of more than 0, e.g. 30m or 2h.");
    }
    if (downloadTimeout.isNegative()) {
      throw new UsageException(
          "Invalid --download-timeout: '"
              + downloadTimeout
              + "'; allowed: 0 (none) or a duration, e.g. 30m or 2h.");
    }
    for (String host : downloadHosts) {
      if (host.isBlank() || host.contains("/") || host.contains(":")) {
        throw new UsageException(
            "Invalid --allow-download-host: '"
                + host
                + "'; allowed: a host "
                + "name such as cdn.example.com (no scheme, port or path).");
      }
    }
  }

  /** The export file; a location this client will not fetch is the API's answer, not usage. */
  private static RowStream<Backlink> open(BacklinksClient client, String downloadFile, String id) {
    try {
      return client.openExport(downloadFile);
    } catch (InvalidParameterException refused) {
      throw new CommandFailedException(
          "the API answered the export's download location "
              + refused.value()
              + ", which is not on the endpoint's host; the file was not "
              + "downloaded. If that host is the API's (say, its CDN), allow it with "
              + "--allow-download-host HOST and resume with --task-id "
              + id,
          refused);
    }
  }
}
