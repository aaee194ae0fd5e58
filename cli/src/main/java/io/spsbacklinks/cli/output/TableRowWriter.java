package io.spsbacklinks.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal. The first {@value #SIZING_ROWS} rows size the columns; later rows
 * are printed at once with those widths (longer text is cut with "…"), so a table of a million rows
 * still streams in constant memory. Widths are display columns ({@link DisplayWidth}), so CJK text
 * and combining marks line up. Given a line width (the terminal's), the widest columns give up
 * characters until the table fits it.
 */
final class TableRowWriter<T> implements RowWriter<T> {
  static final int SIZING_ROWS = 100;
  static final int MAX_WIDTH = 60;

  /** No column is cut narrower than this to fit the line: "ab…" still hints at its text. */
  static final int MIN_WIDTH = 3;

  private final List<Column<T>> columns;
  private final Writer out;
  private final int lineWidth;
  private List<String[]> sizing = new ArrayList<>();
  private final boolean[] rightAligned;
  private int[] widths;

  /**
   * @param lineWidth the widest a line may be, 0 for no bound
   */
  TableRowWriter(List<Column<T>> columns, Writer out, int lineWidth) {
    this.columns = columns;
    this.out = out;
    this.lineWidth = lineWidth;
    this.rightAligned = new boolean[columns.size()];
  }

  @Override
  public void write(T row) throws IOException {
    String[] cells = new String[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      Column<T> column = columns.get(i);
      cells[i] = printable(column.display().apply(row));
      if (sizing != null && sizing.isEmpty() && column.value().apply(row) instanceof Number) {
        rightAligned[i] = true;
      }
    }
    if (sizing == null) {
      writeRow(cells, true);
      return;
    }
    sizing.add(cells);
    if (sizing.size() == SIZING_ROWS) {
      printSized();
    }
  }

  private void printSized() throws IOException {
    widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = DisplayWidth.of(columns.get(i).name());
      for (String[] cells : sizing) {
        widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], DisplayWidth.of(cells[i])));
      }
    }
    fitLine();
    String[] header = new String[columns.size()];
    String[] rule = new String[columns.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = columns.get(i).name();
      rule[i] = "-".repeat(widths[i]);
    }
    writeRow(header, false);
    writeRow(rule, false);
    for (String[] cells : sizing) {
      writeRow(cells, true);
    }
    sizing = null;
  }

  /** Narrows the widest column, one character at a time, until a line fits {@link #lineWidth}. */
  private void fitLine() {
    if (lineWidth <= 0) {
      return;
    }
    int line = 2 * (widths.length - 1);
    for (int width : widths) {
      line += width;
    }
    while (line > lineWidth) {
      int widest = 0;
      for (int i = 1; i < widths.length; i++) {
        widest = widths[i] > widths[widest] ? i : widest;
      }
      if (widths[widest] <= MIN_WIDTH) {
        return; // too many columns for this terminal: let the lines wrap
      }
      widths[widest]--;
      line--;
    }
  }

  /** Writes one line; numbers are right-aligned in data rows, never in the header. */
  private void writeRow(String[] cells, boolean alignNumbers) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = fit(cells[i], widths[i]);
      boolean last = i == cells.length - 1;
      String padding = " ".repeat(widths[i] - DisplayWidth.of(cell));
      if (i > 0) {
        line.append("  ");
      }
      if (alignNumbers && rightAligned[i]) {
        line.append(padding).append(cell);
      } else {
        line.append(cell);
        if (!last) {
          line.append(padding);
        }
      }
    }
    out.write(line.toString());
    out.write('\n');
  }

  /**
   * The text cut to {@code width} columns with "…"; a cut wide character may leave a column short.
   */
  private static String fit(String text, int width) {
    return DisplayWidth.of(text) <= width ? text : DisplayWidth.prefix(text, width - 1) + "…";
  }

  /** Titles and anchors may hold line breaks and tabs, which would break the grid. */
  static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(text);
        }
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? text : b.toString();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    if (sizing != null && sizing.isEmpty()) {
      out.write("(no rows)\n");
      sizing = null;
    }
    close();
  }

  @Override
  public void close() throws IOException {
    if (sizing != null && !sizing.isEmpty()) {
      printSized();
    }
    out.flush();
  }
}
