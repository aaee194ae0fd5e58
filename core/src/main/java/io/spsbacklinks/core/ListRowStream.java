package io.spsbacklinks.core;

/** A {@link RowStream} over one list response. */
final class ListRowStream<T> extends AbstractRowStream<T> {
  private final ListReader<T> reader;

  ListRowStream(ListReader<T> reader) {
    this.reader = reader;
  }

  @Override
  T computeNext() {
    return reader.next();
  }

  @Override
  void release() {
    reader.close();
  }
}
