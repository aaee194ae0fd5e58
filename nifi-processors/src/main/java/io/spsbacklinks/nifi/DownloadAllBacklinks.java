package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.ExportTaskException;
import io.spsbacklinks.core.MalformedResponseException;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.TaskStatus;
import io.spsbacklinks.nifi.record.RecordMappings;
import io.spsbacklinks.nifi.record.RecordWriting;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.InputRequirement.Requirement;
import org.apache.nifi.annotation.behavior.ReadsAttribute;
import org.apache.nifi.annotation.behavior.ReadsAttributes;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.MultiProcessorUseCase;
import org.apache.nifi.annotation.documentation.ProcessorConfiguration;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.documentation.UseCase;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * download-all-backlinks: the asynchronous export of all backlinks of a target, polled without
 * holding a thread and streamed into records.
 */
@Tags({"seo", "backlinks", "seopowersuite", "export", "csv", "async", "record", "all"})
@CapabilityDescription(
    "Exports all backlinks of the target of each incoming FlowFile with"
        + " download-all-backlinks. The first run starts the export task and puts its id on the"
        + " FlowFile, which is penalized and returned to the incoming queue; each later run polls"
        + " download-all-backlinks-status once, so no thread waits (the Penalty Duration is the poll"
        + " interval). When the task is complete, the .csv.gz file is downloaded (without the API"
        + " key) and streamed into backlink records through the Record Writer, never held in"
        + " memory. A 'rejected' task (an earlier export of the key is still running) is started"
        + " again after the penalty. Each exported backlink costs one API unit.")
@InputRequirement(Requirement.INPUT_REQUIRED)
@ReadsAttributes({
  @ReadsAttribute(
      attribute = "backlinks.task.id",
      description = "The export task to poll; when absent, a new export is started."),
  @ReadsAttribute(
      attribute = "backlinks.task.requested",
      description = "When the export was first requested (ISO-8601), for the Export Timeout.")
})
@WritesAttributes({
  @WritesAttribute(attribute = "backlinks.task.id", description = "The export task id."),
  @WritesAttribute(
      attribute = "backlinks.task.status",
      description =
          "The last task status: queued_for_processing, processing, complete, rejected, ..."),
  @WritesAttribute(
      attribute = "backlinks.task.requested",
      description = "When the export was first requested (ISO-8601)."),
  @WritesAttribute(
      attribute = "backlinks.download.file",
      description = "The location of the exported file (it holds no API key)."),
  @WritesAttribute(attribute = "record.count", description = "Backlinks exported."),
  @WritesAttribute(attribute = "mime.type", description = "The Record Writer's MIME type."),
  @WritesAttribute(attribute = "backlinks.target", description = "The target."),
  @WritesAttribute(attribute = "backlinks.mode", description = "The mode."),
  @WritesAttribute(
      attribute = "backlinks.error.code",
      description = "On failure or retry: the HTTP status or error token."),
  @WritesAttribute(
      attribute = "backlinks.error.message",
      description = "On failure or retry: what went wrong (never the API key).")
})
@SeeAlso({PageRawBacklinks.class, GetBacklinks.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Export all backlinks of the site named by each incoming FlowFile.",
    keywords = {"export", "all backlinks", "csv.gz"},
    configuration =
        """
        Set Target to an expression reading the incoming FlowFile, e.g. ${site}, and Mode.
        Set Penalty Duration (Settings) to the poll interval, e.g. 30 sec.
        Choose a Record Writer. Loop retry back to this processor.
        """)
@MultiProcessorUseCase(
    description = "Export all backlinks of a site every week to files.",
    keywords = {"export", "all backlinks", "weekly"},
    configurations = {
      @ProcessorConfiguration(
          processorClassName = "org.apache.nifi.processors.standard.GenerateFlowFile",
          configuration =
              """
                Set Execution to Primary node, the Run Schedule to 7 days (or a CRON
                expression) and add a property site = example.com.
                """),
      @ProcessorConfiguration(
          processorClass = DownloadAllBacklinks.class,
          configuration =
              """
                Set Target to ${site}, Mode to domain, a Record Writer, and Penalty Duration
                (Settings) to the poll interval, e.g. 30 sec. Loop retry back to this processor.
                """),
      @ProcessorConfiguration(
          processorClassName = "org.apache.nifi.processors.standard.PutFile",
          configuration = "Write success to a directory.")
    })
public class DownloadAllBacklinks extends AbstractBacklinksProcessor {
  static final PropertyDescriptor EXPORT_TIMEOUT =
      new PropertyDescriptor.Builder()
          .name("Export Timeout")
          .description(
              "How long an export may take, from its first request until it is complete;"
                  + " then the FlowFile goes to failure with backlinks.error.code export_timeout.")
          .required(true)
          .defaultValue("1 hour")
          .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
          .build();

  static final String TASK_ID = "backlinks.task.id";
  static final String TASK_STATUS = "backlinks.task.status";
  static final String TASK_REQUESTED = "backlinks.task.requested";
  static final String DOWNLOAD_FILE = "backlinks.download.file";

  private static final List<PropertyDescriptor> PROPERTIES =
      List.of(
          BacklinksProperties.API_SERVICE,
          BacklinksProperties.TARGET,
          BacklinksProperties.MODE,
          EXPORT_TIMEOUT,
          BacklinksProperties.RECORD_WRITER);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    FlowFile input = session.get();
    if (input == null) {
      return;
    }
    try {
      String target = BacklinksProperties.target(context, input);
      Mode mode = BacklinksProperties.mode(context, input);
      BacklinksClient client = client(context);
      String requested = input.getAttribute(TASK_REQUESTED);
      if (requested == null) {
        requested = clock.instant().toString();
      }
      String taskId = input.getAttribute(TASK_ID);
      ExportTask task =
          taskId == null
              ? client.downloadAllBacklinks(target, mode)
              : client.downloadAllBacklinksStatus(taskId);
      TaskStatus status = task.taskStatus();
      Map<String, String> attributes = new HashMap<>();
      attributes.put(TASK_STATUS, status.value());
      attributes.put(TASK_REQUESTED, requested);
      if (task.taskId() != null && !task.taskId().isEmpty()) {
        attributes.put(TASK_ID, task.taskId());
      }
      input = session.putAllAttributes(input, attributes);

      if (status.isComplete()) {
        download(context, session, input, client, task, target, mode);
        return;
      }
      if (status.equals(TaskStatus.UNKNOWN_OR_DELETED)) {
        throw new ExportTaskException(task.taskId(), status, "the export cannot complete");
      }
      Duration timeout =
          Duration.ofMillis(
              context.getProperty(EXPORT_TIMEOUT).asTimePeriod(TimeUnit.MILLISECONDS));
      Duration elapsed = Duration.between(Instant.parse(requested), clock.instant());
      if (elapsed.compareTo(timeout) > 0) {
        throw new ExportTimeoutException(task.taskId(), status, elapsed, timeout);
      }
      if (status.equals(TaskStatus.REJECTED)) {
        // An earlier export of this key is still running: start this one again later.
        input = session.removeAttribute(input, TASK_ID);
      } else if (!status.isPending()) {
        getLogger()
            .warn(
                "Export task {} has an unknown status '{}'; polling it again later",
                task.taskId(),
                status.value());
      }
      // Back to the incoming queue; the penalty is the poll interval, no thread waits.
      session.transfer(session.penalize(input));
    } catch (IOException e) {
      // The content repository, not the API: roll back and let the framework yield.
      throw new ProcessException("Cannot write the exported records", e);
    } catch (BacklinksException | SchemaNotFoundException e) {
      fail(context, session, input, e);
    }
  }

  private void download(
      ProcessContext context,
      ProcessSession session,
      FlowFile input,
      BacklinksClient client,
      ExportTask task,
      String target,
      Mode mode)
      throws IOException, SchemaNotFoundException {
    if (task.downloadFile() == null || task.downloadFile().isBlank()) {
      throw new MalformedResponseException(
          "download-all-backlinks-status",
          target,
          "task " + task.taskId() + " is complete but has no download_file",
          null);
    }
    HttpUrl location = client.endpoint().resolve(task.downloadFile().trim());
    String file = Redaction.redact(location == null ? task.downloadFile() : location.toString());
    RecordSetWriterFactory writerFactory =
        context
            .getProperty(BacklinksProperties.RECORD_WRITER)
            .asControllerService(RecordSetWriterFactory.class);
    long started = System.nanoTime();
    FlowFile output = session.create(input);
    try (RowStream<Backlink> rows = client.openExport(task.downloadFile())) {
      output =
          RecordWriting.write(
              session, output, writerFactory, RecordMappings.BACKLINK, rows, getLogger());
    } catch (IOException | SchemaNotFoundException | RuntimeException e) {
      session.remove(output);
      throw e;
    }
    output =
        session.putAllAttributes(
            output,
            Map.of(
                TARGET_ATTRIBUTE, target, MODE_ATTRIBUTE, mode.wireValue(), DOWNLOAD_FILE, file));
    session
        .getProvenanceReporter()
        .fetch(output, file, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    session.transfer(output, REL_SUCCESS);
    transferOriginal(session, session.putAttribute(input, DOWNLOAD_FILE, file));
  }
}
