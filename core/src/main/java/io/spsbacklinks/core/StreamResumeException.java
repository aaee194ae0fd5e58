package io.spsbacklinks.core;

import java.util.Optional;

/**
 * A get-raw-backlinks walk or an export download broke off mid-body, and requesting that page or
 * file again did not succeed within the client's {@link RetryPolicy}. Nothing was dropped silently:
 * every row before the break was delivered exactly once, and this exception says where to resume —
 * for a walk {@link #resumeCursor()}, for an export {@link #downloadFile()} — and how many rows of
 * that page or file the caller already has ({@link #rowsToSkip()}).
 *
 * <p>The cause is the last failure; failures of earlier attempts are {@linkplain #getSuppressed()
 * suppressed}.
 */
public class StreamResumeException extends BacklinksIoException {
  private static final long serialVersionUID = 1L;

  private final String resumeCursor;
  private final String downloadFile;
  private final long rowsToSkip;

  private StreamResumeException(
      String command,
      String target,
      String detail,
      String resumeCursor,
      String downloadFile,
      long rowsToSkip,
      Throwable cause) {
    super(command, target, detail, cause);
    this.resumeCursor = resumeCursor;
    this.downloadFile = downloadFile;
    this.rowsToSkip = rowsToSkip;
  }

  /** A walk's page that broke off; its cursor is null for the first page. */
  static StreamResumeException rawBacklinks(
      String target, String cursor, int pageIndex, long delivered, String why, Throwable cause) {
    String start = cursor == null ? "null" : "\"" + cursor + "\"";
    return new StreamResumeException(
        "get-raw-backlinks",
        target,
        "page "
            + (pageIndex + 1)
            + " of the walk "
            + why
            + " after "
            + delivered
            + " of its row(s) were delivered. To "
            + "resume, call rawBacklinks(query, "
            + start
            + ") and skip its first "
            + delivered
            + " row(s)."
            + lastFailure(cause),
        cursor,
        null,
        delivered,
        cause);
  }

  /** An export file that broke off; {@code downloadFile} must be free of secrets. */
  static StreamResumeException export(
      String command, String downloadFile, long delivered, String why, Throwable cause) {
    return new StreamResumeException(
        command,
        null,
        "the export file "
            + downloadFile
            + " "
            + why
            + " after "
            + delivered
            + " row(s) were delivered. To resume, call openExport(\""
            + downloadFile
            + "\") again (or download-all-backlinks-status with the task id for its "
            + "current download_file) and skip its first "
            + delivered
            + " row(s)."
            + lastFailure(cause),
        null,
        downloadFile,
        delivered,
        cause);
  }

  private static String lastFailure(Throwable cause) {
    return cause == null ? "" : " Last failure: " + cause.getMessage();
  }

  /**
   * For a get-raw-backlinks walk, the cursor of the page that broke off: pass it to {@link
   * BacklinksClient#rawBacklinks(RawBacklinksQuery, String)} and skip {@link #rowsToSkip()} rows.
   * Empty when that page is the first one (resume with no cursor) and for exports.
   */
  public Optional<String> resumeCursor() {
    return Optional.ofNullable(resumeCursor);
  }

  /**
   * For an export, the download location (without the API key) to pass to {@link
   * BacklinksClient#openExport(String)} again; empty for walks. When it has expired, ask
   * download-all-backlinks-status with the task id for the current one.
   */
  public Optional<String> downloadFile() {
    return Optional.ofNullable(downloadFile);
  }

  /** Rows of the page or file to resume that were already delivered: skip them on resume. */
  public long rowsToSkip() {
    return rowsToSkip;
  }
}
