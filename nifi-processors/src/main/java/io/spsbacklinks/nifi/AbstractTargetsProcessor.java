package io.spsbacklinks.nifi;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.RowStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.nifi.components.AllowableValue;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.MalformedRecordException;
import org.apache.nifi.serialization.RecordReader;
import org.apache.nifi.serialization.RecordReaderFactory;
import org.apache.nifi.serialization.record.Record;

/**
 * A batch command (get-metrics, get-inlink-rank) over many targets, taken from the Targets
 * property or from the incoming FlowFile's records, requested 100 at a time.
 *
 * @param <T> the row type
 */
public abstract class AbstractTargetsProcessor<T> extends AbstractRecordsProcessor<T> {
  static final AllowableValue FROM_PROPERTY = new AllowableValue("Targets Property",
      "Targets Property", "The Targets property lists the targets.");

  static final AllowableValue FROM_RECORDS = new AllowableValue("Incoming Records",
      "Incoming Records", "Each record of the incoming FlowFile holds a target in the Target"
          + " Field; needs an incoming connection and a Record Reader.");

  static final PropertyDescriptor TARGET_SOURCE = new PropertyDescriptor.Builder()
      .name("Target Source")
      .description("Where the targets come from.")
      .required(true)
      .allowableValues(FROM_PROPERTY, FROM_RECORDS)
      .defaultValue(FROM_PROPERTY.getValue())
      .build();

  static final PropertyDescriptor TARGETS = new PropertyDescriptor.Builder()
      .name("Targets")
      .description("The targets, separated by commas or line breaks. With an incoming FlowFile,"
          + " expressions see its attributes. A target that contains a comma must come from"
          + " records.")
      .required(true)
      .dependsOn(TARGET_SOURCE, FROM_PROPERTY)
      .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
      .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
      .build();

  static final PropertyDescriptor RECORD_READER = new PropertyDescriptor.Builder()
      .name("Record Reader")
      .description("Reads the incoming FlowFile's records.")
      .required(true)
      .dependsOn(TARGET_SOURCE, FROM_RECORDS)
      .identifiesControllerService(RecordReaderFactory.class)
      .build();

  static final PropertyDescriptor TARGET_FIELD = new PropertyDescriptor.Builder()
      .name("Target Field")
      .description("The name of the top-level record field holding the target.")
      .required(true)
      .dependsOn(TARGET_SOURCE, FROM_RECORDS)
      .defaultValue("target")
      .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
      .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
      .build();

  /** The service and the target source, then {@code specific}, then the Record Writer. */
  static List<PropertyDescriptor> properties(PropertyDescriptor... specific) {
    List<PropertyDescriptor> properties = new ArrayList<>(List.of(BacklinksProperties.API_SERVICE,
        TARGET_SOURCE, TARGETS, RECORD_READER, TARGET_FIELD));
    properties.addAll(List.of(specific));
    properties.add(BacklinksProperties.RECORD_WRITER);
    return List.copyOf(properties);
  }

  /**
   * The results of {@code fetch} for all targets, fetched lazily in batches of 100.
   *
   * @param input the incoming FlowFile, null when running as a source
   */
  RowStream<T> targets(ProcessContext context, ProcessSession session, FlowFile input,
      Function<List<String>, List<T>> fetch)
      throws IOException, MalformedRecordException, SchemaNotFoundException {
    if (!FROM_RECORDS.getValue().equals(context.getProperty(TARGET_SOURCE).getValue())) {
      String targets = BacklinksProperties.evaluate(context, TARGETS, input);
      Iterator<String> split = Arrays.stream(targets == null ? new String[0]
          : targets.split("[,\\r\\n]+")).map(String::trim).filter(t -> !t.isEmpty()).iterator();
      return new BatchedRows<>(split, () -> { }, fetch);
    }
    if (input == null) {
      throw new ProcessException("Target Source is " + FROM_RECORDS.getValue()
          + " but there is no incoming connection to read records from");
    }
    String field = BacklinksProperties.evaluate(context, TARGET_FIELD, input);
    RecordReaderFactory readerFactory = context.getProperty(RECORD_READER)
        .asControllerService(RecordReaderFactory.class);
    InputStream in = session.read(input);
    try {
      RecordReader reader = readerFactory.createRecordReader(input, in, getLogger());
      return new BatchedRows<>(new RecordTargets(reader, field), () -> {
        try (in) {
          reader.close();
        }
      }, fetch);
    } catch (IOException e) {
      in.close();
      // Readers parse eagerly: an I/O error here is content that is not what the reader expects.
      throw new MalformedRecordException("Cannot read the incoming records: " + e, e);
    } catch (MalformedRecordException | SchemaNotFoundException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The target field of each record, read one record at a time. */
  private static final class RecordTargets implements Iterator<String> {
    private final RecordReader reader;
    private final String field;
    private Record next;
    private long index;

    RecordTargets(RecordReader reader, String field) {
      this.reader = reader;
      this.field = field;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        try {
          next = reader.nextRecord();
        } catch (IOException | MalformedRecordException e) {
          throw new ProcessException("Record " + (index + 1) + " cannot be read",
              e instanceof MalformedRecordException ? e
                  : new MalformedRecordException("Cannot read the incoming records: " + e, e));
        }
      }
      return next != null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      index++;
      String target = next.getAsString(field);
      next = null;
      if (target == null || target.isBlank()) {
        throw new InvalidParameterException("target", target,
            "a non-blank value in record field '" + field + "' (record " + index + ")");
      }
      return target.trim();
    }
  }
}
