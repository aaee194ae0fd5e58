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
  static final JsonFactory FACTORY = JsonFactory.builder()
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
  public Map<String, String> nextItem() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.END_ARRAY) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw new MalformedDocumentException("expected an object in the array, got " + token, null);
    }
    return readFields(parser);
  }

  @Override
  public Map<String, String> readObject() throws IOException {
    JsonToken token = next();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT) {
      return readFields(parser);
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

  /**
   * Reads the fields of the object whose START_OBJECT was just read, up to its END_OBJECT.
   * Shared with the CSV export reader, whose rows Jackson presents as objects.
   */
  static Map<String, String> readFields(JsonParser parser) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try {
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
          token = parser.nextToken()) {
        if (token != JsonToken.FIELD_NAME) {
          throw token == null
              ? MalformedDocumentException.truncated("document ends inside an object", null)
              : new MalformedDocumentException("unexpected " + token, null);
        }
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == null) {
          throw MalformedDocumentException.truncated("document ends inside an object", null);
        }
        if (value.isStructStart()) {
          parser.skipChildren(); // nested values are not part of any documented row
        } else {
          fields.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    return fields;
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
