package io.spsbacklinks.nifi.record;

import io.spsbacklinks.core.model.InlinkRank;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.nifi.serialization.SimpleRecordSchema;
import org.apache.nifi.serialization.record.DataType;
import org.apache.nifi.serialization.record.MapRecord;
import org.apache.nifi.serialization.record.Record;
import org.apache.nifi.serialization.record.RecordField;
import org.apache.nifi.serialization.record.RecordFieldType;
import org.apache.nifi.serialization.record.RecordSchema;

/**
 * How one API row type becomes a NiFi {@link Record}: a declared schema (field names as in the API,
 * proper types) and the extractor of each field. Immutable and thread-safe.
 *
 * @param <T> the row type of the core client
 */
public final class RecordMapping<T> {
  private final RecordSchema schema;
  private final List<Field<T>> fields;

  /** The field names in schema order, shared by the values of every record. */
  private final String[] names;

  private RecordMapping(String name, List<Field<T>> fields) {
    this.fields = List.copyOf(fields);
    List<RecordField> recordFields = new ArrayList<>(fields.size());
    for (Field<T> field : fields) {
      recordFields.add(new RecordField(field.name, field.type, field.nullable));
    }
    SimpleRecordSchema simple = new SimpleRecordSchema(recordFields);
    // Avro-based writers need a schema name.
    simple.setSchemaName(name);
    simple.setSchemaNamespace("io.spsbacklinks");
    this.schema = simple;
    this.names = fields.stream().map(Field::name).toArray(String[]::new);
  }

  /** Starts a mapping whose schema is called {@code name}. */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(name);
  }

  /** The record schema every record of this mapping has. */
  public RecordSchema schema() {
    return schema;
  }

  /** Converts one row. */
  public Record toRecord(T row) {
    return converter().toRecord(row);
  }

  /**
   * A converter for the rows of one record set, for one thread: it reuses the DATE values it made,
   * so rows that share a day share one {@link java.sql.Date}.
   */
  public Converter<T> converter() {
    return new Converter<>(this);
  }

  /**
   * Converts rows of one record set to records. Each record holds its values in an array in schema
   * order (no hash map per row); a DATE value is made once per day. Not thread-safe.
   *
   * @param <T> the row type
   */
  public static final class Converter<T> {
    /**
     * Days of DATE values kept: direct-mapped by epoch day, so 2^11 consecutive days (5.6 years).
     */
    private static final int DATE_SLOTS = 1 << 11;

    private final RecordMapping<T> mapping;
    private long[] days;
    private java.sql.Date[] dates;

    private Converter(RecordMapping<T> mapping) {
      this.mapping = mapping;
    }

    /** Converts one row. */
    public Record toRecord(T row) {
      List<Field<T>> fields = mapping.fields;
      Object[] values = new Object[fields.size()];
      for (int i = 0; i < values.length; i++) {
        Field<T> field = fields.get(i);
        Object value = field.extractor.apply(row);
        values[i] = field.date && value != null ? sqlDate((LocalDate) value) : value;
      }
      return new MapRecord(mapping.schema, new Values(mapping.names, values));
    }

    /**
     * The DATE value of a day. java.sql.Date is what NiFi's own readers produce for DATE on every
     * NiFi 2.x version, and what every writer formats with its Date Format (CSV would write a
     * LocalDate as ISO text whatever the format). Making one costs calendar arithmetic, and so does
     * the writer's first read of it: rows of a page share days, so each day's is made once.
     */
    private java.sql.Date sqlDate(LocalDate day) {
      if (dates == null) {
        days = new long[DATE_SLOTS];
        dates = new java.sql.Date[DATE_SLOTS];
      }
      long epochDay = day.toEpochDay();
      int slot = (int) (epochDay & (DATE_SLOTS - 1));
      java.sql.Date date = dates[slot];
      if (date == null || days[slot] != epochDay) {
        date = java.sql.Date.valueOf(day);
        dates[slot] = date;
        days[slot] = epochDay;
      }
      return date;
    }
  }

  /**
   * The values of one record for {@link MapRecord}: an array in schema order, looked up by field
   * name. Records are written once and dropped, so only the schema's fields can be set.
   */
  private static final class Values extends AbstractMap<String, Object> {
    private final String[] names;
    private final Object[] values;

    Values(String[] names, Object[] values) {
      this.names = names;
      this.values = values;
    }

    private int indexOf(Object name) {
      // The writers ask with the schema's own field names: compare references first.
      for (int i = 0; i < names.length; i++) {
        if (names[i] == name) {
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Object get(Object name) {
      int index = indexOf(name);
      return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
      return indexOf(name) >= 0;
    }

    @Override
    public Object put(String name, Object value) {
      int index = indexOf(name);
      if (index < 0) {
        throw new UnsupportedOperationException(
            "No field " + name + " in the schema; the fields are " + Arrays.toString(names));
      }
      Object previous = values[index];
      values[index] = value;
      return previous;
    }

    @Override
    public int size() {
      return names.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Object>> iterator() {
          return IntStream.range(0, names.length)
              .<Entry<String, Object>>mapToObj(i -> new SimpleImmutableEntry<>(names[i], values[i]))
              .iterator();
        }

        @Override
        public int size() {
          return names.length;
        }
      };
    }
  }

  private record Field<T>(
      String name, DataType type, boolean nullable, Function<T, Object> extractor, boolean date) {}

  /** Declares the fields of a {@link RecordMapping} in output order. */
  public static final class Builder<T> {
    private final String name;
    private final List<Field<T>> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** A STRING field; null stays null. */
    public Builder<T> string(String field, Function<T, ?> value) {
      return add(
          field,
          RecordFieldType.STRING,
          true,
          row -> {
            Object raw = value.apply(row);
            // Tolerant API values (reason_lost, link_type, ...) are records wrapping the raw
            // string.
            return raw == null ? null : raw.toString();
          });
    }

    /** A LONG field (API counts). */
    public Builder<T> count(String field, Function<T, Long> value) {
      return add(field, RecordFieldType.LONG, false, value::apply);
    }

    /** A BOOLEAN field. */
    public Builder<T> bool(String field, Function<T, Boolean> value) {
      return add(field, RecordFieldType.BOOLEAN, false, value::apply);
    }

    /** A DATE field; null stays null. */
    public Builder<T> date(String field, Function<T, LocalDate> value) {
      fields.add(new Field<>(field, RecordFieldType.DATE.getDataType(), true, value::apply, true));
      return this;
    }

    /** An INT field for an InLink Rank: null when the API reports it as unknown (-1). */
    public Builder<T> rank(String field, Function<T, InlinkRank> value) {
      return add(
          field,
          RecordFieldType.INT,
          true,
          row -> {
            InlinkRank rank = value.apply(row);
            return rank == null || !rank.isKnown() ? null : rank.raw();
          });
    }

    private Builder<T> add(
        String field, RecordFieldType type, boolean nullable, Function<T, Object> extractor) {
      fields.add(new Field<>(field, type.getDataType(), nullable, extractor, false));
      return this;
    }

    /** Builds the mapping. */
    public RecordMapping<T> build() {
      return new RecordMapping<>(name, fields);
    }
  }
}
