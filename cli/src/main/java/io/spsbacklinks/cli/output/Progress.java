package io.spsbacklinks.cli.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One self-overwriting status line on stderr for long work: pages, rows, bytes written, rate and,
 * when the total is known, ETA. Only shown when stderr is a terminal, so pipes and CI logs stay
 * clean; {@link #NONE} does nothing.
 */
public final class Progress {
  /** Redraws at most this often, so a fast stream is not slowed by the terminal. */
  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  /** Reports nothing. */
  public static final Progress NONE = new Progress(null, "", () -> 0, System::nanoTime);

  private final PrintStream err;
  private final String label;
  private final LongSupplier bytes;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastDrawn;
  private int lastWidth;
  private long rows;
  private int pages;
  private long total = -1;
  private String status = "";

  private Progress(PrintStream err, String label, LongSupplier bytes, LongSupplier nanoTime) {
    this.err = err;
    this.label = label;
    this.bytes = bytes;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastDrawn = started;
  }

  /**
   * Returns a progress line on {@code err} for the work called {@code label}.
   *
   * @param bytes bytes written to stdout so far
   * @param nanoTime a monotonic clock, {@code System::nanoTime} outside tests
   */
  public static Progress on(
      PrintStream err, String label, LongSupplier bytes, LongSupplier nanoTime) {
    return new Progress(err, label, bytes, nanoTime);
  }

  /** Sets the expected number of rows, which enables the ETA. */
  public void expect(OptionalLong totalRows) {
    totalRows.ifPresent(t -> total = t);
  }

  /** Counts one row. */
  public void row() {
    rows++;
    maybeDraw();
  }

  /** Counts one page fetched. */
  public void page() {
    pages++;
    maybeDraw();
  }

  /** Shows a word of status, e.g. an export task's {@code task_status}, and redraws. */
  public void status(String text) {
    status = text;
    draw();
  }

  /** Draws the final numbers and ends the line. */
  public void finish() {
    if (err == null) {
      return;
    }
    draw();
    err.println();
    err.flush();
  }

  /** Rubs the line out, e.g. before an error message. */
  public void clear() {
    if (err != null && lastWidth > 0) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
      lastWidth = 0;
    }
  }

  private void maybeDraw() {
    if (err != null && nanoTime.getAsLong() - lastDrawn >= REDRAW_NANOS) {
      draw();
    }
  }

  private void draw() {
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    lastDrawn = now;
    String line = line(now - started);
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  /** The status line after {@code elapsedNanos}. */
  String line(long elapsedNanos) {
    StringBuilder b = new StringBuilder(label);
    if (!status.isEmpty()) {
      b.append(": ").append(status);
    }
    if (pages > 0) {
      b.append(String.format(Locale.ROOT, " · page %,d", pages));
    }
    b.append(String.format(Locale.ROOT, " · %,d rows", rows));
    if (total >= 0) {
      b.append(String.format(Locale.ROOT, " of %,d", total));
    }
    b.append(" · ").append(bytesText(bytes.getAsLong()));
    double seconds = elapsedNanos / 1e9;
    if (seconds >= 0.5 && rows > 0) {
      double rate = rows / seconds;
      b.append(String.format(Locale.ROOT, " · %,.0f rows/s", rate));
      if (total > rows) {
        b.append(" · ETA ").append(duration((long) ((total - rows) / rate)));
      }
    }
    return b.toString();
  }

  static String bytesText(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String units = "KMGT";
    double value = n;
    int unit = -1;
    while (value >= 1024 && unit < units.length() - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %siB", value, units.charAt(unit));
  }

  static String duration(long seconds) {
    long h = seconds / 3600;
    long m = seconds / 60 % 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
