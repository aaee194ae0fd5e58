package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.CursorLoopException;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.nifi.record.RecordMappings;
import io.spsbacklinks.nifi.record.RecordWriting;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.InputRequirement.Requirement;
import org.apache.nifi.annotation.behavior.PrimaryNodeOnly;
import org.apache.nifi.annotation.behavior.ReadsAttribute;
import org.apache.nifi.annotation.behavior.ReadsAttributes;
import org.apache.nifi.annotation.behavior.Stateful;
import org.apache.nifi.annotation.behavior.TriggerSerially;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.MultiProcessorUseCase;
import org.apache.nifi.annotation.documentation.ProcessorConfiguration;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.documentation.UseCase;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.state.Scope;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * get-raw-backlinks: all backlinks of a target, one FlowFile of records per page, resumable.
 */
@Tags({"seo", "backlinks", "seopowersuite", "raw", "pagination", "cursor", "record", "all"})
@CapabilityDescription("Walks all backlinks of a target with get-raw-backlinks and its cursor"
    + " pagination, writing one FlowFile of backlink records per page, streamed from the response"
    + " into the Record Writer (memory does not grow with the page size). Each page's FlowFile is"
    + " committed together with the cursor of the next page, so a stop, restart, failure or"
    + " primary node change resumes at the next page with no backlink lost or duplicated."
    + " Without an incoming connection it is a source: each run walks the target from its first"
    + " page to the end (the Run Schedule sets how often), keeping the cursor in cluster state;"
    + " a change of Target or Mode starts over. With an incoming connection it walks the target"
    + " of each incoming FlowFile, one page per run, keeping the cursor on that FlowFile, which"
    + " goes to original after the last page. Each backlink costs one API unit.")
@InputRequirement(Requirement.INPUT_ALLOWED)
@PrimaryNodeOnly
@TriggerSerially
@Stateful(scopes = Scope.CLUSTER, description = "Source mode only (no incoming connection): the"
    + " walk in progress. 'target' and 'mode' it belongs to, 'walk.id', 'cursor' (of the next"
    + " page), 'page.index' (of the next page) and 'records' (written so far). Without 'cursor'"
    + " the next run starts a new walk; 'walk.completed' holds when the last one ended. Clear the"
    + " state to restart a walk from its first page.")
@ReadsAttributes({
    @ReadsAttribute(attribute = "backlinks.walk.cursor", description = "Input mode: the cursor of"
        + " the next page of a walk in progress; the walk resumes there (absent: first page)."),
    @ReadsAttribute(attribute = "backlinks.walk.page", description = "Input mode: the index of"
        + " the next page of a walk in progress."),
    @ReadsAttribute(attribute = "backlinks.walk.id", description = "Input mode: the id of the"
        + " walk in progress.")})
@WritesAttributes({
    @WritesAttribute(attribute = "record.count", description = "Backlinks in this page."),
    @WritesAttribute(attribute = "mime.type", description = "The Record Writer's MIME type."),
    @WritesAttribute(attribute = "backlinks.target", description = "The target."),
    @WritesAttribute(attribute = "backlinks.mode", description = "The mode."),
    @WritesAttribute(attribute = "backlinks.page.index", description = "0-based index of the"
        + " page within its walk."),
    @WritesAttribute(attribute = "backlinks.page.cursor", description = "The cursor that fetched"
        + " this page; absent on the first page."),
    @WritesAttribute(attribute = "backlinks.next.cursor", description = "The cursor of the next"
        + " page; absent on the last page."),
    @WritesAttribute(attribute = "backlinks.page.last", description = "true on the last page of"
        + " a walk."),
    @WritesAttribute(attribute = "backlinks.walk.id", description = "Identifies the walk; the same"
        + " on all its pages."),
    @WritesAttribute(attribute = "backlinks.walk.cursor", description = "Input mode, on the"
        + " incoming FlowFile: the cursor of its next page while its walk is in progress."),
    @WritesAttribute(attribute = "backlinks.walk.page", description = "Input mode, on the"
        + " incoming FlowFile: the index of its next page while its walk is in progress."),
    @WritesAttribute(attribute = "backlinks.walk.records", description = "Input mode, on the"
        + " incoming FlowFile: backlinks written by its walk so far (in total on original)."),
    @WritesAttribute(attribute = "backlinks.error.code",
        description = "On failure or retry: the HTTP status or error token."),
    @WritesAttribute(attribute = "backlinks.error.message",
        description = "On failure or retry: what went wrong (never the API key).")})
@SeeAlso({DownloadAllBacklinks.class, GetBacklinks.class, StandardBacklinksApiService.class})
@UseCase(description = "Copy all backlinks of a site every week, page by page, resuming after"
    + " failures.",
    keywords = {"all backlinks", "full list", "pagination", "cursor"},
    configuration = """
        Leave the processor without an incoming connection. Set Target (e.g. example.com),
        Mode (domain) and Page Size (e.g. 10000). Choose a Record Writer.
        Set the Run Schedule to 7 days: each run walks every page, and a run cut short by a
        failure or a restart is resumed by the next one.
        """)
@MultiProcessorUseCase(description = "Load all backlinks of a site into a database table.",
    keywords = {"database", "load", "all backlinks"},
    configurations = {
        @ProcessorConfiguration(processorClass = PageRawBacklinks.class,
            configuration = """
                Leave it without an incoming connection. Set Target and Mode, Page Size 10000,
                and a JsonRecordSetWriter (Date Format yyyy-MM-dd) as Record Writer.
                Connect success to PutDatabaseRecord.
                """),
        @ProcessorConfiguration(
            processorClassName = "org.apache.nifi.processors.standard.PutDatabaseRecord",
            configuration = """
                Set Record Reader to a JsonTreeReader (Date Format yyyy-MM-dd), Statement Type
                to INSERT and Table Name to the backlinks table, whose columns are named like
                the record fields (url_from, url_to, ..., first_seen, last_visited).
                """)})
public class PageRawBacklinks extends AbstractBacklinksProcessor {
  static final PropertyDescriptor PAGE_SIZE = new PropertyDescriptor.Builder()
      .name("Page Size")
      .description("Backlinks per page, 1 to 100,000 (API parameter limit). Each page becomes one"
          + " FlowFile.")
      .required(true)
      .defaultValue("10000")
      .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
      .addValidator(StandardValidators.createLongValidator(1, 100_000, true))
      .build();

  static final String PAGE_INDEX = "backlinks.page.index";
  static final String PAGE_CURSOR = "backlinks.page.cursor";
  static final String NEXT_CURSOR = "backlinks.next.cursor";
  static final String LAST_PAGE = "backlinks.page.last";
  static final String WALK_ID = "backlinks.walk.id";
  static final String WALK_CURSOR = "backlinks.walk.cursor";
  static final String WALK_PAGE = "backlinks.walk.page";
  static final String WALK_RECORDS = "backlinks.walk.records";

  static final String STATE_TARGET = "target";
  static final String STATE_MODE = "mode";
  static final String STATE_WALK_ID = "walk.id";
  static final String STATE_CURSOR = "cursor";
  static final String STATE_PAGE = "page.index";
  static final String STATE_RECORDS = "records";
  static final String STATE_COMPLETED = "walk.completed";

  private static final String COMMAND = "get-raw-backlinks";

  private static final List<PropertyDescriptor> PROPERTIES = List.of(
      BacklinksProperties.API_SERVICE, BacklinksProperties.TARGET, BacklinksProperties.MODE,
      PAGE_SIZE, BacklinksProperties.RECORD_WRITER);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    if (context.hasIncomingConnection()) {
      FlowFile input = session.get();
      if (input != null) {
        nextPageOf(context, session, input);
      }
    } else {
      walk(context, session);
    }
  }

  /** Source mode: pages from the saved cursor (or the first page) to the end. */
  private void walk(ProcessContext context, ProcessSession session) {
    try {
      RawBacklinksQuery query = query(context, null);
      Map<String, String> state = session.getState(Scope.CLUSTER).toMap();
      Position position = Position.fromState(state, query);
      while (isScheduled()) {
        Page page = writePage(context, session, query, position, null);
        Position next = position.after(page);
        session.setState(next == null ? position.completedState(query, page, clock)
            : next.toState(query), Scope.CLUSTER);
        // The page and the cursor after it become durable together.
        session.commitAsync();
        if (next == null) {
          return;
        }
        position = next;
      }
    } catch (Exception e) {
      // Drops the uncommitted page, if any: it must not be committed without its cursor. The
      // state still holds the cursor of the failed page: the next run resumes there.
      session.rollback();
      fail(context, session, null, e);
    }
  }

  /** Input mode: the next page of the incoming FlowFile's walk. */
  private void nextPageOf(ProcessContext context, ProcessSession session, FlowFile input) {
    try {
      RawBacklinksQuery query = query(context, input);
      Position position = Position.fromAttributes(input);
      Page page = writePage(context, session, query, position, input);
      Position next = position.after(page);
      if (next != null) {
        // Back to the incoming queue, carrying the cursor: committed with the page.
        session.transfer(session.putAllAttributes(input, next.toAttributes()));
      } else {
        FlowFile done = session.removeAllAttributes(input, Set.of(WALK_CURSOR, WALK_PAGE));
        done = session.putAllAttributes(done, Map.of(WALK_ID, position.walkId(),
            WALK_RECORDS, String.valueOf(position.records() + page.records())));
        transferOriginal(session, done);
      }
    } catch (Exception e) {
      // The FlowFile keeps the cursor of the failed page: looping retry back resumes there.
      fail(context, session, input, e);
    }
  }

  private static RawBacklinksQuery query(ProcessContext context, FlowFile input) {
    return RawBacklinksQuery.builder(BacklinksProperties.target(context, input))
        .mode(BacklinksProperties.mode(context, input))
        .limit(BacklinksProperties.integer(context, PAGE_SIZE, "limit", input))
        .build();
  }

  /** Fetches the page at {@code position} and sends its records to success. */
  private Page writePage(ProcessContext context, ProcessSession session, RawBacklinksQuery query,
      Position position, FlowFile parent) throws IOException, SchemaNotFoundException {
    BacklinksClient client = client(context);
    RecordSetWriterFactory writerFactory = context.getProperty(BacklinksProperties.RECORD_WRITER)
        .asControllerService(RecordSetWriterFactory.class);
    long started = System.nanoTime();
    FlowFile flowFile = parent == null ? session.create() : session.create(parent);
    try (RawPage rows = client.getRawBacklinksPage(query, position.cursor())) {
      flowFile = RecordWriting.write(session, flowFile, writerFactory, RecordMappings.BACKLINK,
          rows, getLogger());
      Optional<String> next = rows.nextCursor();
      if (next.isPresent() && next.get().equals(position.cursor())) {
        throw new CursorLoopException(next.get(), position.pageIndex() + 1);
      }
      Map<String, String> attributes = new HashMap<>();
      attributes.put(TARGET_ATTRIBUTE, query.target());
      attributes.put(MODE_ATTRIBUTE, query.mode().wireValue());
      attributes.put(WALK_ID, position.walkId());
      attributes.put(PAGE_INDEX, String.valueOf(position.pageIndex()));
      attributes.put(LAST_PAGE, String.valueOf(next.isEmpty()));
      if (position.cursor() != null) {
        attributes.put(PAGE_CURSOR, position.cursor());
      }
      next.ifPresent(cursor -> attributes.put(NEXT_CURSOR, cursor));
      flowFile = session.putAllAttributes(flowFile, attributes);
      session.getProvenanceReporter().receive(flowFile,
          transitUri(client, COMMAND, query.target(), query.mode()),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      session.transfer(flowFile, REL_SUCCESS);
      return new Page(rows.rowsRead(), next.orElse(null));
    } catch (IOException | SchemaNotFoundException | RuntimeException e) {
      session.remove(flowFile);
      throw e;
    }
  }

  /** A page written: its number of backlinks and the cursor of the next page (null: last). */
  private record Page(long records, String nextCursor) {}

  /**
   * Where a walk stands: the page to fetch next.
   *
   * @param walkId identifies the walk
   * @param pageIndex 0-based index of the next page
   * @param cursor the cursor of the next page, null for the first page
   * @param records backlinks written by the walk before this page
   */
  record Position(String walkId, int pageIndex, String cursor, long records) {
    static Position start() {
      return new Position(UUID.randomUUID().toString(), 0, null, 0);
    }

    /** The saved walk, if it is unfinished and of the same target and mode; else a new one. */
    static Position fromState(Map<String, String> state, RawBacklinksQuery query) {
      String cursor = state.get(STATE_CURSOR);
      boolean same = query.target().equals(state.get(STATE_TARGET))
          && query.mode().wireValue().equals(state.get(STATE_MODE));
      if (!same || cursor == null || cursor.isEmpty()) {
        return start();
      }
      String walkId = state.get(STATE_WALK_ID);
      return new Position(walkId == null ? UUID.randomUUID().toString() : walkId,
          parseInt(state.get(STATE_PAGE)), cursor, parseLong(state.get(STATE_RECORDS)));
    }

    /** The walk carried by an incoming FlowFile, or a new one. */
    static Position fromAttributes(FlowFile flowFile) {
      String cursor = flowFile.getAttribute(WALK_CURSOR);
      if (cursor == null || cursor.isEmpty()) {
        return start();
      }
      String walkId = flowFile.getAttribute(WALK_ID);
      return new Position(walkId == null ? UUID.randomUUID().toString() : walkId,
          parseInt(flowFile.getAttribute(WALK_PAGE)), cursor,
          parseLong(flowFile.getAttribute(WALK_RECORDS)));
    }

    /** The position after {@code page}; null when it was the last page. */
    Position after(Page page) {
      return page.nextCursor() == null ? null
          : new Position(walkId, pageIndex + 1, page.nextCursor(), records + page.records());
    }

    Map<String, String> toState(RawBacklinksQuery query) {
      return Map.of(STATE_TARGET, query.target(), STATE_MODE, query.mode().wireValue(),
          STATE_WALK_ID, walkId, STATE_CURSOR, cursor, STATE_PAGE, String.valueOf(pageIndex),
          STATE_RECORDS, String.valueOf(records));
    }

    /** The state after {@code lastPage}, the final page of this walk. */
    Map<String, String> completedState(RawBacklinksQuery query, Page lastPage,
        Clock clock) {
      return Map.of(STATE_TARGET, query.target(), STATE_MODE, query.mode().wireValue(),
          STATE_WALK_ID, walkId, STATE_PAGE, String.valueOf(pageIndex + 1),
          STATE_RECORDS, String.valueOf(records + lastPage.records()),
          STATE_COMPLETED, clock.instant().toString());
    }

    Map<String, String> toAttributes() {
      return Map.of(WALK_ID, walkId, WALK_CURSOR, cursor, WALK_PAGE, String.valueOf(pageIndex),
          WALK_RECORDS, String.valueOf(records));
    }

    private static int parseInt(String value) {
      return value == null ? 0 : Integer.parseInt(value);
    }

    private static long parseLong(String value) {
      return value == null ? 0 : Long.parseLong(value);
    }
  }
}
