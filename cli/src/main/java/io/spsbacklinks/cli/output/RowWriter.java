package io.spsbacklinks.cli.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows to stdout as they arrive, in one {@link Format}. Nothing holds all rows: JSON and
 * CSV write each row at once, the table keeps only its first rows to size the columns.
 */
public interface RowWriter<T> extends Closeable {

  /** Writes one row. */
  void write(T row) throws IOException;

  /** Pushes rows written so far to the terminal or pipe, e.g. at the end of a page. */
  void flush() throws IOException;

  /** Ends the document (a JSON array's closing bracket, the table's buffered rows) and flushes. */
  @Override
  void close() throws IOException;

  /**
   * Returns a writer for {@code format}.
   *
   * @param single the command returns one object (subscription, an export task): JSON prints that
   *     object rather than an array and the table prints one field per line
   */
  static <T> RowWriter<T> create(Format format, List<Column<T>> columns, Writer out, boolean single) {
    return switch (format) {
      case JSON -> new JsonRowWriter<>(columns, out, single ? JsonRowWriter.Shape.OBJECT : JsonRowWriter.Shape.ARRAY);
      case JSONL -> new JsonRowWriter<>(columns, out, JsonRowWriter.Shape.LINES);
      case CSV -> new CsvRowWriter<>(columns, out);
      case TABLE -> single ? new FieldListWriter<>(columns, out) : new TableRowWriter<>(columns, out);
    };
  }
}
