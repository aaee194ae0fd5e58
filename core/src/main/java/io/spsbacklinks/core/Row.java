package io.spsbacklinks.core;

import io.spsbacklinks.core.model.InlinkRank;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The flat fields of one item (JSON object, XML element or CSV row) with typed accessors. A value
 * of the wrong shape is a {@link MalformedResponseException}.
 *
 * <p>A decoder fills one Row per item into fixed slots, one per field name, and reuses it for the
 * next item: no map, and values stay as the parser saw them (numbers, booleans, dates, or the CSV
 * cell's bytes) until a mapper asks for them as what it needs. Names are compared by identity
 * first: Jackson interns field names, and the CSV header's names are interned once.
 */
final class Row {
  private static final DateTimeFormatter API_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private static final byte ABSENT = 0;
  private static final byte NULL = 1;
  private static final byte TEXT = 2;
  private static final byte NUMBER = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;

  /** A {@code YYYY-MM-DD} text, kept as the number yyyymmdd. */
  private static final byte DATE = 6;

  /** UTF-8 bytes {@code [offset, offset + length)} of {@link #bytes}, packed in the number. */
  private static final byte BYTES = 7;

  private static final long NOT_DIGITS = Long.MIN_VALUE;

  /**
   * Every day of 1990-2099 made once, on first use, for all rows (LocalDate is immutable): rows
   * share their dates, and building each again was a tenth of the export decode.
   */
  private static final int FIRST_CACHED_YEAR = 1990;

  private static final LocalDate[] DATES = new LocalDate[110 * 12 * 31];

  /** Texts up to this many chars are remembered per slot for reuse. */
  private static final int REMEMBERED_TEXT = 512;

  private final String command;
  private final String target;
  private String[] names = new String[16];
  private int size;
  // Slot + 1 per name, open addressing on the names' (cached) hash codes: mappers look up a
  // dozen names per row, and names are interned, so a probe is mostly one identity check.
  private int[] table = new int[64];
  private byte[] kinds = new byte[16];
  // A text slot keeps its String, and the chars or bytes it was made from (length -1: none), after
  // clear(): the next row's equal text reuses it.
  private String[] texts = new String[16];
  private char[][] textChars = new char[16][];
  private int[] textCharLengths = new int[16];
  private byte[][] textBytes = new byte[16][];
  private int[] textByteLengths = new int[16];
  private long[] numbers = new long[16];
  // Rows of one page share their dates: each distinct day is built once, not twice per row.
  private byte[] bytes;

  Row(String command, String target) {
    this.command = command;
    this.target = target;
  }

  /** A row of the given fields, for single objects read as a map. */
  Row(Map<String, String> fields, String command, String target) {
    this(command, target);
    fields.forEach(
        (name, value) -> {
          int slot = slot(name);
          if (value == null) {
            putNull(slot);
          } else {
            putText(slot, value);
          }
        });
  }

  // ---- filling, by decoders ----

  /** Forgets the previous item's values; the slots stay. */
  void clear() {
    Arrays.fill(kinds, 0, size, ABSENT);
  }

  /** The slot of {@code name}, added when new. */
  int slot(String name) {
    int found = find(name);
    if (found >= 0) {
      return found;
    }
    if (size == names.length) {
      int capacity = size * 2;
      names = Arrays.copyOf(names, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
      texts = Arrays.copyOf(texts, capacity);
      textChars = Arrays.copyOf(textChars, capacity);
      textCharLengths = Arrays.copyOf(textCharLengths, capacity);
      textBytes = Arrays.copyOf(textBytes, capacity);
      textByteLengths = Arrays.copyOf(textByteLengths, capacity);
      numbers = Arrays.copyOf(numbers, capacity);
      table = new int[capacity * 4];
      for (int i = 0; i < size; i++) {
        index(i);
      }
    }
    names[size] = name.intern();
    index(size);
    return size++;
  }

  private void index(int slot) {
    int mask = table.length - 1;
    int i = names[slot].hashCode() & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot + 1;
  }

  void putNull(int slot) {
    kinds[slot] = NULL;
  }

  void putText(int slot, String value) {
    kinds[slot] = TEXT;
    texts[slot] = value;
    textCharLengths[slot] = -1;
    textByteLengths[slot] = -1;
  }

  /**
   * A text given as {@code length} chars from {@code offset}: when equal to the slot's previous
   * text (a page's rows mostly link to the same few URLs, with the same anchors), that String is
   * reused instead of making another.
   */
  void putText(int slot, char[] chars, int offset, int length) {
    kinds[slot] = TEXT;
    char[] previous = textChars[slot];
    if (previous != null
        && textCharLengths[slot] == length
        && Arrays.equals(previous, 0, length, chars, offset, offset + length)) {
      return;
    }
    texts[slot] = new String(chars, offset, length);
    textByteLengths[slot] = -1;
    textCharLengths[slot] = -1; // a huge text is not kept twice
    if (length <= REMEMBERED_TEXT) {
      if (previous == null) {
        previous = new char[REMEMBERED_TEXT];
        textChars[slot] = previous;
      }
      System.arraycopy(chars, offset, previous, 0, length);
      textCharLengths[slot] = length;
    }
  }

  void putNumber(int slot, long value) {
    kinds[slot] = NUMBER;
    numbers[slot] = value;
  }

  void putBoolean(int slot, boolean value) {
    kinds[slot] = value ? TRUE : FALSE;
  }

  /** A text that {@link #packedDate} recognised as {@code YYYY-MM-DD}. */
  void putDate(int slot, int packed) {
    kinds[slot] = DATE;
    numbers[slot] = packed;
  }

  /** The buffer that {@link #putBytes} ranges point into, valid until the next item. */
  void bytes(byte[] buffer) {
    this.bytes = buffer;
  }

  void putBytes(int slot, int offset, int length) {
    kinds[slot] = BYTES;
    numbers[slot] = (long) offset << 32 | length;
  }

  /**
   * {@code YYYY-MM-DD} as yyyymmdd, or -1 for any other text. {@code digit} reads the i-th
   * character (chars or bytes alike); calendar validity is checked later, by {@link #date}.
   */
  static int packedDate(int length, java.util.function.IntUnaryOperator digit) {
    if (length != 10 || digit.applyAsInt(4) != '-' || digit.applyAsInt(7) != '-') {
      return -1;
    }
    int packed = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      int d = digit.applyAsInt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      packed = packed * 10 + d;
    }
    return packed;
  }

  /** The fields present, as text (null for null), for code that reads single objects as maps. */
  Map<String, String> toMap() {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < size; i++) {
      if (kinds[i] != ABSENT) {
        fields.put(names[i], text(i));
      }
    }
    return fields;
  }

  // ---- reading, by mappers ----

  private int find(String name) {
    int mask = table.length - 1;
    for (int i = name.hashCode() & mask; table[i] != 0; i = (i + 1) & mask) {
      if (names[table[i] - 1] == name) {
        return table[i] - 1;
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private byte kind(int slot) {
    return slot < 0 ? ABSENT : kinds[slot];
  }

  boolean has(String name) {
    return kind(find(name)) > NULL;
  }

  /** The value as sent; null when absent or null. */
  String text(String name) {
    return text(find(name));
  }

  private String text(int slot) {
    switch (kind(slot)) {
      case TEXT:
        return texts[slot];
      case NUMBER:
        return Long.toString(numbers[slot]);
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case DATE:
        int packed = (int) numbers[slot];
        return String.format(
            Locale.ROOT, "%04d-%02d-%02d", packed / 10000, packed / 100 % 100, packed % 100);
      case BYTES:
        return bytesText(slot);
      default:
        return null;
    }
  }

  /**
   * A text given as its UTF-8 bytes {@code [offset, offset + length)} of {@code source}: as for
   * chars, the slot's previous String is reused when the bytes are the same.
   */
  void putText(int slot, byte[] source, int offset, int length) {
    kinds[slot] = TEXT;
    texts[slot] = text(slot, source, offset, length);
  }

  /** A {@link #putBytes} cell's text. */
  private String bytesText(int slot) {
    return text(slot, bytes, offset(slot), length(slot));
  }

  /** The text of UTF-8 bytes, the slot's previous String when the bytes are the same. */
  private String text(int slot, byte[] source, int offset, int length) {
    byte[] previous = textBytes[slot];
    if (previous != null
        && textByteLengths[slot] == length
        && Arrays.equals(previous, 0, length, source, offset, offset + length)) {
      return texts[slot];
    }
    String text = new String(source, offset, length, StandardCharsets.UTF_8);
    texts[slot] = text;
    textCharLengths[slot] = -1;
    textByteLengths[slot] = -1;
    if (length <= REMEMBERED_TEXT) {
      if (previous == null) {
        previous = new byte[REMEMBERED_TEXT];
        textBytes[slot] = previous;
      }
      System.arraycopy(source, offset, previous, 0, length);
      textByteLengths[slot] = length;
    }
    return text;
  }

  /** Like {@link #text} but an empty value is null too. */
  String optionalText(String name) {
    int slot = find(name);
    if (kind(slot) == BYTES && length(slot) == 0) {
      return null;
    }
    String value = text(slot);
    return value == null || value.isEmpty() ? null : value;
  }

  String requiredText(String name) {
    String value = text(name);
    if (value == null) {
      throw malformed("field '" + name + "' is missing");
    }
    return value;
  }

  long count(String name) {
    int slot = find(name);
    if (kind(slot) == NUMBER) {
      return numbers[slot];
    }
    if (kind(slot) == BYTES) {
      long parsed = digits(slot);
      if (parsed != NOT_DIGITS) {
        return parsed;
      }
    }
    String value = requiredText(name).trim();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      try {
        return new BigDecimal(value).longValueExact(); // e.g. 20.0 or 2E1
      } catch (NumberFormatException | ArithmeticException notWhole) {
        throw malformed("field '" + name + "' is not a whole number: '" + value + "'");
      }
    }
  }

  /** Absent means false. */
  boolean flag(String name) {
    int slot = find(name);
    switch (kind(slot)) {
      case TRUE:
        return true;
      case FALSE:
        return false;
      case BYTES:
        if (isAscii(slot, "true")) {
          return true;
        }
        if (isAscii(slot, "false")) {
          return false;
        }
        break;
      default:
        break;
    }
    String value = optionalText(name);
    if (value == null) {
      return false;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw malformed("field '" + name + "' is not a boolean: '" + value + "'");
    }
  }

  /** Absent or empty means unknown, like the API's -1. */
  InlinkRank rank(String name) {
    int slot = find(name);
    if (kind(slot) == NUMBER && numbers[slot] == (int) numbers[slot]) {
      return InlinkRank.of((int) numbers[slot]);
    }
    if (kind(slot) == BYTES) {
      long parsed = digits(slot);
      if (parsed == (int) parsed) {
        return InlinkRank.of((int) parsed);
      }
    }
    String value = optionalText(name);
    if (value == null) {
      return InlinkRank.UNKNOWN;
    }
    try {
      return InlinkRank.of(Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw malformed("field '" + name + "' is not an integer: '" + value + "'");
    }
  }

  /** {@code YYYY-MM-DD}; absent or empty means null. */
  LocalDate date(String name) {
    int slot = find(name);
    int packed = -1;
    if (kind(slot) == DATE) {
      packed = (int) numbers[slot];
    } else if (kind(slot) == BYTES) {
      int offset = offset(slot);
      packed = packedDate(length(slot), i -> bytes[offset + i]);
    }
    if (packed >= 0) {
      try {
        return date(packed / 10000, packed / 100 % 100, packed % 100);
      } catch (DateTimeException e) {
        throw malformed("field '" + name + "' is not a YYYY-MM-DD date: '" + text(slot) + "'");
      }
    }
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim()); // the general form, e.g. with spaces or a sign
    } catch (DateTimeParseException e) {
      throw malformed("field '" + name + "' is not a YYYY-MM-DD date: '" + value + "'");
    }
  }

  private static LocalDate date(int year, int month, int day) {
    int cached = ((year - FIRST_CACHED_YEAR) * 12 + month - 1) * 31 + day - 1;
    if (month < 1 || month > 12 || day < 1 || day > 31 || cached < 0 || cached >= DATES.length) {
      return LocalDate.of(year, month, day);
    }
    LocalDate date = DATES[cached];
    if (date == null) {
      date = LocalDate.of(year, month, day); // an invalid day (say 02-30) throws, never cached
      DATES[cached] = date; // a race makes equal dates twice, harmlessly
    }
    return date;
  }

  /** {@code YYYY-MM-DD HH:MM:SS} (ISO {@code T} accepted); absent or empty means null. */
  LocalDateTime dateTime(String name) {
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.trim().replace('T', ' '), API_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw malformed(
          "field '" + name + "' is not a YYYY-MM-DD HH:MM:SS date-time: '" + value + "'");
    }
  }

  private int offset(int slot) {
    return (int) (numbers[slot] >>> 32);
  }

  private int length(int slot) {
    return (int) numbers[slot];
  }

  /** The cell as a plain decimal of at most 18 digits, or {@link #NOT_DIGITS}. */
  private long digits(int slot) {
    int offset = offset(slot);
    int end = offset + length(slot);
    boolean negative = offset < end && bytes[offset] == '-';
    int start = negative ? offset + 1 : offset;
    if (start == end || end - start > 18) {
      return NOT_DIGITS;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      int d = bytes[i] - '0';
      if (d < 0 || d > 9) {
        return NOT_DIGITS;
      }
      value = value * 10 + d;
    }
    return negative ? -value : value;
  }

  private boolean isAscii(int slot, String word) {
    int offset = offset(slot);
    if (length(slot) != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (bytes[offset + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private MalformedResponseException malformed(String detail) {
    return new MalformedResponseException(command, target, detail, null);
  }
}
