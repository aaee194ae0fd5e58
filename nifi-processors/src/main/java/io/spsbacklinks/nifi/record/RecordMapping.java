package io.spsbacklinks.nifi.record;

import io.spsbacklinks.core.model.InlinkRank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
    Map<String, Object> values = new LinkedHashMap<>(fields.size() * 2);
    for (Field<T> field : fields) {
      values.put(field.name, field.extractor.apply(row));
    }
    return new MapRecord(schema, values);
  }

  private record Field<T>(
      String name, DataType type, boolean nullable, Function<T, Object> extractor) {}

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
      return add(
          field,
          RecordFieldType.DATE,
          true,
          row -> {
            LocalDate date = value.apply(row);
            // java.sql.Date is what NiFi's own readers produce for DATE on every NiFi 2.x version.
            return date == null ? null : java.sql.Date.valueOf(date);
          });
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
      fields.add(new Field<>(field, type.getDataType(), nullable, extractor));
      return this;
    }

    /** Builds the mapping. */
    public RecordMapping<T> build() {
      return new RecordMapping<>(name, fields);
    }
  }
}
