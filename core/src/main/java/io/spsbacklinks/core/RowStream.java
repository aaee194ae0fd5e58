package io.spsbacklinks.core;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Rows of a list response, parsed one at a time while the body streams in. Holds an open HTTP
 * response until exhausted or closed: use try-with-resources. Reading can throw any {@link
 * BacklinksException}, e.g. {@link MalformedResponseException} when the body is cut short.
 *
 * @param <T> the row type
 */
public interface RowStream<T> extends Iterator<T>, Closeable {
  /** Rows returned by {@link #next()} so far. */
  long rowsRead();

  /** Releases the HTTP response; idempotent, never throws a checked exception. */
  @Override
  void close();

  /** The remaining rows as a sequential stream; closing the stream closes this. */
  default Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }
}
