package io.spsbacklinks.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * stdout for row output: counts bytes for the progress line and turns the PrintStream's silent
 * error flag into an exception, so a closed pipe stops the paging instead of spending API units on
 * rows nobody reads.
 */
final class StdoutStream extends OutputStream {
  private final PrintStream out;
  private long bytes;

  StdoutStream(PrintStream out) {
    this.out = out;
  }

  long bytes() {
    return bytes;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    bytes++;
  }

  /** Row writers hand over large buffers: a closed pipe is noticed at the next one. */
  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    bytes += len;
    flush();
  }

  @Override
  public void flush() throws IOException {
    // checkError() flushes, then reports whether any write or flush so far has failed.
    if (out.checkError()) {
      throw new StdoutClosedException();
    }
  }

  @Override
  public void close() throws IOException {
    flush(); // never closes System.out: later messages still need it
  }
}
