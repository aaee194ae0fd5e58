package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Backlink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * All backlinks of get-raw-backlinks, page after page, fetched lazily: a page is requested only
 * when the rows before it are consumed, and only one page is open at a time. Stops when a page has
 * no {@code next} (or an empty one); fails with {@link CursorLoopException} when a cursor repeats.
 *
 * <p>To resume later, save {@link #currentCursor()} and pass it to {@link
 * BacklinksClient#rawBacklinks(RawBacklinksQuery, String)}: delivery is at least once, the rows of
 * a partly read page are read again.
 */
public final class RawBacklinksWalk extends AbstractRowStream<Backlink> {
  /** Opens one page; the walk passes its cursor and index. */
  @FunctionalInterface
  interface PageSource {
    RawPage open(String cursor, int pageIndex);
  }

  private final PageSource pages;
  private final Set<String> seen = new HashSet<>();
  private RawPage page;
  private String pageCursor;
  private String lastCursor;
  private int pagesRead;
  private boolean finished;

  RawBacklinksWalk(PageSource pages, String startCursor) {
    this.pages = pages;
    this.pageCursor = startCursor;
    if (startCursor != null) {
      seen.add(startCursor);
    }
  }

  @Override
  Backlink computeNext() {
    while (true) {
      if (page == null) {
        page = pages.open(pageCursor, pagesRead);
        pagesRead++;
      }
      if (page.hasNext()) {
        return page.next();
      }
      Optional<String> next = page.nextCursor();
      page = null;
      lastCursor = next.orElse(null);
      if (next.isEmpty()) {
        finished = true;
        return null;
      }
      if (!seen.add(next.get())) {
        throw new CursorLoopException(next.get(), pagesRead);
      }
      pageCursor = next.get();
    }
  }

  /**
   * The cursor that fetches the page holding the next row to be returned: resuming from it loses
   * nothing. Empty when that page is the first one (no cursor) or the walk has ended.
   */
  public Optional<String> currentCursor() {
    return finished ? Optional.empty() : Optional.ofNullable(pageCursor);
  }

  /** Pages requested so far. */
  public int pagesRead() {
    return pagesRead;
  }

  /** The last {@code next} cursor the API returned; empty before that or after the last page. */
  public Optional<String> lastCursor() {
    return Optional.ofNullable(lastCursor);
  }

  @Override
  void release() {
    if (page != null) {
      page.close();
      page = null;
    }
  }
}
