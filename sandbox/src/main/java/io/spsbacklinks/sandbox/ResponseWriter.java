package io.spsbacklinks.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams a response in the requested output format. XML mirrors JSON: root {@code <response>}, an
 * object member becomes a child element of the same name, an array becomes an element holding one
 * {@code <item>} per entry, null is omitted.
 */
abstract class ResponseWriter {
  static ResponseWriter create(String output, OutputStream out) throws IOException {
    return output.equals("xml") ? new Xml(out) : new Json(out);
  }

  abstract void beginResponse() throws IOException;

  abstract void beginArray(String name) throws IOException;

  abstract void beginItem() throws IOException;

  abstract void endItem() throws IOException;

  abstract void endArray() throws IOException;

  abstract void beginObject(String name) throws IOException;

  abstract void endObject() throws IOException;

  abstract void field(String name, String value) throws IOException;

  abstract void field(String name, long value) throws IOException;

  abstract void field(String name, boolean value) throws IOException;

  /**
   * Ends the response; with {@code trailingComma} JSON output gets the document's {@code ",}"}
   * quirk.
   */
  abstract void endResponse(boolean trailingComma) throws IOException;

  private static final class Json extends ResponseWriter {
    /**
     * Member names quoted and UTF-8 encoded once: a page writes 13 names per row, and encoding each
     * again was a fifth of the sandbox's time serving big pages. The names are the commands' own
     * constants, so the map stays small.
     */
    private static final ConcurrentHashMap<String, SerializedString> NAMES =
        new ConcurrentHashMap<>();

    private final JsonGenerator generator;

    Json(OutputStream out) throws IOException {
      generator = JsonTree.FACTORY.createGenerator(out);
    }

    @Override
    void beginResponse() throws IOException {
      generator.writeStartObject();
    }

    @Override
    void beginArray(String name) throws IOException {
      generator.writeFieldName(name(name));
      generator.writeStartArray();
    }

    @Override
    void beginItem() throws IOException {
      generator.writeStartObject();
    }

    @Override
    void endItem() throws IOException {
      generator.writeEndObject();
    }

    @Override
    void endArray() throws IOException {
      generator.writeEndArray();
    }

    @Override
    void beginObject(String name) throws IOException {
      generator.writeFieldName(name(name));
      generator.writeStartObject();
    }

    @Override
    void endObject() throws IOException {
      generator.writeEndObject();
    }

    @Override
    void field(String name, String value) throws IOException {
      generator.writeFieldName(name(name));
      if (value == null) {
        generator.writeNull();
      } else {
        generator.writeString(value);
      }
    }

    @Override
    void field(String name, long value) throws IOException {
      generator.writeFieldName(name(name));
      generator.writeNumber(value);
    }

    @Override
    void field(String name, boolean value) throws IOException {
      generator.writeFieldName(name(name));
      generator.writeBoolean(value);
    }

    @Override
    void endResponse(boolean trailingComma) throws IOException {
      if (trailingComma) {
        generator.writeRaw(',');
      }
      generator.writeEndObject();
      generator.flush();
    }

    private static SerializedString name(String name) {
      SerializedString serialized = NAMES.get(name);
      return serialized != null ? serialized : NAMES.computeIfAbsent(name, SerializedString::new);
    }
  }

  private static final class Xml extends ResponseWriter {
    private final Writer out;
    private final ArrayDeque<String> open = new ArrayDeque<>();

    Xml(OutputStream out) {
      this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    void beginResponse() throws IOException {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response>");
    }

    @Override
    void beginArray(String name) throws IOException {
      start(name);
    }

    @Override
    void beginItem() throws IOException {
      start("item");
    }

    @Override
    void endItem() throws IOException {
      end();
    }

    @Override
    void endArray() throws IOException {
      end();
    }

    @Override
    void beginObject(String name) throws IOException {
      start(name);
    }

    @Override
    void endObject() throws IOException {
      end();
    }

    @Override
    void field(String name, String value) throws IOException {
      if (value != null) {
        out.write('<');
        out.write(name);
        out.write('>');
        escape(value);
        out.write("</");
        out.write(name);
        out.write('>');
      }
    }

    @Override
    void field(String name, long value) throws IOException {
      field(name, Long.toString(value));
    }

    @Override
    void field(String name, boolean value) throws IOException {
      field(name, Boolean.toString(value));
    }

    @Override
    void endResponse(boolean trailingComma) throws IOException {
      out.write("</response>");
      out.flush();
    }

    private void start(String name) throws IOException {
      open.push(name);
      out.write('<');
      out.write(name);
      out.write('>');
    }

    private void end() throws IOException {
      out.write("</");
      out.write(open.pop());
      out.write('>');
    }

    private void escape(String value) throws IOException {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '&':
            out.write("&amp;");
            break;
          case '<':
            out.write("&lt;");
            break;
          case '>':
            out.write("&gt;");
            break;
          case '"':
            out.write("&quot;");
            break;
          default:
            out.write(c);
        }
      }
    }
  }
}
