package io.spsbacklinks.core;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads its source (an export body and its inflater) ahead on a thread of its own, so that
 * inflating and parsing overlap on two cores. Memory is bounded: {@value #CHUNKS} buffers of
 * {@value #CHUNK} bytes go round between the threads through two small queues.
 *
 * <p>The first {@value #CHUNK} bytes are read on the caller's thread: a file that small (an error
 * page, a short export) never starts a thread. A failure of the reading thread (a truncated gzip,
 * an I/O error, the download deadline) is thrown by {@link #read} as the same exception, once the
 * bytes before it are read. {@link #close} stops the thread: it interrupts it and cancels the call
 * (a read blocked on the network), then waits for it; the thread closes the source itself, so the
 * source is never used by two threads at once.
 */
final class ReadAheadInputStream extends InputStream {
  static final String THREAD_NAME = "sps-backlinks-export-reader";
  static final int CHUNK = 128 * 1024;
  static final int CHUNKS = 3;

  /** How long close waits for the thread after cancelling its read. */
  private static final long STOP_MILLIS = 5_000;

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Bytes read ahead, or the end (no bytes, no failure), or the reader's failure. */
  private record Chunk(byte[] bytes, int length, Throwable failure) {}

  private static final Chunk END = new Chunk(null, 0, null);

  private final InputStream source;
  private final Closeable release;
  private final Runnable cancel;
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
  // Room for every buffer and the end or failure behind them: the reader never waits to finish.
  private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(CHUNKS + 1);
  private Thread reader;
  private volatile boolean closed;
  private long direct;
  private Chunk current;
  private int position;
  private Chunk last;

  /**
   * @param source read by this stream only, on one thread at a time
   * @param release closes the source and what it reads from (the response)
   * @param cancel stops a read blocked in the source from another thread (the HTTP call's cancel)
   */
  ReadAheadInputStream(InputStream source, Closeable release, Runnable cancel) {
    this.source = source;
    this.release = release;
    this.cancel = cancel;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("closed");
    }
    if (length == 0) {
      return 0;
    }
    if (reader == null && direct < CHUNK) {
      int read = source.read(into, offset, length);
      direct += Math.max(read, 0);
      return read;
    }
    if (current == null || position == current.length) {
      if (!nextChunk()) {
        return -1;
      }
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current.bytes, position, into, offset, n);
    position += n;
    return n;
  }

  /** Hands the used buffer back and takes the next; false at the end. */
  private boolean nextChunk() throws IOException {
    if (last != null) {
      return rethrow(last);
    }
    if (reader == null) {
      start();
    }
    if (current != null) {
      free.add(current.bytes);
      current = null;
    }
    Chunk next;
    try {
      next = filled.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the export's bytes");
    }
    if (next.bytes == null) {
      last = next;
      return rethrow(next);
    }
    current = next;
    position = 0;
    return true;
  }

  private static boolean rethrow(Chunk end) throws IOException {
    Throwable failure = end.failure;
    if (failure == null) {
      return false;
    }
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failure;
  }

  private void start() {
    for (int i = 0; i < CHUNKS; i++) {
      free.add(new byte[CHUNK]);
    }
    reader = new Thread(this::readAhead, THREAD_NAME + "-" + THREADS.incrementAndGet());
    reader.setDaemon(true);
    reader.start();
  }

  /** The reading thread: fills free buffers until the end, a failure or close. */
  private void readAhead() {
    byte[] bytes = null;
    int length = 0;
    try {
      while (!closed) {
        bytes = free.take();
        length = 0;
        int n = 0;
        while (length < bytes.length
            && (n = source.read(bytes, length, bytes.length - length)) >= 0) {
          length += n;
        }
        hand(bytes, length);
        bytes = null;
        if (n < 0) {
          filled.add(END);
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed: nobody reads on
    } catch (Throwable e) {
      hand(bytes, length); // the bytes before the failure are good
      filled.add(new Chunk(null, 0, e));
    } finally {
      closeSource();
    }
  }

  private void hand(byte[] bytes, int length) {
    if (bytes != null && length > 0) {
      filled.add(new Chunk(bytes, length, null));
    }
  }

  private void closeSource() {
    try {
      release.close();
    } catch (IOException | RuntimeException ignored) {
      // the response is released either way; nothing more to read from it
    }
  }

  /** Stops the reading thread and releases the source; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (reader == null) {
      closeSource();
      return;
    }
    if (!reader.isAlive()) {
      return; // it released the source when it ended
    }
    reader.interrupt();
    cancel.run();
    try {
      reader.join(STOP_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the reader stops on its own: it was interrupted
    }
  }
}
