package io.spsbacklinks.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON output with the API's field names: an array (one row per line), JSON lines, or one object.
 * Jackson's UTF-8 generator writes the bytes itself: no char Writer, no String per date.
 */
final class JsonRowWriter<T> implements RowWriter<T> {

  enum Shape {
    ARRAY,
    LINES,
    OBJECT
  }

  private static final JsonFactory FACTORY = factory().build();

  /**
   * JSON lines are compact root values separated by a line break: the factory's root separator,
   * with no pretty printer to call around every name and value.
   */
  private static final JsonFactory LINES_FACTORY = factory().rootValueSeparator("\n").build();

  private static JsonFactoryBuilder factory() {
    return new JsonFactoryBuilder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Our own flush() decides when stdout is flushed; the generator only empties its buffer.
        .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        // An emoji stays the 4 UTF-8 bytes it is, not an escaped surrogate pair.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
  }

  private final List<Column<T>> columns;
  // Quoted and UTF-8 encoded once: escaping each name again for every row was an eighth of a
  // million-row raw-backlinks run.
  private final SerializedString[] names;
  private final OutputStream out;
  private final char[] date = new char[10];
  // Texts are copied here and written from chars: Jackson reads a String one charAt() at a time,
  // which C1 (the only tier until C2 compiles the loop) does not turn into array reads.
  private final char[] text = new char[1024];
  private final Shape shape;
  private final JsonGenerator generator;
  private boolean started;
  private boolean wroteRow;
  private boolean closed;

  JsonRowWriter(List<Column<T>> columns, OutputStream out, Shape shape) {
    this.columns = columns;
    this.names =
        columns.stream()
            .map(column -> new SerializedString(column.name()))
            .toArray(SerializedString[]::new);
    this.out = out;
    this.shape = shape;
    try {
      this.generator =
          (shape == Shape.LINES ? LINES_FACTORY : FACTORY).createGenerator(out, JsonEncoding.UTF8);
      switch (shape) {
        case ARRAY -> generator.setPrettyPrinter(new RowPerLine());
        case OBJECT ->
            generator.setPrettyPrinter(
                new DefaultPrettyPrinter()
                    .withSeparators(
                        Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
        case LINES -> {} // LINES_FACTORY's root separator
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(T row) throws IOException {
    start();
    wroteRow = true;
    generator.writeStartObject();
    for (int i = 0; i < names.length; i++) {
      generator.writeFieldName(names[i]);
      writeValue(columns.get(i).value().apply(row));
    }
    generator.writeEndObject();
  }

  private void writeValue(Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Integer i) {
      generator.writeNumber(i);
    } else if (value instanceof Long l) {
      generator.writeNumber(l);
    } else if (value instanceof LocalDate day && Column.apiDate(day, date) > 0) {
      generator.writeString(date, 0, date.length);
    } else if (value instanceof Number n) {
      generator.writeNumber(n.toString());
    } else {
      String string = value.toString();
      int length = string.length();
      if (length <= text.length) {
        string.getChars(0, length, text, 0);
        generator.writeString(text, 0, length);
      } else {
        generator.writeString(string);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
    out.flush();
  }

  /** Opens the document: an array's {@code [} waits for the first row or {@link #finish}. */
  private void start() throws IOException {
    if (!started) {
      started = true;
      if (shape == Shape.ARRAY) {
        generator.writeStartArray();
      }
    }
  }

  @Override
  public void finish() throws IOException {
    start();
    close();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (!started) {
      out.flush();
      return;
    }
    if (shape == Shape.ARRAY) {
      generator.writeEndArray();
    }
    generator.close();
    // JSON lines of no rows are an empty file: a lone newline would be a blank, invalid line.
    if (shape != Shape.LINES || wroteRow) {
      out.write('\n');
    }
    out.flush();
  }

  /** {@code [}, then each row object on its own line, then {@code ]}; objects stay compact. */
  private static final class RowPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
      g.writeRaw(nrOfValues > 0 ? "\n]" : "]");
    }
  }
}
