package io.spsbacklinks.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * {@link ApiDocument} over a JSON body, decoded from its UTF-8 bytes straight into the rows' slots:
 * no tokenizer objects, no tree, one fixed read buffer (a token may straddle two reads).
 *
 * <p>It accepts what Jackson accepted with the features the client used to enable, and fails
 * wherever Jackson failed (or, for malformed UTF-8 Jackson let through, with a clear error): the
 * API document's samples have a trailing comma and raw line breaks inside strings, so both are
 * allowed. Jackson's default bounds apply too: texts of at most {@value XmlDocument#MAX_TEXT}
 * characters, names of {@value #MAX_NAME}, numbers of {@value #MAX_NUMBER} characters, {@value
 * #MAX_DEPTH} nested containers.
 */
final class JsonDocument implements ApiDocument {
  static final int MAX_NAME = 50_000;
  static final int MAX_NUMBER = 1000;
  static final int MAX_DEPTH = 1000;
  private static final int BUFFER = 1 << 16;

  private final InputStream body;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean ended;

  /** Containers open, the root object included. */
  private int depth;

  private boolean firstMember = true;
  private boolean firstItem;

  // The last string or number read, as chars.
  private char[] chars = new char[MAX_NUMBER];
  private int length;
  private boolean escaped;
  private long integer;

  private String member;

  // Dates are looked for in texts through these, made once: a lambda per text would be garbage.
  private int textStart;
  private final IntUnaryOperator textByte = i -> buffer[textStart + i];
  private final IntUnaryOperator textChar = i -> chars[i];

  // The previous item's field names by position, as their bytes, with their slots in that row:
  // items of a list share one field order, so a name is mostly a byte comparison, not a decode and
  // a look-up.
  private Row expectedFor;
  private byte[][] expectedNames = new byte[16][];
  private int[] expectedSlots = new int[16];

  private JsonDocument(InputStream body) {
    this.body = body;
  }

  static JsonDocument open(InputStream body) throws IOException {
    JsonDocument document = new JsonDocument(body);
    try {
      document.openRoot();
    } catch (IOException | RuntimeException e) {
      body.close();
      throw e;
    }
    return document;
  }

  private void openRoot() throws IOException {
    if (peek() == 0xEF) { // a UTF-8 byte order mark
      position++;
      if (nextByte() != 0xBB || nextByte() != 0xBF) {
        throw invalid("a byte order mark that is not UTF-8's");
      }
    }
    int first = nextToken();
    if (first != '{') {
      throw invalid("expected a JSON object, got " + describe(first));
    }
    enter();
  }

  @Override
  public String nextMember() throws IOException {
    int token = nextInContainer(firstMember, '}');
    firstMember = false;
    if (token < 0) {
      return null;
    }
    if (token != '"') {
      throw invalid("expected a member name in the root object, got " + describe(token));
    }
    member = name();
    colon();
    nextToken(); // a body that ends here fails before its last member is named, as with Jackson
    position--;
    return member;
  }

  @Override
  public boolean beginList() throws IOException {
    int token = nextToken();
    if (token == 'n') {
      literal("null");
      return false;
    }
    if (token != '[') {
      throw invalid("expected an array for '" + member + "', got " + describe(token));
    }
    enter();
    firstItem = true;
    return true;
  }

  @Override
  public boolean nextItem(Row row) throws IOException {
    int token = nextInContainer(firstItem, ']');
    firstItem = false;
    if (token < 0) {
      return false;
    }
    if (token != '{') {
      throw invalid("expected an object in the array, got " + describe(token));
    }
    enter();
    readFields(row);
    return true;
  }

  @Override
  public Map<String, String> readObject() throws IOException {
    int token = nextToken();
    if (token == 'n') {
      literal("null");
      return null;
    }
    if (token == '{') {
      enter();
      Row row = new Row(null, null);
      readFields(row);
      return row.toMap();
    }
    if (token == '[') {
      skipContainer(token);
      return Map.of();
    }
    return Map.of("message", scalarText(token));
  }

  @Override
  public String readText() throws IOException {
    int token = nextToken();
    if (token == '{' || token == '[') {
      skipContainer(token);
      return null;
    }
    if (token == 'n') {
      literal("null");
      return null;
    }
    return scalarText(token);
  }

  @Override
  public void skipValue() throws IOException {
    skip(nextToken());
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  // ---- objects and values ----

  /**
   * Reads the fields of the object whose '{' was just read, up to its '}', into the row's slots as
   * typed values: numbers and booleans stay numbers and booleans, a {@code YYYY-MM-DD} string is
   * kept as a date, other strings as strings; nested values are skipped (not part of any documented
   * row).
   */
  private void readFields(Row row) throws IOException {
    row.clear();
    if (expectedFor != row) {
      expectedFor = row;
      Arrays.fill(expectedNames, null);
    }
    for (int index = 0; ; index++) {
      int token = nextInContainer(index == 0, '}');
      if (token < 0) {
        return;
      }
      if (token != '"') {
        throw invalid("expected a field name, got " + describe(token));
      }
      int slot = expectedSlot(index);
      if (slot < 0) {
        slot = slotOfOtherName(row, index);
      }
      colon();
      readValue(row, slot, nextToken());
    }
  }

  /** The slot of the name at {@code index} when its bytes are the expected ones; else -1. */
  private int expectedSlot(int index) {
    if (index >= expectedNames.length || expectedNames[index] == null) {
      return -1;
    }
    byte[] name = expectedNames[index];
    int end = position + name.length;
    if (end >= limit
        || buffer[end] != '"'
        || !Arrays.equals(buffer, position, end, name, 0, name.length)) {
      return -1; // another name, or one that straddles two reads: decoded
    }
    position = end + 1;
    return expectedSlots[index];
  }

  /** Decodes the name at {@code index}, which is then the one expected there. */
  private int slotOfOtherName(Row row, int index) throws IOException {
    String name = name();
    int slot = row.slot(name);
    if (index >= expectedNames.length) {
      expectedNames = Arrays.copyOf(expectedNames, index * 2);
      expectedSlots = Arrays.copyOf(expectedSlots, index * 2);
    }
    // an escaped name's bytes are not its UTF-8: never matched as bytes
    expectedNames[index] = escaped ? null : name.getBytes(StandardCharsets.UTF_8);
    expectedSlots[index] = slot;
    return slot;
  }

  private void readValue(Row row, int slot, int token) throws IOException {
    switch (token) {
      case '"' -> {
        int end = plainEnd();
        int date;
        if (end >= 0) { // the bytes are the text
          textStart = position;
          position = end + 1;
          date = end - textStart == 10 ? Row.packedDate(10, textByte) : -1;
          if (date < 0) {
            row.putText(slot, buffer, textStart, end - textStart);
          }
        } else {
          string(XmlDocument.MAX_TEXT);
          date = length == 10 ? Row.packedDate(10, textChar) : -1;
          if (date < 0) {
            row.putText(slot, chars, 0, length);
          }
        }
        if (date >= 0) {
          row.putDate(slot, date);
        }
      }
      case '{', '[' -> skipContainer(token);
      case 't' -> {
        literal("true");
        row.putBoolean(slot, true);
      }
      case 'f' -> {
        literal("false");
        row.putBoolean(slot, false);
      }
      case 'n' -> {
        literal("null");
        row.putNull(slot);
      }
      default -> {
        if (number(token)) {
          row.putNumber(slot, integer);
        } else {
          row.putText(slot, new String(chars, 0, length)); // a float or big integer as sent
        }
      }
    }
  }

  /** A scalar's text as sent: a string's value, a number's digits, true or false. */
  private String scalarText(int token) throws IOException {
    switch (token) {
      case '"' -> string(XmlDocument.MAX_TEXT);
      case 't' -> literal("true");
      case 'f' -> literal("false");
      default -> number(token);
    }
    return new String(chars, 0, length);
  }

  private void skip(int token) throws IOException {
    switch (token) {
      case '"' -> string(XmlDocument.MAX_TEXT);
      case '{', '[' -> skipContainer(token);
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number(token);
    }
  }

  /** Skips the object or array whose opening byte {@code open} was just read. */
  private void skipContainer(int open) throws IOException {
    enter();
    int close = open == '{' ? '}' : ']';
    for (boolean first = true; ; first = false) {
      int token = nextInContainer(first, close);
      if (token < 0) {
        return;
      }
      if (close == '}') {
        if (token != '"') {
          throw invalid("expected a field name, got " + describe(token));
        }
        string(MAX_NAME);
        colon();
        token = nextToken();
      }
      skip(token);
    }
  }

  private void enter() throws IOException {
    if (++depth > MAX_DEPTH) {
      throw invalid("more than " + MAX_DEPTH + " nested objects and arrays");
    }
  }

  /**
   * The first byte of the container's next element, or -1 at its end (the container is then left).
   * A comma after the last element is accepted, as in the API document's samples.
   */
  private int nextInContainer(boolean first, int close) throws IOException {
    int token = nextToken();
    if (token != close && !first) {
      if (token != ',') {
        throw invalid("expected ',' or '" + (char) close + "', got " + describe(token));
      }
      token = nextToken();
    }
    if (token == close) {
      depth--;
      return -1;
    }
    return token;
  }

  private void colon() throws IOException {
    int token = nextToken();
    if (token != ':') {
      throw invalid("expected ':' after a name, got " + describe(token));
    }
  }

  private void literal(String word) throws IOException {
    // the first byte was read as the token
    for (int i = 1; i < word.length(); i++) {
      if (nextByte() != word.charAt(i)) {
        throw invalid("a token that is not '" + word + "'");
      }
    }
    word.getChars(0, word.length(), chars, 0);
    length = word.length();
  }

  // ---- numbers ----

  /**
   * Reads a number whose first byte was read as the token into {@link #chars}; true when it is an
   * integer that fits a long, then in {@link #integer} (else a float or a bigger integer, kept as
   * sent).
   */
  private boolean number(int token) throws IOException {
    length = 0;
    boolean negative = token == '-';
    int first = token;
    if (negative) {
      append('-');
      first = nextByte();
    }
    if (first < '0' || first > '9') {
      throw invalid(
          negative
              ? "'-' not followed by a digit"
              : "unexpected " + describe(token) + " as a value");
    }
    append(first);
    long value = first - '0';
    int digits = 1;
    int next = peek();
    if (first == '0' && next >= '0' && next <= '9') {
      throw invalid("a number with a leading zero");
    }
    for (; next >= '0' && next <= '9'; next = peek()) {
      position++;
      append(next);
      value = value * 10 + next - '0'; // wraps past 18 digits; then parsed again below
      digits++;
    }
    boolean whole = true;
    if (next == '.') {
      whole = false;
      position++;
      append(next);
      fraction("a decimal point");
      next = peek();
    }
    if (next == 'e' || next == 'E') {
      whole = false;
      position++;
      append(next);
      next = peek();
      if (next == '+' || next == '-') {
        position++;
        append(next);
      }
      fraction("an exponent");
    }
    if (!whole) {
      return false;
    }
    if (digits <= 18) {
      this.integer = negative ? -value : value;
      return true;
    }
    try {
      this.integer = Long.parseLong(new String(chars, 0, length));
      return true;
    } catch (NumberFormatException tooBig) {
      return false;
    }
  }

  /** The digits that must follow a decimal point or an exponent. */
  private void fraction(String after) throws IOException {
    int next = peek();
    if (next < '0' || next > '9') {
      throw invalid(after + " not followed by a digit");
    }
    do {
      position++;
      append(next);
      next = peek();
    } while (next >= '0' && next <= '9');
  }

  private void append(int digit) throws IOException {
    if (length == MAX_NUMBER) {
      throw invalid("a number longer than " + MAX_NUMBER + " characters");
    }
    chars[length++] = (char) digit;
  }

  // ---- strings ----

  /**
   * The position of the closing quote of the string just opened when it is plain ASCII (no escape)
   * and ends within the buffer, as most texts of a page do; else -1.
   */
  private int plainEnd() {
    byte[] in = buffer;
    for (int p = position; p < limit; p++) {
      byte b = in[p];
      if (b == '"') {
        return p;
      }
      if (b < 0 || b == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private String name() throws IOException {
    string(MAX_NAME);
    return new String(chars, 0, length);
  }

  /**
   * Decodes the string whose opening quote was just read into {@link #chars}, up to {@code max}
   * chars. Raw control characters are kept (the API sends raw line breaks); malformed UTF-8 and
   * unknown escapes are errors.
   */
  private void string(int max) throws IOException {
    escaped = false;
    char[] out = chars;
    int n = 0;
    while (true) {
      if (position == limit && !fill()) {
        throw truncated("document ends inside a string");
      }
      if (out.length - n < limit - position) {
        out = grow(n + limit - position, max);
      }
      // the run of plain ASCII, the bulk of any page
      int p = position;
      int end = limit;
      byte[] in = buffer;
      byte b = 0;
      while (p < end && (b = in[p]) >= 0 && b != '"' && b != '\\') {
        out[n++] = (char) b;
        p++;
      }
      position = p;
      if (n > max) {
        throw invalid("a text longer than " + max + " characters");
      }
      if (p == end) {
        continue;
      }
      position++;
      if (b == '"') {
        length = n;
        return;
      }
      if (out.length - n < 2) {
        out = grow(n + 2, max);
      }
      if (b == '\\') {
        escaped = true;
        out[n++] = escape();
      } else {
        n = utf8(b & 0xFF, out, n);
      }
    }
  }

  private char[] grow(int needed, int max) {
    int capacity = Math.max(needed, Math.min(chars.length * 2, max + BUFFER));
    chars = Arrays.copyOf(chars, capacity);
    return chars;
  }

  private char escape() throws IOException {
    int c = nextByte();
    switch (c) {
      case '"', '\\', '/':
        return (char) c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int value = 0;
        for (int i = 0; i < 4; i++) {
          int digit = Character.digit(nextByte(), 16);
          if (digit < 0) {
            throw invalid("a \\u escape without four hex digits");
          }
          value = value << 4 | digit;
        }
        return (char) value; // a surrogate pair is two escapes, joined as chars
      default:
        throw invalid("an unknown escape " + describe(c) + " after a backslash");
    }
  }

  /**
   * Decodes the UTF-8 sequence led by {@code lead} into {@code out} at {@code n}; the new {@code
   * n}. Overlong forms, encoded surrogates and code points past U+10FFFF are errors.
   */
  private int utf8(int lead, char[] out, int n) throws IOException {
    if (lead >= 0xC2 && lead < 0xE0) {
      out[n] = (char) ((lead & 0x1F) << 6 | continuation());
      return n + 1;
    }
    if (lead >= 0xE0 && lead < 0xF0) {
      int c = (lead & 0x0F) << 12 | continuation() << 6 | continuation();
      if (c < 0x800 || Character.isSurrogate((char) c)) {
        throw invalid("malformed UTF-8 (overlong or an encoded surrogate)");
      }
      out[n] = (char) c;
      return n + 1;
    }
    if (lead >= 0xF0 && lead < 0xF5) {
      int c = (lead & 0x07) << 18 | continuation() << 12 | continuation() << 6 | continuation();
      if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
        throw invalid("malformed UTF-8 (overlong or past U+10FFFF)");
      }
      out[n] = Character.highSurrogate(c);
      out[n + 1] = Character.lowSurrogate(c);
      return n + 2;
    }
    throw invalid(String.format("malformed UTF-8: byte 0x%02x cannot start a character", lead));
  }

  private int continuation() throws IOException {
    int b = nextByte();
    if ((b & 0xC0) != 0x80) {
      throw invalid(String.format("malformed UTF-8: byte 0x%02x inside a character", b));
    }
    return b & 0x3F;
  }

  // ---- bytes ----

  /** The next byte that is not JSON white space. */
  private int nextToken() throws IOException {
    while (true) {
      if (position == limit && !fill()) {
        throw truncated("document ends early (truncated)");
      }
      int b = buffer[position++] & 0xFF;
      if (b > ' ') {
        return b;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        throw invalid(String.format("control byte 0x%02x outside a string", b));
      }
    }
  }

  private int nextByte() throws IOException {
    if (position == limit && !fill()) {
      throw truncated("document ends inside a value");
    }
    return buffer[position++] & 0xFF;
  }

  /** The next byte without reading it; -1 at the body's end. */
  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int read;
    do {
      read = body.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      ended = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private static String describe(int token) {
    return switch (token) {
      case '{' -> "an object";
      case '[' -> "an array";
      case '"' -> "a string";
      case 't', 'f' -> "a boolean";
      case 'n' -> "null";
      default ->
          token == '-' || token >= '0' && token <= '9'
              ? "a number"
              : token > ' ' && token < 0x7F
                  ? "'" + (char) token + "'"
                  : String.format("byte 0x%02x", token);
    };
  }

  private static MalformedDocumentException invalid(String detail) {
    return new MalformedDocumentException("invalid JSON: " + detail, null);
  }

  private static MalformedDocumentException truncated(String detail) {
    return MalformedDocumentException.truncated("invalid JSON: " + detail, null);
  }
}
