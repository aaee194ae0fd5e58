package io.spsbacklinks.core;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Rows of the export file (.csv.gz, UTF-8, RFC 4180, header row), read by column name as the bytes
 * arrive: quoted commas and line breaks, any column order, extra columns ignored, empty lines
 * skipped. A file whose header does not name {@value #KEY_COLUMN} is not the backlink export (an
 * HTML error page, another file) and fails as malformed rather than reading as no rows.
 *
 * <p>The body is inflated on a thread of its own ({@link ReadAheadInputStream}) while this one
 * parses. Cells are found in the inflated bytes themselves and handed to the mapper as byte ranges
 * ({@link Row#putBytes}): a number, flag or date never becomes a String. A text that repeats in its
 * column (a target URL, an anchor) is decoded once and its String shared by the rows.
 */
final class CsvRowStream<T> extends AbstractRowStream<T> {
  /** The column every backlink export has and nothing else is likely to start with. */
  static final String KEY_COLUMN = "url_from";

  /** Like Jackson's cap on a JSON string: a record is never held beyond this. */
  static final int MAX_RECORD_BYTES = 20_000_000;

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int BUFFER = 64 * 1024;
  private static final int NEED_MORE = -1;

  // Eight bytes at a time: a cell's end is looked for a word at a time (SWAR), then checked byte
  // by byte from there.
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long COMMAS = ONES * ',';
  private static final long LINE_FEEDS = ONES * '\n';
  private static final long CARRIAGE_RETURNS = ONES * '\r';
  private static final long QUOTES = ONES * '"';

  private final InputStream in;
  private final Function<Row, T> mapper;
  private final String command;
  private final Row row;
  private byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean eof;

  /** Column index to row slot, from the header. */
  private int[] slots;

  /** Per column, its recent texts; null for a column whose texts seldom repeat. */
  private RepeatedTexts[] repeated;

  // The current record's cells: start, length, and whether doubled quotes are still in it.
  private int[] cellStarts = new int[32];
  private int[] cellLengths = new int[32];
  private boolean[] cellEscaped = new boolean[32];
  private int cells;

  private CsvRowStream(InputStream in, Function<Row, T> mapper, String command) {
    this.in = in;
    this.mapper = mapper;
    this.command = command;
    this.row = new Row(command, null);
  }

  /**
   * Opens the body. It is gunzipped when it starts with the gzip magic bytes: a server may also
   * have sent it with {@code Content-Encoding: gzip}, which OkHttp already decoded. Past its first
   * buffer, it is read (and inflated) ahead on another thread; {@code call} cancels that thread's
   * read when the rows are closed early.
   */
  static <T> CsvRowStream<T> open(
      Response response, Call call, Function<Row, T> mapper, String command) throws IOException {
    InputStream body = inflated(response.body().source());
    Closeable release =
        () -> {
          try {
            body.close();
          } finally {
            response.close();
          }
        };
    CsvRowStream<T> rows =
        new CsvRowStream<>(new ReadAheadInputStream(body, release, call::cancel), mapper, command);
    boolean opened = false;
    try {
      rows.readHeader();
      opened = true;
    } catch (ZipException | EOFException e) {
      throw new MalformedDocumentException(gzipProblem(e), e);
    } finally {
      if (!opened) {
        rows.release(); // stops the reading thread before the caller closes the response
      }
    }
    return rows;
  }

  private static InputStream inflated(BufferedSource source) throws IOException {
    boolean gzip =
        source.request(2)
            && (source.getBuffer().getByte(0) & 0xff) == GZIP_MAGIC_1
            && (source.getBuffer().getByte(1) & 0xff) == GZIP_MAGIC_2;
    try {
      return gzip ? new GZIPInputStream(source.inputStream(), BUFFER) : source.inputStream();
    } catch (ZipException e) {
      throw new MalformedDocumentException("invalid gzip data: " + e.getMessage(), e);
    }
  }

  @Override
  T computeNext() {
    try {
      while (readRecord()) {
        if (cells == 1 && cellLengths[0] == 0 && !cellEscaped[0]) {
          continue; // an empty line
        }
        if (cells > slots.length) {
          throw new MalformedDocumentException(
              "invalid CSV: a row has " + cells + " cells, the header " + slots.length, null);
        }
        row.clear();
        row.bytes(buffer);
        for (int i = 0; i < cells; i++) {
          int start = cellStarts[i];
          int length = cellLengths[i];
          RepeatedTexts texts = repeated[i];
          if (texts != null && length > 0 && isText(buffer[start])) {
            row.putText(slots[i], texts.text(buffer, start, length));
            if (texts.seldom()) {
              repeated[i] = null;
            }
          } else {
            row.putBytes(slots[i], start, length);
          }
        }
        return mapper.apply(row);
      }
      return null;
    } catch (MalformedDocumentException e) {
      throw new MalformedResponseException(command, null, e.getMessage(), e);
    } catch (ZipException | EOFException e) {
      throw new MalformedResponseException(command, null, gzipProblem(e), e);
    } catch (IOException e) {
      throw new BacklinksIoException(command, null, e);
    }
  }

  private void readHeader() throws IOException {
    while (limit < 3 && fill()) {
      // the first bytes, to look for a byte order mark
    }
    if (limit >= 3
        && (buffer[0] & 0xff) == 0xEF
        && (buffer[1] & 0xff) == 0xBB
        && (buffer[2] & 0xff) == 0xBF) {
      position = 3; // a UTF-8 byte order mark would stick to the first column
    }
    if (!readRecord()) {
      throw new MalformedDocumentException(
          "the export file is empty: no CSV header naming " + KEY_COLUMN, null);
    }
    slots = new int[cells];
    repeated = new RepeatedTexts[cells];
    Arrays.setAll(repeated, i -> new RepeatedTexts());
    boolean keyed = false;
    for (int i = 0; i < cells; i++) {
      String name = new String(buffer, cellStarts[i], cellLengths[i], StandardCharsets.UTF_8);
      slots[i] = row.slot(name);
      keyed |= name.equals(KEY_COLUMN);
    }
    if (!keyed) {
      String first =
          new String(buffer, cellStarts[0], Math.min(cellLengths[0], 60), StandardCharsets.UTF_8)
              .replaceAll("\\p{Cntrl}", " ");
      throw new MalformedDocumentException(
          "the export file is not the backlink CSV: its first "
              + "line has no "
              + KEY_COLUMN
              + " column (it starts '"
              + first
              + "')",
          null);
    }
  }

  /**
   * Whether a cell starting with {@code first} may be a text rather than a number, date or flag,
   * which stay bytes for the mapper to read as what they are.
   */
  private static boolean isText(byte first) {
    return (first < '0' || first > '9') && first != '-' && first != 't' && first != 'f';
  }

  /**
   * A column's recent texts by content, so that a text that repeats (a target URL, a title, an
   * anchor) is decoded once and the rows share its String. Direct-mapped and bounded; a column
   * whose texts seldom repeat (url_from) is no longer looked up after a sample.
   */
  static final class RepeatedTexts {
    private static final int ENTRY_BITS = 8;
    private static final int ENTRIES = 1 << ENTRY_BITS;
    private static final int LONGEST = 256;
    private static final int SAMPLE = 4096;

    private final byte[][] keys = new byte[ENTRIES][];
    private final String[] texts = new String[ENTRIES];
    private int lookups;
    private int hits;

    /** The UTF-8 text of {@code length} bytes from {@code start}. */
    String text(byte[] bytes, int start, int length) {
      lookups++;
      if (length > LONGEST) {
        return new String(bytes, start, length, StandardCharsets.UTF_8);
      }
      int entry = hash(bytes, start, length);
      byte[] key = keys[entry];
      if (key != null
          && key.length == length
          && Arrays.equals(key, 0, length, bytes, start, start + length)) {
        hits++;
        return texts[entry];
      }
      String text = new String(bytes, start, length, StandardCharsets.UTF_8);
      keys[entry] = Arrays.copyOfRange(bytes, start, start + length);
      texts[entry] = text;
      return text;
    }

    /** After the sample, whether fewer than half of the lookups found their text. */
    boolean seldom() {
      return lookups == SAMPLE && hits * 2 < lookups;
    }

    /**
     * A hash of the length and the first, middle and last eight bytes (texts that differ elsewhere
     * only share an entry, which costs a miss); its top bits pick the entry.
     */
    private static int hash(byte[] bytes, int start, int length) {
      long hash = length;
      if (length >= Long.BYTES) {
        hash = (hash ^ (long) WORDS.get(bytes, start)) * 0x9E3779B97F4A7C15L;
        hash =
            (hash ^ (long) WORDS.get(bytes, start + (length - Long.BYTES) / 2))
                * 0x9E3779B97F4A7C15L;
        hash = (hash ^ (long) WORDS.get(bytes, start + length - Long.BYTES)) * 0x9E3779B97F4A7C15L;
      } else {
        for (int p = start; p < start + length; p++) {
          hash = (hash ^ bytes[p]) * 0x9E3779B97F4A7C15L;
        }
      }
      return (int) (hash >>> (Long.SIZE - ENTRY_BITS));
    }
  }

  /** Reads the next record's cells; false at the end of the file. */
  private boolean readRecord() throws IOException {
    while (true) {
      int end = scanRecord(position);
      if (end != NEED_MORE) {
        if (end == position && eof) {
          return false;
        }
        position = end;
        unescapeQuotes();
        return true;
      }
      if (!more()) {
        eof = true;
      }
    }
  }

  /**
   * Finds the cells of the record at {@code start}: the position after it, or {@link #NEED_MORE}
   * when the buffer ends before the record does (and more bytes may come).
   */
  private int scanRecord(int start) throws IOException {
    cells = 0;
    int p = start;
    if (p >= limit) {
      return eof ? p : NEED_MORE;
    }
    while (true) {
      int cellStart = p;
      boolean escaped = false;
      int cellEnd;
      if (p < limit && buffer[p] == '"') {
        p++;
        cellStart = p;
        while (true) {
          p = skipTo(p, QUOTES, QUOTES, QUOTES);
          if (p >= limit) {
            if (eof) {
              throw MalformedDocumentException.truncated(
                  "the export file ends inside a quoted cell (truncated)", null);
            }
            return NEED_MORE;
          }
          if (buffer[p] == '"') {
            if (p + 1 >= limit && !eof) {
              return NEED_MORE;
            }
            if (p + 1 < limit && buffer[p + 1] == '"') {
              escaped = true;
              p += 2;
              continue;
            }
            break;
          }
          p++;
        }
        cellEnd = p++;
        if (p < limit && buffer[p] != ',' && buffer[p] != '\n' && buffer[p] != '\r') {
          throw new MalformedDocumentException(
              "invalid CSV: a character after a quoted cell's " + "closing quote", null);
        }
      } else {
        p = skipTo(p, COMMAS, LINE_FEEDS, CARRIAGE_RETURNS);
        while (p < limit) {
          byte b = buffer[p];
          if (b == ',' || b == '\n' || b == '\r') {
            break;
          }
          p++;
        }
        cellEnd = p;
      }
      if (p >= limit && !eof) {
        return NEED_MORE;
      }
      addCell(cellStart, cellEnd - cellStart, escaped);
      if (p >= limit) {
        return p; // the last record, without a line break
      }
      byte terminator = buffer[p++];
      if (terminator == '\n') {
        return p;
      }
      if (terminator == '\r') {
        if (p >= limit && !eof) {
          return NEED_MORE;
        }
        return p < limit && buffer[p] == '\n' ? p + 1 : p;
      }
    }
  }

  /**
   * The first position from {@code p} whose byte may be one of three (each given repeated in a
   * word), eight bytes at a time; the byte loop after it decides. Exact for the lowest matching
   * byte of a word.
   */
  private int skipTo(int p, long a, long b, long c) {
    while (p + Long.BYTES <= limit) {
      long word = (long) WORDS.get(buffer, p);
      long hits = zeroBytes(word ^ a) | zeroBytes(word ^ b) | zeroBytes(word ^ c);
      if (hits != 0) {
        return p + (Long.numberOfTrailingZeros(hits) >>> 3);
      }
      p += Long.BYTES;
    }
    return p;
  }

  /** The high bit of each zero byte of {@code x} (and maybe of bytes above the first one). */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  private void addCell(int start, int length, boolean escaped) {
    if (cells == cellStarts.length) {
      cellStarts = Arrays.copyOf(cellStarts, cells * 2);
      cellLengths = Arrays.copyOf(cellLengths, cells * 2);
      cellEscaped = Arrays.copyOf(cellEscaped, cells * 2);
    }
    cellStarts[cells] = start;
    cellLengths[cells] = length;
    cellEscaped[cells] = escaped;
    cells++;
  }

  /** Turns each {@code ""} of the record's quoted cells into {@code "}, in place. */
  private void unescapeQuotes() {
    for (int i = 0; i < cells; i++) {
      if (!cellEscaped[i]) {
        continue;
      }
      int to = cellStarts[i];
      int end = cellStarts[i] + cellLengths[i];
      for (int from = to; from < end; from++) {
        buffer[to++] = buffer[from];
        if (buffer[from] == '"') {
          from++;
        }
      }
      cellLengths[i] = to - cellStarts[i];
      cellEscaped[i] = false;
    }
  }

  /**
   * Moves the unread bytes (the record in progress) to the buffer's start, growing it when the
   * record fills it, and reads more; false at the end of the input.
   */
  private boolean more() throws IOException {
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
      position = 0;
      limit = unread;
    }
    if (limit == buffer.length) {
      if (buffer.length >= MAX_RECORD_BYTES) {
        throw new MalformedDocumentException(
            "a CSV record is longer than " + MAX_RECORD_BYTES + " bytes", null);
      }
      buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_RECORD_BYTES));
    }
    return fill();
  }

  /** Reads into the free end of the buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      return false;
    }
    limit += read;
    return true;
  }

  /** The inflater reports a body cut inside the gzip stream as EOFException. */
  private static String gzipProblem(IOException e) {
    return (e instanceof EOFException
            ? "gzip data ends early (truncated): "
            : "invalid gzip data: ")
        + e.getMessage();
  }

  @Override
  void release() {
    try {
      in.close();
    } catch (IOException ignored) {
      // the read-ahead stream releases the response either way
    }
  }
}
