package io.spsbacklinks.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: a header row of the API's field names, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled. Lines end with LF; null is an empty field.
 */
final class CsvRowWriter<T> implements RowWriter<T> {
  private final List<Column<T>> columns;
  private final Writer out;
  private boolean wroteHeader;

  CsvRowWriter(List<Column<T>> columns, Writer out) {
    this.columns = columns;
    this.out = out;
  }

  /** The header row, written with the first row or at {@link #finish}. */
  private void header() throws IOException {
    if (!wroteHeader) {
      wroteHeader = true;
      for (int i = 0; i < columns.size(); i++) {
        writeField(i, columns.get(i).name());
      }
      out.write('\n');
    }
  }

  @Override
  public void write(T row) throws IOException {
    header();
    for (int i = 0; i < columns.size(); i++) {
      Object value = columns.get(i).value().apply(row);
      writeField(i, value == null ? "" : value.toString());
    }
    out.write('\n');
  }

  private void writeField(int index, String text) throws IOException {
    if (index > 0) {
      out.write(',');
    }
    out.write(quote(text));
  }

  /** The field as RFC 4180 wants it. */
  static String quote(String text) {
    boolean needsQuotes = false;
    for (int i = 0; i < text.length() && !needsQuotes; i++) {
      char c = text.charAt(i);
      needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    header();
    close();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
