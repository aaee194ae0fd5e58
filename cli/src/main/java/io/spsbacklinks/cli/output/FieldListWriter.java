package io.spsbacklinks.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The table format for a single object: one "name value" line per field. */
final class FieldListWriter<T> implements RowWriter<T> {
  private final List<Column<T>> columns;
  private final Writer out;
  private final int nameWidth;
  private boolean first = true;

  FieldListWriter(List<Column<T>> columns, Writer out) {
    this.columns = columns;
    this.out = out;
    this.nameWidth = columns.stream().mapToInt(c -> c.name().length()).max().orElse(0);
  }

  @Override
  public void write(T row) throws IOException {
    if (!first) {
      out.write('\n');
    }
    first = false;
    for (Column<T> column : columns) {
      String name = column.name();
      out.write(
          name
              + " ".repeat(nameWidth - name.length())
              + "  "
              + TableRowWriter.printable(column.display().apply(row))
              + "\n");
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    close();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
