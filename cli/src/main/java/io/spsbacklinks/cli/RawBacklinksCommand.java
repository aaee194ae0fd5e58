package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.cli.output.RowWriter;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.CursorLoopException;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Metrics;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** get-raw-backlinks, every page, with resume. */
@Command(name = "raw-backlinks", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Every backlink, page by page, resumable (get-raw-backlinks).",
    description = {
      "Every backlink of a target, page after page with the API's cursor (get-raw-backlinks; "
          + "1 unit per row). Rows stream to stdout as they arrive; output is flushed at each "
          + "page end.",
      "If the run stops early (error, Ctrl-C, --max-pages) the cursor to continue from is printed "
          + "on stderr: pass it back with --start-cursor. Rows of a page cut in the middle are "
          + "read again (at least once, never lost).",
      "On a terminal the progress line's ETA costs one get-metrics call (30 units); "
          + "--no-progress skips it."
    })
final class RawBacklinksCommand extends ApiCommand {
  @Mixin TargetOptions target;

  @Option(names = "--limit", paramLabel = "N", order = 3,
      description = "Rows per page, 1..100000 (default: the API's, 10000).")
  Integer limit;

  @Option(names = {"--start-cursor", "--next"}, paramLabel = "CURSOR", order = 4,
      description = "Resume at the page of this cursor (printed by an earlier run).")
  String startCursor;

  @Option(names = "--max-pages", paramLabel = "N", order = 5,
      description = "Stop after N pages and print the cursor to continue with.")
  Integer maxPages;

  /** The cursor of the page being read: resuming from it loses nothing. Read by the Ctrl-C hook. */
  private volatile String pageCursor;

  @Override
  public Integer call() throws IOException {
    if (maxPages != null && maxPages < 1) {
      throw new UsageException("Invalid --max-pages: '" + maxPages + "'; allowed: 1 or more.");
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
    session.resumeHint(this::resumeHint);

    String cursor = startCursor;
    Set<String> seen = new HashSet<>();
    if (cursor != null) {
      seen.add(cursor);
    }
    int pages = 0;
    try (RowWriter<Backlink> writer = session.rows(format, Layouts.BACKLINK, false)) {
      while (true) {
        pageCursor = cursor;
        Optional<String> next;
        try (RawPage page = client.getRawBacklinksPage(query, cursor)) {
          pages++;
          progress.page();
          while (page.hasNext()) {
            writer.write(page.next());
            progress.row();
          }
          next = page.nextCursor();
        }
        writer.flush();
        if (next.isEmpty()) {
          break;
        }
        cursor = next.get();
        if (!seen.add(cursor)) {
          throw new CursorLoopException(cursor, pages);
        }
        if (maxPages != null && pages >= maxPages) {
          pageCursor = cursor;
          progress.finish();
          session.message("backlinks: stopped after " + pages + " page(s) (--max-pages). "
              + resumeHint());
          session.resumeHint(null);
          return BacklinksCli.EXIT_OK;
        }
      }
    }
    progress.finish();
    session.resumeHint(null);
    return BacklinksCli.EXIT_OK;
  }

  private String resumeHint() {
    String cursor = pageCursor;
    return cursor == null
        ? "To resume, run the command again without --start-cursor: it stopped on the first page."
        : "To resume, run the command again with --start-cursor " + cursor;
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
