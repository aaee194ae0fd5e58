package io.spsbacklinks.core;

/** A {@link RowStream} over one list response, never longer than its {@link RowLimit}. */
final class ListRowStream<T> extends AbstractRowStream<T> {
  private final ListReader<T> reader;
  private final RowLimit limit;

  ListRowStream(ListReader<T> reader, RowLimit limit) {
    this.reader = reader;
    this.limit = limit;
  }

  @Override
  T computeNext() {
    return limit.count(reader.next());
  }

  @Override
  void release() {
    reader.close();
  }
}
