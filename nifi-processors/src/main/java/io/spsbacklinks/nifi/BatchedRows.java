package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RowStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The results of a batch command (get-metrics, get-inlink-rank) for a stream of targets, fetched
 * {@value BacklinksClient#MAX_BATCH} targets per request while the rows are consumed, so that
 * neither the targets nor the results are ever all in memory.
 *
 * @param <T> the row type
 */
final class BatchedRows<T> implements RowStream<T> {
  private final Iterator<String> targets;
  private final Closeable source;
  private final Function<List<String>, List<T>> fetch;
  private Iterator<T> current = Collections.emptyIterator();
  private long rowsRead;

  /**
   * @param targets the targets, read lazily
   * @param source closed with this stream (the FlowFile the targets are read from)
   * @param fetch one request for a batch of targets
   */
  BatchedRows(Iterator<String> targets, Closeable source,
      Function<List<String>, List<T>> fetch) {
    this.targets = targets;
    this.source = source;
    this.fetch = fetch;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && targets.hasNext()) {
      List<String> batch = new ArrayList<>(BacklinksClient.MAX_BATCH);
      while (batch.size() < BacklinksClient.MAX_BATCH && targets.hasNext()) {
        batch.add(targets.next());
      }
      current = fetch.apply(batch).iterator();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    rowsRead++;
    return current.next();
  }

  @Override
  public long rowsRead() {
    return rowsRead;
  }

  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      // Only the FlowFile's input stream: nothing was written through it.
    }
  }
}
