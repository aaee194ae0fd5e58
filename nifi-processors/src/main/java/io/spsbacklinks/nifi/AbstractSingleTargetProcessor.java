package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.schema.access.SchemaNotFoundException;

/**
 * A list command of one target (get-backlinks, get-refdomains, get-new-lost-*): Target and Mode,
 * the command's own parameters, and one request, written as one FlowFile of records, per run.
 *
 * @param <T> the row type
 */
public abstract class AbstractSingleTargetProcessor<T> extends AbstractRecordsProcessor<T> {
  /**
   * Sends the request.
   *
   * @param input the incoming FlowFile for expression language, null when running as a source
   */
  protected abstract RowStream<T> query(
      BacklinksClient client, ProcessContext context, FlowFile input, String target, Mode mode);

  /** The service, Target and Mode, then {@code specific}, then the Record Writer. */
  static List<PropertyDescriptor> properties(PropertyDescriptor... specific) {
    List<PropertyDescriptor> properties = new ArrayList<>();
    properties.add(BacklinksProperties.API_SERVICE);
    properties.add(BacklinksProperties.TARGET);
    properties.add(BacklinksProperties.MODE);
    properties.addAll(List.of(specific));
    properties.add(BacklinksProperties.RECORD_WRITER);
    return List.copyOf(properties);
  }

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    FlowFile input = incoming(context, session);
    if (isIdle(context, input)) {
      return;
    }
    try {
      long started = System.nanoTime();
      String target = BacklinksProperties.target(context, input);
      Mode mode = BacklinksProperties.mode(context, input);
      try (RowStream<T> rows = query(client(context), context, input, target, mode)) {
        writeRecords(
            context,
            session,
            input,
            rows,
            target,
            mode,
            Map.of(TARGET_ATTRIBUTE, target, MODE_ATTRIBUTE, mode.wireValue()),
            started);
      }
      transferOriginal(session, input);
    } catch (IOException e) {
      // The content repository, not the API: roll back and let the framework yield.
      throw new ProcessException("Cannot write the records", e);
    } catch (BacklinksException | SchemaNotFoundException e) {
      fail(context, session, input, e);
    }
  }
}
