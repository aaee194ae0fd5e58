package io.spsbacklinks.core;

import java.util.NoSuchElementException;

/** Look-ahead iteration shared by every {@link RowStream}: one buffered row at most. */
abstract class AbstractRowStream<T> implements RowStream<T> {
  private T buffered;
  private boolean done;
  private long rowsRead;

  /** The next row, or null at the end; implementations release their resources on failure. */
  abstract T computeNext();

  @Override
  public final boolean hasNext() {
    if (buffered != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      buffered = computeNext();
    } catch (RuntimeException e) {
      done = true;
      close();
      throw e;
    }
    if (buffered == null) {
      done = true;
      close();
      return false;
    }
    return true;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T row = buffered;
    buffered = null;
    rowsRead++;
    return row;
  }

  @Override
  public final long rowsRead() {
    return rowsRead;
  }

  /** Whether {@link #hasNext()} looked ahead at a row not yet returned by {@link #next()}. */
  final boolean hasBuffered() {
    return buffered != null;
  }

  /** Stops iteration and releases resources; idempotent. */
  @Override
  public final void close() {
    buffered = null;
    done = true;
    release();
  }

  /** Releases the underlying response (idempotent). */
  abstract void release();

  /** Drops the buffered row and stops iteration without releasing, for callers that skip. */
  final void stop() {
    buffered = null;
    done = true;
  }
}
