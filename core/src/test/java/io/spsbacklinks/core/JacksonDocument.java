package io.spsbacklinks.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON decoder core used before {@link JsonDocument}: Jackson's streaming parser with the same
 * features, kept as the reference that {@link JsonDocumentDifferentialTest} compares against.
 */
final class JacksonDocument implements ApiDocument {
  // The API document's own samples have a trailing comma and raw line breaks inside strings.
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private final JsonParser parser;

  // The previous item's field names by position, with their slots in that row: items of a list
  // share one field order, so the parser can match each name's bytes against the expected one
  // instead of decoding and looking it up (that was a quarter of a page's parse).
  private Row expectedFor;
  private SerializedString[] expectedNames = new SerializedString[16];
  private int[] expectedSlots = new int[16];

  private JacksonDocument(JsonParser parser) {
    this.parser = parser;
  }

  static JacksonDocument open(InputStream body) throws IOException {
    JsonParser parser = FACTORY.createParser(body);
    JacksonDocument document = new JacksonDocument(parser);
    JsonToken first = document.next();
    if (first != JsonToken.START_OBJECT) {
      parser.close();
      throw new MalformedDocumentException("expected a JSON object, got " + first, null);
    }
    return document;
  }

  @Override
  public String nextMember() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.FIELD_NAME) {
      return parser.currentName();
    }
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    throw new MalformedDocumentException("unexpected " + token + " in the root object", null);
  }

  @Override
  public boolean beginList() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    if (token != JsonToken.START_ARRAY) {
      throw new MalformedDocumentException(
          "expected an array for '" + parser.currentName() + "', got " + token, null);
    }
    return true;
  }

  @Override
  public boolean nextItem(Row row) throws IOException {
    JsonToken token = next();
    if (token == JsonToken.END_ARRAY) {
      return false;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new MalformedDocumentException("expected an object in the array, got " + token, null);
    }
    readFields(row);
    return true;
  }

  @Override
  public Map<String, String> readObject() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT) {
      return readFields();
    }
    if (token == JsonToken.START_ARRAY) {
      skipChildren();
      return Map.of();
    }
    Map<String, String> fields = new HashMap<>();
    fields.put("message", parser.getText());
    return fields;
  }

  @Override
  public String readText() throws IOException {
    JsonToken token = next();
    if (token.isStructStart()) {
      skipChildren();
      return null;
    }
    return token == JsonToken.VALUE_NULL ? null : parser.getText();
  }

  @Override
  public void skipValue() throws IOException {
    next();
    skipChildren();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** Reads the fields of the object whose START_OBJECT was just read, up to its END_OBJECT. */
  private Map<String, String> readFields() throws IOException {
    Row row = new Row(null, null);
    readFields(row);
    return row.toMap();
  }

  /**
   * Reads an item's fields into the row's slots as the parser typed them: numbers and booleans stay
   * numbers and booleans, a {@code YYYY-MM-DD} string is kept as a date, other strings as strings;
   * nested values are skipped (not part of any documented row). Jackson's string length cap applies
   * as for every value.
   */
  private void readFields(Row row) throws IOException {
    row.clear();
    if (expectedFor != row) {
      expectedFor = row;
      Arrays.fill(expectedNames, null);
    }
    try {
      for (int position = 0; ; position++) {
        int slot;
        if (position < expectedNames.length
            && expectedNames[position] != null
            && parser.nextFieldName(expectedNames[position])) {
          slot = expectedSlots[position];
        } else {
          slot = slotOfOtherName(row, position);
          if (slot < 0) {
            return;
          }
        }
        JsonToken value = parser.nextToken();
        if (value == null) {
          throw MalformedDocumentException.truncated("document ends inside an object", null);
        }
        readValue(row, slot, value);
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /**
   * After the token at {@code position} was read and is not the expected name: the slot of the name
   * it is (now expected there), or -1 at the object's end.
   */
  private int slotOfOtherName(Row row, int position) throws IOException {
    JsonToken token =
        position < expectedNames.length && expectedNames[position] != null
            ? parser.currentToken()
            : parser.nextToken();
    if (token != JsonToken.FIELD_NAME) {
      if (token == JsonToken.END_OBJECT) {
        return -1;
      }
      throw token == null
          ? MalformedDocumentException.truncated("document ends inside an object", null)
          : new MalformedDocumentException("unexpected " + token, null);
    }
    String name = parser.currentName();
    int slot = row.slot(name);
    if (position >= expectedNames.length) {
      expectedNames = Arrays.copyOf(expectedNames, position * 2);
      expectedSlots = Arrays.copyOf(expectedSlots, position * 2);
    }
    expectedNames[position] = new SerializedString(name);
    expectedSlots[position] = slot;
    return slot;
  }

  private void readValue(Row row, int slot, JsonToken value) throws IOException {
    switch (value) {
      case START_OBJECT, START_ARRAY -> parser.skipChildren();
      case VALUE_STRING -> {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        int date = Row.packedDate(length, i -> chars[offset + i]);
        if (date >= 0) {
          row.putDate(slot, date);
        } else {
          row.putText(slot, chars, offset, length);
        }
      }
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          row.putText(slot, parser.getText());
        } else {
          row.putNumber(slot, parser.getLongValue());
        }
      }
      case VALUE_TRUE -> row.putBoolean(slot, true);
      case VALUE_FALSE -> row.putBoolean(slot, false);
      case VALUE_NULL -> row.putNull(slot);
      default -> row.putText(slot, parser.getText()); // floats keep their text
    }
  }

  private JsonToken next() throws IOException {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    if (token == null) {
      throw MalformedDocumentException.truncated("document ends early (truncated)", null);
    }
    return token;
  }

  private void skipChildren() throws IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  static MalformedDocumentException malformed(JsonProcessingException e) {
    return new MalformedDocumentException("invalid JSON: " + e.getOriginalMessage(), e);
  }
}
