package io.spsbacklinks.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * RFC 4180 CSV: a header row of the API's field names, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled. Lines end with LF; null is an empty field. Texts are
 * encoded to UTF-8 straight into a byte buffer (no char Writer).
 *
 * <p>Guarded ({@link Format#CSV_GUARDED}), for spreadsheets: a text starting with {@code = + - @},
 * a tab or a carriage return gets a leading {@code '} (a spreadsheet would run it as a formula),
 * and control characters other than tab and line breaks are dropped (terminal escapes).
 */
final class CsvRowWriter<T> implements RowWriter<T> {
  private static final int BUFFER = 1 << 16;

  /** The most bytes one char of a String encodes to (a surrogate pair: 4 bytes for 2 chars). */
  private static final int MAX_BYTES_PER_CHAR = 3;

  private final List<Column<T>> columns;
  private final OutputStream out;
  private final boolean guarded;
  private final byte[] buffer = new byte[BUFFER];
  private final char[] date = new char[10];
  private int length;
  private boolean wroteHeader;

  CsvRowWriter(List<Column<T>> columns, OutputStream out, boolean guarded) {
    this.columns = columns;
    this.out = out;
    this.guarded = guarded;
  }

  /** The header row, written with the first row or at {@link #finish}. */
  private void header() throws IOException {
    if (!wroteHeader) {
      wroteHeader = true;
      for (int i = 0; i < columns.size(); i++) {
        separator(i);
        text(columns.get(i).name(), false);
      }
      ascii('\n');
    }
  }

  @Override
  public void write(T row) throws IOException {
    header();
    for (int i = 0; i < columns.size(); i++) {
      separator(i);
      Object value = columns.get(i).value().apply(row);
      if (value instanceof String text) {
        text(text, guarded);
      } else if (value instanceof LocalDate day && Column.apiDate(day, date) > 0) {
        for (char c : date) {
          ascii(c);
        }
      } else if (value != null) {
        text(value.toString(), false); // a number's '-' is no formula
      }
    }
    ascii('\n');
  }

  private void separator(int index) throws IOException {
    if (index > 0) {
      ascii(',');
    }
  }

  private void ascii(char c) throws IOException {
    if (length == buffer.length) {
      drain();
    }
    buffer[length++] = (byte) c;
  }

  /** One field as RFC 4180 wants it; {@code guard}: a formula start gets a leading '. */
  private void text(String text, boolean guard) throws IOException {
    boolean formula = guard && !text.isEmpty() && isFormulaStart(text.charAt(0));
    boolean quoted = false;
    for (int i = 0; i < text.length() && !quoted; i++) {
      char c = text.charAt(i);
      quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quoted) {
      ascii('"');
    }
    if (formula) {
      ascii('\'');
    }
    for (int i = 0; i < text.length(); i++) {
      if (buffer.length - length < MAX_BYTES_PER_CHAR + 1) {
        drain();
      }
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c == '"') {
          buffer[length++] = '"';
        } else if (guarded && isControl(c)) {
          continue;
        }
        buffer[length++] = (byte) c;
      } else if (c < 0x800) {
        if (guarded && c <= 0x9f) {
          continue; // C1 controls
        }
        buffer[length++] = (byte) (0xc0 | c >> 6);
        buffer[length++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buffer[length++] = (byte) (0xf0 | cp >> 18);
        buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buffer[length++] = (byte) (0x80 | cp & 0x3f);
      } else if (Character.isSurrogate(c)) {
        buffer[length++] = '?'; // a lone surrogate has no UTF-8 form (as String.getBytes does)
      } else {
        buffer[length++] = (byte) (0xe0 | c >> 12);
        buffer[length++] = (byte) (0x80 | c >> 6 & 0x3f);
        buffer[length++] = (byte) (0x80 | c & 0x3f);
      }
    }
    if (quoted) {
      ascii('"');
    }
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** C0 controls but tab and line breaks (kept: quoted, they are the cell's text), and DEL. */
  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, length);
    length = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void finish() throws IOException {
    header();
    close();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
