package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Backlink;
import java.util.Optional;

/**
 * One page of get-raw-backlinks, streamed: its backlinks, then the cursor of the next page. Close
 * it (try-with-resources) if not read to the end.
 */
public final class RawPage extends AbstractRowStream<Backlink> {
  private final ListReader<Backlink> reader;
  private final RowLimit limit;
  private final int pageIndex;

  RawPage(ListReader<Backlink> reader, RowLimit limit, int pageIndex) {
    this.reader = reader;
    this.limit = limit;
    this.pageIndex = pageIndex;
  }

  @Override
  Backlink computeNext() {
    return limit.count(reader.next());
  }

  /**
   * The 0-based position of this page in the walk that fetched it; 0 for a page fetched with {@link
   * BacklinksClient#getRawBacklinksPage}.
   */
  public int pageIndex() {
    return pageIndex;
  }

  /**
   * The cursor of the next page; empty on the last page ({@code next} absent or empty). The cursor
   * follows the rows in the body, so calling this before all rows were read skips the remaining
   * ones.
   */
  public Optional<String> nextCursor() {
    if (hasNext()) {
      stop();
      // skipped rows are still parsed (a truncated body is noticed) and counted
      while (computeNext() != null) {
        // skipping
      }
    }
    if (!reader.isFinished()) {
      throw new IllegalStateException(
          "the page was closed or failed before its end: its " + "next cursor is unknown");
    }
    String next = reader.scalar("next");
    return next == null || next.isEmpty() ? Optional.empty() : Optional.of(next);
  }

  /** Whether this is the last page; like {@link #nextCursor()} it skips unread rows. */
  public boolean isLast() {
    return nextCursor().isEmpty();
  }

  @Override
  void release() {
    reader.close();
  }
}
