package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Backlink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * All backlinks of get-raw-backlinks, page after page, fetched lazily: a page is requested only
 * when the rows before it are consumed, and only one page is open at a time. Stops when a page has
 * no {@code next} (or an empty one), or after the page cap of {@link
 * BacklinksClient#rawBacklinks(RawBacklinksQuery, String, int)}; fails with {@link
 * CursorLoopException} when a cursor repeats or {@value #MAX_EMPTY_PAGES} pages in a row are empty
 * (the API's cursors advance by rows: a run of empty pages with fresh cursors never ends).
 *
 * <p>A page whose body breaks off (connection dropped, document ending early) is requested again
 * with the same cursor under the client's {@link RetryPolicy}, per page, and the rows of it already
 * returned are skipped: every backlink is returned exactly once. When the retries are exhausted the
 * walk fails with {@link StreamResumeException}, which carries the cursor to resume from and the
 * number of rows of that page to skip. A complete page that is invalid fails with {@link
 * MalformedResponseException} at once.
 *
 * <p>To resume later, save {@link #currentCursor()} and pass it to {@link
 * BacklinksClient#rawBacklinks(RawBacklinksQuery, String)}: delivery is at least once, the rows of
 * a partly read page are read again. A caller that must act at page ends (flush its output, save
 * the cursor) before the next page is requested reads each page with {@link #hasNextOnPage()}:
 *
 * <pre>{@code
 * try (RawBacklinksWalk walk = client.rawBacklinks(query, savedCursor, 10)) {
 *   while (walk.hasNext()) {           // requests the next page, if any
 *     do {
 *       out.write(walk.next());
 *     } while (walk.hasNextOnPage());  // never requests a page
 *     out.flush();
 *     savedCursor = walk.currentCursor().orElse(null); // the next page's, null at the end
 *   }
 * }
 * }</pre>
 */
public final class RawBacklinksWalk extends AbstractRowStream<Backlink> {
  /** Opens one page; the walk passes its cursor and index. */
  @FunctionalInterface
  interface PageSource {
    RawPage open(String cursor, int pageIndex);
  }

  /** Empty pages in a row after which the walk stops. */
  static final int MAX_EMPTY_PAGES = 20;

  private final PageSource pages;
  private final String target;
  private final Supplier<RetryBudget> retries;
  private final int maxPages;
  private final Set<String> seen = new HashSet<>();
  private ResumingRowStream<RawPage, Backlink> page;
  private String pageCursor;
  private String lastCursor;
  private int pagesRead;
  private int emptyPages;
  private boolean pagesEnded;

  /** {@code maxPages} is the most pages to request, {@link Integer#MAX_VALUE} for all. */
  RawBacklinksWalk(
      PageSource pages,
      String target,
      Supplier<RetryBudget> retries,
      String startCursor,
      int maxPages) {
    this.pages = pages;
    this.target = target;
    this.retries = retries;
    this.maxPages = maxPages;
    this.pageCursor = startCursor;
    if (startCursor != null) {
      seen.add(startCursor);
    }
  }

  @Override
  Backlink computeNext() {
    while (true) {
      if (page == null) {
        if (pagesEnded) {
          return null;
        }
        page = openPage(pageCursor, pagesRead);
        pagesRead++;
      }
      if (page.hasNext()) {
        return page.next();
      }
      endPage();
    }
  }

  /**
   * Whether the page being read has another row; never requests a page. At the end of a page it
   * returns false and moves past that page: {@link #currentCursor()} then holds the next page's
   * cursor (empty when there is none) and {@link #hasNext()} requests that page, unless the walk
   * ended. False too before the first page was requested and once the walk ended.
   *
   * @throws StreamResumeException when the page broke off and could not be read again, as for
   *     {@link #hasNext()}
   * @throws CursorLoopException when the page's {@code next} cursor was already used
   */
  public boolean hasNextOnPage() {
    if (hasBuffered()) {
      return true; // the row hasNext() looked ahead at is on this page
    }
    if (page == null) {
      return false;
    }
    try {
      if (page.hasNext()) {
        return true;
      }
      endPage();
      return false;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Closes the page read to its end and takes its {@code next} cursor, requesting nothing. */
  private void endPage() {
    Optional<String> next = page.body().nextCursor();
    emptyPages = page.rowsRead() == 0 ? emptyPages + 1 : 0;
    page = null;
    lastCursor = next.orElse(null);
    if (next.isEmpty()) {
      pageCursor = null;
      pagesEnded = true;
      return;
    }
    if (!seen.add(next.get())) {
      throw new CursorLoopException(next.get(), pagesRead);
    }
    pageCursor = next.get();
    if (emptyPages >= MAX_EMPTY_PAGES) {
      throw CursorLoopException.emptyPages(pageCursor, pagesRead, emptyPages);
    }
    pagesEnded = pagesRead >= maxPages;
  }

  private ResumingRowStream<RawPage, Backlink> openPage(String cursor, int index) {
    return new ResumingRowStream<>(
        () -> pages.open(cursor, index),
        retries,
        (why, delivered, cause) ->
            StreamResumeException.rawBacklinks(target, cursor, index, delivered, why, cause));
  }

  /**
   * The cursor that fetches the page holding the next row to be returned: resuming from it loses
   * nothing. Empty when that page is the first one (no cursor) or the last page was read to its
   * end. When a walk with a page cap ended at the cap, it is the cursor to continue with.
   */
  public Optional<String> currentCursor() {
    return Optional.ofNullable(pageCursor);
  }

  /** Pages requested so far; a page requested again after a failure counts once. */
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
