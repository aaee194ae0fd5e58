package io.spsbacklinks.core;

/**
 * get-raw-backlinks paging would never end: a {@code next} cursor came back that was already used,
 * or page after page came empty, each with a new cursor. {@link #cursor()} is where a later walk
 * can resume.
 */
public class CursorLoopException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String cursor;
  private final int pagesRead;

  /** Creates the exception. */
  public CursorLoopException(String cursor, int pagesRead) {
    this(
        cursor,
        pagesRead,
        "get-raw-backlinks returned cursor '"
            + cursor
            + "' again after "
            + pagesRead
            + " page(s): stopping to avoid an endless loop");
  }

  private CursorLoopException(String cursor, int pagesRead, String message) {
    super(message, null);
    this.cursor = cursor;
    this.pagesRead = pagesRead;
  }

  /** {@code emptyPages} pages in a row had no row; {@code cursor} is the next one. */
  static CursorLoopException emptyPages(String cursor, int pagesRead, int emptyPages) {
    return new CursorLoopException(
        cursor,
        pagesRead,
        "get-raw-backlinks returned "
            + emptyPages
            + " empty pages in a row, each with a new cursor, after "
            + pagesRead
            + " page(s): "
            + "stopping; the next cursor, to resume from later, is '"
            + cursor
            + "'");
  }

  /** The repeated cursor, or the cursor after a run of empty pages. */
  public String cursor() {
    return cursor;
  }

  /** Pages read when the loop was detected. */
  public int pagesRead() {
    return pagesRead;
  }
}
