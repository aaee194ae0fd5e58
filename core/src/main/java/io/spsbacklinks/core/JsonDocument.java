package io.spsbacklinks.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/** {@link ApiDocument} over Jackson's streaming parser: one token at a time, never a tree. */
final class JsonDocument implements ApiDocument {
  // The API document's own samples have a trailing comma and raw line breaks inside strings.
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  private final JsonParser parser;

  private JsonDocument(JsonParser parser) {
    this.parser = parser;
  }

  static JsonDocument open(InputStream body) throws IOException {
    JsonParser parser = FACTORY.createParser(body);
    JsonDocument document = new JsonDocument(parser);
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
    try {
      for (String name = parser.nextFieldName(); ; name = parser.nextFieldName()) {
        if (name == null) {
          JsonToken token = parser.currentToken();
          if (token == JsonToken.END_OBJECT) {
            return;
          }
          throw token == null
              ? MalformedDocumentException.truncated("document ends inside an object", null)
              : new MalformedDocumentException("unexpected " + token, null);
        }
        JsonToken value = parser.nextToken();
        if (value == null) {
          throw MalformedDocumentException.truncated("document ends inside an object", null);
        }
        readValue(row, name, value);
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private void readValue(Row row, String name, JsonToken value) throws IOException {
    switch (value) {
      case START_OBJECT, START_ARRAY -> parser.skipChildren();
      case VALUE_STRING -> {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int date = Row.packedDate(parser.getTextLength(), i -> chars[offset + i]);
        if (date >= 0) {
          row.putDate(row.slot(name), date);
        } else {
          row.putText(row.slot(name), parser.getText());
        }
      }
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          row.putText(row.slot(name), parser.getText());
        } else {
          row.putNumber(row.slot(name), parser.getLongValue());
        }
      }
      case VALUE_TRUE -> row.putBoolean(row.slot(name), true);
      case VALUE_FALSE -> row.putBoolean(row.slot(name), false);
      case VALUE_NULL -> row.putNull(row.slot(name));
      default -> row.putText(row.slot(name), parser.getText()); // floats keep their text
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
