package io.spsbacklinks.core;

/** get-raw-backlinks returned a {@code next} cursor that was already used: paging would never end. */
public class CursorLoopException extends BacklinksException {
  private static final long serialVersionUID = 1L;

  private final String cursor;
  private final int pagesRead;

  /** Creates the exception. */
  public CursorLoopException(String cursor, int pagesRead) {
    super("get-raw-backlinks returned cursor '" + cursor + "' again after " + pagesRead
        + " page(s): stopping to avoid an endless loop", null);
    this.cursor = cursor;
    this.pagesRead = pagesRead;
  }

  /** The repeated cursor. */
  public String cursor() {
    return cursor;
  }

  /** Pages read when the loop was detected. */
  public int pagesRead() {
    return pagesRead;
  }
}
