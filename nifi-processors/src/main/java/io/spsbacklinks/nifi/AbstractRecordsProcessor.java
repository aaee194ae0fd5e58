package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.nifi.record.RecordMapping;
import io.spsbacklinks.nifi.record.RecordWriting;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.MalformedRecordException;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * A processor that makes one request (or one batched series of requests) per trigger and writes
 * all returned rows as one FlowFile of records. With an incoming connection it runs once per
 * incoming FlowFile (expressions see its attributes); without one it runs on its schedule.
 *
 * @param <T> the row type
 */
public abstract class AbstractRecordsProcessor<T> extends AbstractBacklinksProcessor {
  /**
   * The rows of one request and what describes it.
   *
   * @param rows the rows, closed after writing
   * @param target the target, for {@code backlinks.target} and the transit URI; null for batches
   * @param mode the mode, for {@code backlinks.mode} and the transit URI; null when not sent
   */
  protected record Call<T>(RowStream<T> rows, String target, Mode mode) {}

  /** The API command, for the transit URI. */
  protected abstract String command();

  /** How rows become records. */
  protected abstract RecordMapping<T> mapping();

  /**
   * Sends the request(s) of one trigger.
   *
   * @param input the incoming FlowFile, null when running as a source
   */
  protected abstract Call<T> call(ProcessContext context, ProcessSession session, FlowFile input,
      BacklinksClient client) throws IOException, MalformedRecordException, SchemaNotFoundException;

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    FlowFile input = null;
    if (context.hasIncomingConnection()) {
      input = session.get();
      if (input == null) {
        return;
      }
    }
    BacklinksClient client = client(context);
    RecordSetWriterFactory writerFactory = context.getProperty(BacklinksProperties.RECORD_WRITER)
        .asControllerService(RecordSetWriterFactory.class);
    FlowFile output = null;
    try {
      long started = System.nanoTime();
      // Created before the call, which may open the incoming FlowFile's content for reading.
      output = input == null ? session.create() : session.create(input);
      Call<T> call = call(context, session, input, client);
      try (RowStream<T> rows = call.rows()) {
        output = RecordWriting.write(session, output, writerFactory, mapping(), rows, getLogger());
      }
      Map<String, String> attributes = new HashMap<>();
      if (call.target() != null) {
        attributes.put(TARGET_ATTRIBUTE, call.target());
      }
      if (call.mode() != null) {
        attributes.put(MODE_ATTRIBUTE, call.mode().wireValue());
      }
      output = session.putAllAttributes(output, attributes);
      session.getProvenanceReporter().receive(output,
          transitUri(client, command(), call.target(), call.mode()),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      session.transfer(output, REL_SUCCESS);
      transferOriginal(session, input);
    } catch (Exception e) {
      if (output != null) {
        session.remove(output);
      }
      fail(context, session, input, e);
    }
  }
}
