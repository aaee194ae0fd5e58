package io.spsbacklinks.cli.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows to stdout as they arrive, in one {@link Format}. Nothing holds all rows: JSON and CSV
 * write each row at once, the table keeps only its first rows to size the columns.
 *
 * <p>Nothing is written before the first row or {@link #finish}: a command that fails before its
 * first row leaves stdout empty (no {@code []}, no header, no "(no rows)") and only stderr speaks.
 */
public interface RowWriter<T> extends Closeable {

  /** Writes one row. */
  void write(T row) throws IOException;

  /** Pushes rows written so far to the terminal or pipe, e.g. at the end of a page. */
  void flush() throws IOException;

  /**
   * The command completed: ends the document, also one of no rows (JSON's {@code []}, the CSV
   * header, the table's "(no rows)"), and flushes.
   */
  void finish() throws IOException;

  /**
   * Ends the document of the rows written so far (a JSON array's closing bracket, the table's
   * buffered rows) and flushes; after a failure before the first row and without {@link #finish} it
   * writes nothing.
   */
  @Override
  void close() throws IOException;

  /**
   * Returns a writer for {@code format}.
   *
   * @param single the command returns one object (subscription, an export task): JSON prints that
   *     object rather than an array and the table prints one field per line
   * @param out where the UTF-8 bytes go: JSON and CSV are encoded straight into bytes, never
   *     through a char Writer
   */
  static <T> RowWriter<T> create(
      Format format, List<Column<T>> columns, OutputStream out, boolean single) {
    return create(format, columns, out, single, 0);
  }

  /**
   * Like {@link #create(Format, List, OutputStream, boolean)}; a table's lines are cut to fit
   * {@code tableWidth} columns (0: no bound), long cells ending in "…".
   */
  static <T> RowWriter<T> create(
      Format format, List<Column<T>> columns, OutputStream out, boolean single, int tableWidth) {
    return switch (format) {
      case JSON ->
          new JsonRowWriter<>(
              columns, out, single ? JsonRowWriter.Shape.OBJECT : JsonRowWriter.Shape.ARRAY);
      case JSONL -> new JsonRowWriter<>(columns, out, JsonRowWriter.Shape.LINES);
      case CSV -> new CsvRowWriter<>(columns, out, false);
      case CSV_GUARDED -> new CsvRowWriter<>(columns, out, true);
      case TABLE -> {
        BufferedWriter text =
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        yield single
            ? new FieldListWriter<>(columns, text)
            : new TableRowWriter<>(columns, text, tableWidth);
      }
    };
  }
}
