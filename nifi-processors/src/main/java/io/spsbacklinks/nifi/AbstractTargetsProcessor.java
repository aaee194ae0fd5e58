package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.Mode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.nifi.components.AllowableValue;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.ValidationResult;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.record.path.FieldValue;
import org.apache.nifi.record.path.RecordPath;
import org.apache.nifi.record.path.exception.RecordPathException;
import org.apache.nifi.record.path.util.RecordPathCache;
import org.apache.nifi.record.path.validation.RecordPathValidator;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.MalformedRecordException;
import org.apache.nifi.serialization.RecordReader;
import org.apache.nifi.serialization.RecordReaderFactory;
import org.apache.nifi.serialization.record.Record;

/**
 * A batch command (get-metrics, get-inlink-rank) over many targets, taken from the Targets property
 * or from the incoming FlowFile's records, requested 100 at a time, each batch written as its own
 * FlowFile. Finished batches are checkpointed: when a later batch fails, the incoming FlowFile goes
 * to retry or failure with {@value #TARGETS_DONE}, and the next attempt starts after those targets,
 * so no finished batch is requested (and paid for) twice.
 *
 * @param <T> the row type
 */
public abstract class AbstractTargetsProcessor<T> extends AbstractRecordsProcessor<T> {
  /** Compiled Target Fields: the property may differ per FlowFile through expression language. */
  private static final RecordPathCache RECORD_PATHS = new RecordPathCache(25);

  /** Targets of the incoming FlowFile whose results were written (a multiple of 100). */
  static final String TARGETS_DONE = "backlinks.targets.done";

  /** 0-based index of a batch of 100 targets within its run or incoming FlowFile. */
  static final String BATCH_INDEX = "backlinks.batch.index";

  static final AllowableValue FROM_PROPERTY =
      new AllowableValue(
          "Targets Property", "Targets Property", "The Targets property lists the targets.");

  static final AllowableValue FROM_RECORDS =
      new AllowableValue(
          "Incoming Records",
          "Incoming Records",
          "Each record of the incoming FlowFile holds a target in the Target"
              + " Field; needs an incoming connection and a Record Reader.");

  static final PropertyDescriptor TARGET_SOURCE =
      new PropertyDescriptor.Builder()
          .name("Target Source")
          .description("Where the targets come from.")
          .required(true)
          .allowableValues(FROM_PROPERTY, FROM_RECORDS)
          .defaultValue(FROM_PROPERTY.getValue())
          .build();

  static final PropertyDescriptor TARGETS =
      new PropertyDescriptor.Builder()
          .name("Targets")
          .description(
              "The targets, separated by commas or line breaks. With an incoming FlowFile,"
                  + " expressions see its attributes. A target that contains a comma must come from"
                  + " records.")
          .required(true)
          .dependsOn(TARGET_SOURCE, FROM_PROPERTY)
          .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
          .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
          .build();

  static final PropertyDescriptor RECORD_READER =
      new PropertyDescriptor.Builder()
          .name("Record Reader")
          .description("Reads the incoming FlowFile's records.")
          .required(true)
          .dependsOn(TARGET_SOURCE, FROM_RECORDS)
          .identifiesControllerService(RecordReaderFactory.class)
          .build();

  /** A bare field name, taken as the RecordPath {@code /name}, as the property's default was. */
  private static final Pattern FIELD_NAME = Pattern.compile("[^/\\[\\]()*'\"\\s]+");

  static final PropertyDescriptor TARGET_FIELD =
      new PropertyDescriptor.Builder()
          .name("Target Field")
          .description(
              "A RecordPath to the target of each record, e.g. /target, /site/url,"
                  + " /sites[*] (every element is a target) or substringBefore(/url, '#'); a bare"
                  + " field name such as target means /target. Every value the path selects is"
                  + " one target; a record where it selects none, or only blank values, is an"
                  + " error.")
          .required(true)
          .dependsOn(TARGET_SOURCE, FROM_RECORDS)
          .defaultValue("/target")
          .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
          .addValidator(
              (subject, input, context) ->
                  input != null && FIELD_NAME.matcher(input).matches()
                      ? new ValidationResult.Builder()
                          .subject(subject)
                          .input(input)
                          .valid(true)
                          .build()
                      : new RecordPathValidator().validate(subject, input, context))
          .build();

  /** The service and the target source, then {@code specific}, then the Record Writer. */
  static List<PropertyDescriptor> properties(PropertyDescriptor... specific) {
    List<PropertyDescriptor> properties =
        new ArrayList<>(
            List.of(
                BacklinksProperties.API_SERVICE,
                TARGET_SOURCE,
                TARGETS,
                RECORD_READER,
                TARGET_FIELD));
    properties.addAll(List.of(specific));
    properties.add(BacklinksProperties.RECORD_WRITER);
    return List.copyOf(properties);
  }

  /**
   * One request for a batch of at most {@value BacklinksClient#MAX_BATCH} targets.
   *
   * @param input the incoming FlowFile for expression language, null when running as a source
   */
  protected abstract List<T> fetch(
      ProcessContext context, FlowFile input, BacklinksClient client, List<String> batch);

  /** The mode the command sends, for attributes and the transit URI; null when it has none. */
  protected abstract Mode mode(ProcessContext context, FlowFile input);

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    FlowFile input = incoming(context, session);
    if (isIdle(context, input)) {
      return;
    }
    long done =
        input == null || input.getAttribute(TARGETS_DONE) == null
            ? 0
            : Long.parseLong(input.getAttribute(TARGETS_DONE));
    long written = done;
    try {
      Mode mode = mode(context, input);
      BacklinksClient client = client(context);
      // Closed before the incoming FlowFile is routed, which needs its content stream closed.
      try (Targets targets = targets(context, session, input)) {
        targets.skip(done);
        for (List<String> batch = targets.nextBatch();
            !batch.isEmpty();
            batch = targets.nextBatch()) {
          long started = System.nanoTime();
          List<T> rows = fetch(context, input, client, batch);
          Map<String, String> attributes = new HashMap<>();
          attributes.put(BATCH_INDEX, String.valueOf(written / BacklinksClient.MAX_BATCH));
          if (mode != null) {
            attributes.put(MODE_ATTRIBUTE, mode.wireValue());
          }
          writeRecords(context, session, input, rows.iterator(), null, mode, attributes, started);
          written += batch.size();
        }
      }
      transferOriginal(
          session, input == null ? null : session.removeAttribute(input, TARGETS_DONE));
    } catch (IOException e) {
      // The content repository, not the API: roll back and let the framework yield.
      throw new ProcessException("Cannot read targets or write records", e);
    } catch (BacklinksException | MalformedRecordException | SchemaNotFoundException e) {
      // The batches written so far stay on success; the checkpoint skips them next time.
      if (input != null) {
        input = session.putAttribute(input, TARGETS_DONE, String.valueOf(written));
      }
      fail(context, session, input, e);
    }
  }

  /** The targets of a run, read one at a time. */
  private abstract static class Targets implements Closeable {
    /** The next target, null after the last. */
    abstract String next() throws MalformedRecordException;

    void skip(long count) throws MalformedRecordException {
      for (long i = 0; i < count && next() != null; i++) {
        // Already requested by an earlier attempt.
      }
    }

    /** The next batch, empty after the last target. */
    List<String> nextBatch() throws MalformedRecordException {
      List<String> batch = new ArrayList<>(BacklinksClient.MAX_BATCH);
      String target;
      while (batch.size() < BacklinksClient.MAX_BATCH && (target = next()) != null) {
        batch.add(target);
      }
      return batch;
    }

    @Override
    public void close() throws IOException {}
  }

  /**
   * The targets of this run.
   *
   * @param input the incoming FlowFile, null when running as a source
   */
  private Targets targets(ProcessContext context, ProcessSession session, FlowFile input)
      throws MalformedRecordException, SchemaNotFoundException {
    if (!FROM_RECORDS.getValue().equals(context.getProperty(TARGET_SOURCE).getValue())) {
      String targets = BacklinksProperties.evaluate(context, TARGETS, input);
      Iterator<String> split =
          Arrays.stream(targets == null ? new String[0] : targets.split("[,\\r\\n]+"))
              .map(String::trim)
              .filter(t -> !t.isEmpty())
              .iterator();
      return new Targets() {
        @Override
        String next() {
          return split.hasNext() ? split.next() : null;
        }
      };
    }
    if (input == null) {
      throw new InvalidParameterException(
          "Target Source",
          FROM_RECORDS.getValue(),
          "Targets Property when there is no incoming connection to read records from");
    }
    return new RecordTargets(context, session, input);
  }

  /** The targets the Target Field selects in each incoming record, read one record at a time. */
  private final class RecordTargets extends Targets {
    private final InputStream in;
    private final RecordReader reader;
    private final String field;
    private final RecordPath path;
    private final Deque<String> pending = new ArrayDeque<>();
    private long index;

    RecordTargets(ProcessContext context, ProcessSession session, FlowFile input)
        throws MalformedRecordException, SchemaNotFoundException {
      this.field = BacklinksProperties.evaluate(context, TARGET_FIELD, input);
      this.path = compile(field);
      RecordReaderFactory readerFactory =
          context.getProperty(RECORD_READER).asControllerService(RecordReaderFactory.class);
      this.in = session.read(input);
      try {
        this.reader = readerFactory.createRecordReader(input, in, getLogger());
      } catch (IOException e) {
        closeQuietly();
        // Readers parse eagerly: an I/O error here is content that is not what the reader
        // expects.
        throw new MalformedRecordException("Cannot read the incoming records: " + e, e);
      } catch (MalformedRecordException | SchemaNotFoundException | RuntimeException e) {
        closeQuietly();
        throw e;
      }
    }

    private static RecordPath compile(String field) {
      String allowed = "a RecordPath such as /target or /site/url, or a field name";
      if (field == null || field.isEmpty()) {
        throw new InvalidParameterException("Target Field", field, allowed);
      }
      try {
        return RECORD_PATHS.getCompiled(FIELD_NAME.matcher(field).matches() ? "/" + field : field);
      } catch (RecordPathException e) {
        throw new InvalidParameterException("Target Field", field, allowed + ": " + e.getMessage());
      }
    }

    @Override
    String next() throws MalformedRecordException {
      while (pending.isEmpty()) {
        Record record;
        try {
          record = reader.nextRecord();
        } catch (IOException e) {
          throw new MalformedRecordException("Record " + (index + 1) + " cannot be read: " + e, e);
        }
        if (record == null) {
          return null;
        }
        index++;
        path.evaluate(record)
            .getSelectedFields()
            .map(FieldValue::getValue)
            .forEach(value -> pending.add(target(value)));
        if (pending.isEmpty()) {
          throw invalidTarget(null);
        }
      }
      return pending.poll();
    }

    private String target(Object value) {
      // An array or a record is not a target: its elements or fields are (/sites[*], /site/url).
      String target =
          value == null || value instanceof Object[] || value instanceof Record
              ? null
              : value.toString();
      if (target == null || target.isBlank()) {
        throw invalidTarget(target);
      }
      return target.trim();
    }

    private InvalidParameterException invalidTarget(String target) {
      return new InvalidParameterException(
          "target",
          target,
          "a non-blank value selected by Target Field '" + field + "' (record " + index + ")");
    }

    private void closeQuietly() {
      try {
        in.close();
      } catch (IOException e) {
        // Only read from: nothing to lose.
      }
    }

    @Override
    public void close() throws IOException {
      try (in) {
        reader.close();
      }
    }
  }
}
