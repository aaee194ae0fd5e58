package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.nifi.record.RecordMapping;
import io.spsbacklinks.nifi.record.RecordWriting;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.nifi.annotation.configuration.DefaultSchedule;
import org.apache.nifi.controller.NodeTypeProvider;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * A processor that writes the rows of its requests as FlowFiles of records. With an incoming
 * connection (other than a loop to itself) it runs once per incoming FlowFile, whose attributes
 * expressions see; without one it is a source that runs on its schedule.
 *
 * <p>A source on a cluster requests only on the primary node. NiFi's rules allow both shapes in one
 * processor: {@code INPUT_ALLOWED} adds no connection check, and only a processor set to Primary
 * Node execution is refused an incoming connection, self-loops included (nifi-framework-components
 * .../controller/StandardProcessorNode.java, validate). Not being {@code @PrimaryNodeOnly}, it runs
 * on every node unless the user picks Primary Node, which a {@code retry} loop forbids; so the
 * source itself skips its run on the other nodes, with the rule NiFi applies to Primary Node
 * processors (nifi-framework-core .../controller/tasks/ConnectableTask.java, isRunOnCluster: not
 * configured for clustering, or primary). Fed by a connection it runs on every node, each on the
 * FlowFiles queued there.
 *
 * <p>The default schedule is for the source: each run is paid for, so a new processor must not run
 * every 0 sec. Fed by a connection, set the Run Schedule to 0 sec. {@code @DefaultSchedule} is
 * {@code @Inherited} and read with {@code Class.getAnnotation} (nifi-framework-components
 * .../controller/StandardProcessorNode.java).
 *
 * @param <T> the row type
 */
@DefaultSchedule(period = AbstractRecordsProcessor.DEFAULT_RUN_SCHEDULE)
public abstract class AbstractRecordsProcessor<T> extends AbstractBacklinksProcessor {
  /** How often a source runs unless configured otherwise. */
  static final String DEFAULT_RUN_SCHEDULE = "1 day";

  /** The API command, for the transit URI. */
  protected abstract String command();

  /** How rows become records. */
  protected abstract RecordMapping<T> mapping();

  /**
   * The FlowFile this run is for: the next incoming one, or null for a source.
   *
   * @return null also when an incoming connection has nothing queued: check {@link #isIdle}
   */
  static FlowFile incoming(ProcessContext context, ProcessSession session) {
    // A retry loop back to the processor does not make it input-driven.
    return context.hasNonLoopConnection() ? session.get() : null;
  }

  /** Whether this node skips source runs, so that it says so once each time it becomes so. */
  private final AtomicBoolean secondary = new AtomicBoolean();

  /**
   * Whether this run has nothing to do: input-driven and no FlowFile came, or a source on a cluster
   * node that is not the primary node (the run yields, making no request).
   */
  boolean isIdle(ProcessContext context, FlowFile input) {
    if (context.hasNonLoopConnection()) {
      return input == null;
    }
    NodeTypeProvider node = getNodeTypeProvider();
    if (!node.isConfiguredForClustering() || node.isPrimary()) {
      secondary.set(false);
      return false;
    }
    if (secondary.compareAndSet(false, true)) {
      getLogger()
          .info(
              "Running as a source on a node that is not the primary node: no request is made"
                  + " here; the primary node's runs make them");
    }
    context.yield();
    return true;
  }

  /**
   * Writes {@code rows} as records into a new FlowFile (a child of {@code input} if any), adds
   * {@code attributes}, reports FETCH provenance when {@code input} came in and RECEIVE when not,
   * and sends it to success. On an error the new FlowFile is removed.
   *
   * @param target for the transit URI, null when the request has none
   * @param mode for the transit URI, null when not sent
   * @param started {@link System#nanoTime} when the request started
   */
  void writeRecords(
      ProcessContext context,
      ProcessSession session,
      FlowFile input,
      Iterator<? extends T> rows,
      String target,
      Mode mode,
      Map<String, String> attributes,
      long started)
      throws IOException, SchemaNotFoundException {
    BacklinksClient client = client(context);
    RecordSetWriterFactory writerFactory =
        context
            .getProperty(BacklinksProperties.RECORD_WRITER)
            .asControllerService(RecordSetWriterFactory.class);
    FlowFile output = input == null ? session.create() : session.create(input);
    try {
      output = RecordWriting.write(session, output, writerFactory, mapping(), rows, getLogger());
    } catch (IOException | SchemaNotFoundException | RuntimeException e) {
      session.remove(output);
      throw e;
    }
    output = session.putAllAttributes(output, attributes);
    String uri = transitUri(client, command(), target, mode);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    if (input == null) {
      session.getProvenanceReporter().receive(output, uri, millis);
    } else {
      session.getProvenanceReporter().fetch(output, uri, millis);
    }
    session.transfer(output, REL_SUCCESS);
  }
}
