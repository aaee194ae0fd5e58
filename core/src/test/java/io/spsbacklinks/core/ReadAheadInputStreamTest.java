package io.spsbacklinks.core;

import static io.spsbacklinks.core.ReadAheadInputStream.CHUNK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export body read ahead on a thread of its own: same bytes, same failures, no thread left. */
class ReadAheadInputStreamTest {
  /** Live read-ahead threads (named so that a thread dump tells what they are). */
  static List<Thread> readers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith(ReadAheadInputStream.THREAD_NAME) && t.isAlive())
        .toList();
  }

  /**
   * {@code size} bytes (i mod 251), then the end or {@code failure}; {@code size} &lt; 0 is
   * endless. Records the threads that read it.
   */
  static class Source extends InputStream {
    final long size;
    final IOException failure;
    final Set<String> threads = new HashSet<>();
    long position;

    Source(long size, IOException failure) {
      this.size = size;
      this.failure = failure;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      threads.add(Thread.currentThread().getName());
      if (size >= 0 && position == size) {
        if (failure != null) {
          throw failure;
        }
        return -1;
      }
      int n = size < 0 ? length : (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        into[offset + i] = (byte) (position++ % 251);
      }
      return n;
    }
  }

  private static byte[] expected(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i % 251);
    }
    return bytes;
  }

  /** Reads in odd-sized pieces until the end. */
  private static byte[] drain(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] piece = new byte[10_007];
    for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
      out.write(piece, 0, n);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 7 * CHUNK + 13})
  void returnsTheSourceBytesInOrderAndReleasesItOnce(int size) throws IOException {
    Source source = new Source(size, null);
    AtomicInteger releases = new AtomicInteger();

    byte[] read;
    try (ReadAheadInputStream in =
        new ReadAheadInputStream(source, releases::incrementAndGet, () -> {})) {
      read = drain(in);
    }

    assertThat(read).isEqualTo(expected(size));
    assertThat(releases).hasValue(1);
    assertThat(readers()).isEmpty();
  }

  @Test
  void aSourceOfOneBufferOrLessIsReadOnTheCallersThreadOnly() throws IOException {
    Source source = new Source(CHUNK - 1, null);

    try (ReadAheadInputStream in = new ReadAheadInputStream(source, () -> {}, () -> {})) {
      drain(in);
    }

    assertThat(source.threads).containsExactly(Thread.currentThread().getName());
  }

  @Test
  void aFailureOfTheReadingThreadIsThrownAfterTheBytesBeforeIt() throws IOException {
    ZipException corrupt = new ZipException("invalid stored block lengths");
    int size = 3 * CHUNK + 100;
    Source source = new Source(size, corrupt);
    AtomicInteger releases = new AtomicInteger();
    ByteArrayOutputStream read = new ByteArrayOutputStream();

    Throwable thrown;
    try (ReadAheadInputStream in =
        new ReadAheadInputStream(source, releases::incrementAndGet, () -> {})) {
      thrown =
          catchThrowable(
              () -> {
                byte[] piece = new byte[4096];
                for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
                  read.write(piece, 0, n);
                }
              });
      assertThat(catchThrowable(() -> in.read(new byte[1]))).isSameAs(corrupt);
    }

    assertThat(thrown).isSameAs(corrupt);
    assertThat(read.toByteArray()).isEqualTo(expected(size));
    assertThat(source.threads).anyMatch(t -> t.startsWith(ReadAheadInputStream.THREAD_NAME));
    assertThat(releases).hasValue(1);
    assertThat(readers()).isEmpty();
  }

  @Test
  void closeMidFileStopsTheReadingThreadAndReleasesTheSource() throws IOException {
    AtomicInteger releases = new AtomicInteger();
    ReadAheadInputStream in =
        new ReadAheadInputStream(new Source(-1, null), releases::incrementAndGet, () -> {});
    in.readNBytes(3 * CHUNK); // past the first buffer: the thread reads ahead, then waits

    assertThat(readers()).hasSize(1);
    in.close();

    assertThat(readers()).isEmpty();
    assertThat(releases).hasValue(1);
  }

  @Test
  void closeCancelsAReadBlockedOnTheNetwork() throws IOException {
    CountDownLatch blocked = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    // Two buffers' worth, then a read that, like a socket's, ignores interrupts until cancelled.
    InputStream stalling =
        new Source(2 * CHUNK, null) {
          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            if (position < size) {
              return super.read(into, offset, length);
            }
            blocked.countDown();
            while (true) {
              try {
                cancelled.await();
                throw new IOException("Canceled");
              } catch (InterruptedException ignored) {
                // a socket read does not end on interrupt
              }
            }
          }
        };
    AtomicInteger releases = new AtomicInteger();
    ReadAheadInputStream in =
        new ReadAheadInputStream(stalling, releases::incrementAndGet, cancelled::countDown);
    assertThat(in.readNBytes(2 * CHUNK)).isEqualTo(expected(2 * CHUNK));
    awaitUninterruptibly(blocked);

    in.close();

    assertThat(cancelled.getCount()).isZero();
    assertThat(readers()).isEmpty();
    assertThat(releases).hasValue(1);
  }

  @Test
  void anInterruptedReaderGetsAnInterruptedIoExceptionAndKeepsItsInterrupt() throws IOException {
    CountDownLatch cancelled = new CountDownLatch(1);
    InputStream stalling =
        new Source(CHUNK, null) {
          @Override
          public int read(byte[] into, int offset, int length) throws IOException {
            if (position < size) {
              return super.read(into, offset, length);
            }
            awaitUninterruptibly(cancelled);
            throw new IOException("Canceled");
          }
        };
    try (ReadAheadInputStream in =
        new ReadAheadInputStream(stalling, () -> {}, cancelled::countDown)) {
      in.readNBytes(CHUNK);

      Thread.currentThread().interrupt();
      Throwable thrown = catchThrowable(() -> in.read(new byte[10]));

      assertThat(thrown).isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(readers()).isEmpty();
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
