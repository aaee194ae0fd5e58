package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.cli.output.RowWriter;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.BadRequestException;
import io.spsbacklinks.core.CursorLoopException;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawBacklinksWalk;
import io.spsbacklinks.core.StreamResumeException;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Metrics;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-raw-backlinks, every page, with resume. */
@Command(
    name = "raw-backlinks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Every backlink, page by page, resumable (get-raw-backlinks).",
    description = {
      "Every backlink of a target, page after page with the API's cursor (get-raw-backlinks; "
          + "1 unit per row). Rows stream to stdout as they arrive; output is flushed at each "
          + "page end.",
      "If the run stops early (error, Ctrl-C, --max-pages) the cursor to continue from is printed "
          + "on stderr: pass it back with --start-cursor; rows of the page it stopped in are read "
          + "again (at least once, never lost). A page whose body breaks off is requested again at "
          + "once and its rows already written are skipped; if that keeps failing, the printed "
          + "command resumes with --start-cursor and --skip-rows, so no row is written twice.",
      "On a terminal the progress line's ETA costs one get-metrics call (30 units); "
          + "--no-progress skips it."
    })
final class RawBacklinksCommand extends ApiCommand {
  @Mixin TargetOptions target;

  @Option(
      names = "--limit",
      paramLabel = "N",
      order = 3,
      description = "Rows per page, 1..100000 (default: the API's, 10000).")
  Integer limit;

  @Option(
      names = {"--start-cursor", "--next"},
      paramLabel = "CURSOR",
      order = 4,
      description = "Resume at the page of this cursor (printed by an earlier run).")
  String startCursor;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      order = 5,
      description = "Stop after N pages and print the cursor to continue with.")
  Integer maxPages;

  @Option(
      names = "--skip-rows",
      paramLabel = "N",
      order = 6,
      defaultValue = "0",
      description =
          "Do not print the first N rows (of the --start-cursor page), which an "
              + "earlier run already wrote; 0 or more.")
  long skipRows;

  /**
   * The cursor the rows already on stdout continue from: resuming from it loses nothing. Read by
   * the Ctrl-C hook, so it moves on only once a page's rows are flushed.
   */
  private volatile String pageCursor;

  @Override
  public Integer call() throws IOException {
    if (maxPages != null && maxPages < 1) {
      throw new UsageException("Invalid --max-pages: '" + maxPages + "'; allowed: 1 or more.");
    }
    if (startCursor != null && startCursor.isBlank()) {
      throw new UsageException(
          "Invalid --start-cursor: '"
              + startCursor
              + "'; allowed: a cursor "
              + "an earlier run printed (leave the option out to start at the first page).");
    }
    if (skipRows < 0) {
      throw new UsageException("Invalid --skip-rows: '" + skipRows + "'; allowed: 0 or more.");
    }
    RawBacklinksQuery query =
        RawBacklinksQuery.builder(target.target).mode(target.mode).limit(limit).build();
    BacklinksClient client = client();
    Session session = session();
    Progress progress = session.progress("raw-backlinks");
    if (session.showsProgress()) {
      progress.expect(expectedRows(client));
    }
    pageCursor = startCursor;
    session.resumeHint(() -> resumeHint(pageCursor, 0));

    int pagesRead;
    boolean morePages;
    try (RowWriter<Backlink> writer = session.rows(format, Layouts.BACKLINK, false, wide);
        RawBacklinksWalk walk =
            maxPages == null
                ? client.rawBacklinks(query, startCursor)
                : client.rawBacklinks(query, startCursor, maxPages)) {
      int pagesShown = 0;
      for (long skipped = 0; skipped < skipRows && walk.hasNext(); skipped++) {
        walk.next();
      }
      while (walk.hasNext()) { // requests the next page (cursor loops fail here)
        for (; pagesShown < walk.pagesRead(); pagesShown++) {
          progress.page();
        }
        do {
          writer.write(walk.next());
          progress.row();
        } while (walk.hasNextOnPage()); // never requests: the page's end is flushed first
        writer.flush();
        // Empty once the last page is read: the hint then keeps that page's cursor.
        walk.currentCursor().ifPresent(next -> pageCursor = next);
      }
      writer.finish();
      pagesRead = walk.pagesRead();
      morePages = walk.currentCursor().isPresent(); // only when --max-pages stopped the walk
    } catch (StreamResumeException e) {
      // Its rows before the break are on stdout (closing the writer flushed them).
      String cursor = e.resumeCursor().orElse(null);
      // Rows skipped with --skip-rows count as delivered: the skip covers them again.
      session.resumeHint(() -> resumeHint(cursor, e.rowsToSkip()));
      throw e;
    } catch (BadRequestException e) {
      if (e.isExpiredCursor()) {
        session.resumeHint(
            () ->
                "The cursor is no longer valid: run the command again without "
                    + "--start-cursor to start from the first page.");
      }
      throw e;
    } catch (CursorLoopException e) {
      session.resumeHint(
          () ->
              "The API kept paging without rows; to try again later, run the "
                  + "command again with --start-cursor "
                  + e.cursor());
      throw e;
    }
    progress.finish();
    if (morePages) {
      session.message(
          "backlinks: stopped after "
              + pagesRead
              + " page(s) (--max-pages). "
              + resumeHint(pageCursor, 0));
    }
    session.resumeHint(null);
    return BacklinksCli.EXIT_OK;
  }

  /** How to continue from the page of {@code cursor}, {@code written} of whose rows are out. */
  private static String resumeHint(String cursor, long written) {
    String again =
        cursor == null
            ? "To resume, run the command again without --start-cursor"
            : "To resume, run the command again with --start-cursor " + cursor;
    if (written > 0) {
      return again + " --skip-rows " + written + " (this run already wrote those rows).";
    }
    return cursor == null ? again + ": it stopped on the first page." : again;
  }

  /** The target's backlinks count, for the ETA; a failure only costs the ETA. */
  private OptionalLong expectedRows(BacklinksClient client) {
    try {
      List<Metrics> metrics = client.getMetrics(List.of(target.target), target.mode);
      return metrics.isEmpty() ? OptionalLong.empty() : OptionalLong.of(metrics.get(0).backlinks());
    } catch (BacklinksException e) {
      return OptionalLong.empty();
    }
  }
}
