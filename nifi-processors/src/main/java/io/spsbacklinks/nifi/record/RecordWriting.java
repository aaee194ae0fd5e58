package io.spsbacklinks.nifi.record;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.flowfile.attributes.CoreAttributes;
import org.apache.nifi.logging.ComponentLog;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.RecordSetWriter;
import org.apache.nifi.serialization.RecordSetWriterFactory;
import org.apache.nifi.serialization.WriteResult;
import org.apache.nifi.serialization.record.RecordSchema;

/** Streams rows into a FlowFile through the configured Record Writer, one record at a time. */
public final class RecordWriting {
  /** The attribute holding the number of records written. */
  public static final String RECORD_COUNT = "record.count";

  private RecordWriting() {}

  /**
   * Writes every remaining row of {@code rows} as a record set into {@code flowFile}'s content and
   * adds {@code record.count}, {@code mime.type} and the writer's own attributes. Nothing is
   * buffered here: memory does not grow with the number of rows.
   *
   * @return the updated FlowFile
   * @throws IOException when the content cannot be written
   * @throws SchemaNotFoundException when the writer cannot resolve its schema
   * @throws RuntimeException whatever reading {@code rows} throws, e.g. a client exception
   */
  public static <T> FlowFile write(
      ProcessSession session,
      FlowFile flowFile,
      RecordSetWriterFactory writerFactory,
      RecordMapping<T> mapping,
      Iterator<? extends T> rows,
      ComponentLog logger)
      throws IOException, SchemaNotFoundException {
    Map<String, String> attributes = new HashMap<>();
    RecordSchema schema = writerFactory.getSchema(flowFile.getAttributes(), mapping.schema());
    try (OutputStream out = session.write(flowFile);
        RecordSetWriter writer = writerFactory.createWriter(logger, schema, out, flowFile)) {
      RecordMapping.Converter<T> converter = mapping.converter();
      writer.beginRecordSet();
      while (rows.hasNext()) {
        writer.write(converter.toRecord(rows.next()));
      }
      WriteResult result = writer.finishRecordSet();
      attributes.putAll(result.getAttributes());
      attributes.put(RECORD_COUNT, String.valueOf(result.getRecordCount()));
      attributes.put(CoreAttributes.MIME_TYPE.key(), writer.getMimeType());
    }
    return session.putAllAttributes(flowFile, attributes);
  }
}
