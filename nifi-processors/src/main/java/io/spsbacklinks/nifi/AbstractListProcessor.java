package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Mode;
import java.util.ArrayList;
import java.util.List;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;

/**
 * A list command of one target (get-backlinks, get-refdomains, get-new-lost-*): Target and Mode,
 * the command's own parameters, and one FlowFile of records per request.
 *
 * @param <T> the row type
 */
public abstract class AbstractListProcessor<T> extends AbstractRecordsProcessor<T> {
  /**
   * Sends the request.
   *
   * @param input the incoming FlowFile for expression language, null when running as a source
   */
  protected abstract RowStream<T> query(BacklinksClient client, ProcessContext context,
      FlowFile input, String target, Mode mode);

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
  protected Call<T> call(ProcessContext context, ProcessSession session, FlowFile input,
      BacklinksClient client) {
    String target = BacklinksProperties.target(context, input);
    Mode mode = BacklinksProperties.mode(context, input);
    return new Call<>(query(client, context, input, target, mode), target, mode);
  }
}
