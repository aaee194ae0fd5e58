package io.spsbacklinks.nifi;

import io.spsbacklinks.core.RawBacklinksQuery;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.InputRequirement.Requirement;
import org.apache.nifi.annotation.behavior.PrimaryNodeOnly;
import org.apache.nifi.annotation.behavior.Stateful;
import org.apache.nifi.annotation.behavior.TriggerSerially;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.configuration.DefaultSchedule;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.MultiProcessorUseCase;
import org.apache.nifi.annotation.documentation.ProcessorConfiguration;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.documentation.UseCase;
import org.apache.nifi.annotation.notification.OnPrimaryNodeStateChange;
import org.apache.nifi.annotation.notification.PrimaryNodeState;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.state.Scope;
import org.apache.nifi.components.state.StateMap;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.processor.util.StandardValidators;

/**
 * get-raw-backlinks as a source: walks all backlinks of one target, one page per trigger, with the
 * walk in cluster state, and starts the next walk a Walk Interval after the last one ended.
 */
@Tags({"seo", "backlinks", "seopowersuite", "raw", "pagination", "cursor", "record", "all"})
@CapabilityDescription(
    "Walks all backlinks of a target with get-raw-backlinks and its cursor"
        + " pagination, one page per run, writing each page as one FlowFile of backlink records"
        + " streamed from the response into the Record Writer. The walk (its id, the cursor of the"
        + " next page and the cursor's age) is kept in cluster state, so a stop, restart or failure"
        + " resumes at the next page; a cursor older than 23 hours or refused by the API restarts the"
        + " walk with a new walk id. A new walk starts Walk Interval after the previous one ended."
        + " Delivery is at-least-once: a page may be delivered twice (e.g. NiFi stopped between"
        + " committing the page and the state); backlinks.walk.id with backlinks.page.index"
        + " identifies a page. Each backlink costs one API unit; a run costs at most Page Size units."
        + " For a walk per incoming FlowFile use FetchRawBacklinks.")
@InputRequirement(Requirement.INPUT_FORBIDDEN)
@PrimaryNodeOnly
@TriggerSerially
// Pages are paid for: a new processor must not start with NiFi's default 0 sec schedule.
@DefaultSchedule(period = PageRawBacklinks.DEFAULT_RUN_SCHEDULE)
@Stateful(
    scopes = Scope.CLUSTER,
    description =
        "The walk: 'target' and 'mode' it belongs to,"
            + " 'walk.id', 'cursor' (of the next page), 'cursor.received' (when the API returned it),"
            + " 'page.index' (of the next page) and 'records' (written so far). Without 'cursor' the next"
            + " run starts a new walk, once Walk Interval has passed since 'walk.completed'. Clear the"
            + " state to start a new walk now.")
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Backlinks in this page."),
  @WritesAttribute(attribute = "mime.type", description = "The Record Writer's MIME type."),
  @WritesAttribute(attribute = "backlinks.target", description = "The target."),
  @WritesAttribute(attribute = "backlinks.mode", description = "The mode."),
  @WritesAttribute(
      attribute = "backlinks.walk.id",
      description =
          "Identifies the walk; the same"
              + " on all its pages. With backlinks.page.index: the key of a page, to remove duplicates."),
  @WritesAttribute(
      attribute = "backlinks.page.index",
      description = "0-based index of the page within its walk."),
  @WritesAttribute(
      attribute = "backlinks.page.cursor",
      description = "The cursor that fetched this page; absent on the first page."),
  @WritesAttribute(
      attribute = "backlinks.next.cursor",
      description = "The cursor of the next page; absent on the last page."),
  @WritesAttribute(
      attribute = "backlinks.page.last",
      description = "true on the last page of a walk."),
  @WritesAttribute(
      attribute = "filename",
      description = "<walk id>-page-<page index>: a page delivered twice has the same name.")
})
@SeeAlso({
  FetchRawBacklinks.class,
  DownloadAllBacklinks.class,
  GetBacklinks.class,
  StandardBacklinksApiService.class
})
@UseCase(
    description = "Copy all backlinks of a site every week, page by page, resuming after failures.",
    keywords = {"all backlinks", "full list", "pagination", "cursor", "snapshot"},
    configuration =
        """
        Set Target (e.g. example.com), Mode (domain), Page Size (e.g. 10000) and Walk
        Interval (e.g. 7 days). Choose a Record Writer. Keep the default Run Schedule: each run
        fetches one page, and runs between walks cost nothing.
        """)
@MultiProcessorUseCase(
    description = "Load all backlinks of a site into a database table.",
    keywords = {"database", "load", "all backlinks"},
    configurations = {
      @ProcessorConfiguration(
          processorClass = PageRawBacklinks.class,
          configuration =
              """
                Set Target and Mode, Page Size 10000, and a JsonRecordSetWriter (Date Format
                yyyy-MM-dd) as Record Writer. Connect success to PutDatabaseRecord.
                """),
      @ProcessorConfiguration(
          processorClassName = "org.apache.nifi.processors.standard.PutDatabaseRecord",
          configuration =
              """
                Set Record Reader to a JsonTreeReader (Date Format yyyy-MM-dd), Statement Type
                to INSERT and Table Name to the backlinks table, whose columns are named like
                the record fields plus walk_id and page_index (from the FlowFile attributes
                backlinks.walk.id and backlinks.page.index, e.g. with UpdateRecord), with a
                unique key on (walk_id, page_index, url_from, url_to): a page delivered twice
                is then refused instead of stored twice.
                """)
    })
public class PageRawBacklinks extends AbstractRawBacklinksProcessor {
  /** Between pages of a walk; between walks a run only reads the state. */
  static final String DEFAULT_RUN_SCHEDULE = "10 sec";

  static final PropertyDescriptor WALK_INTERVAL =
      new PropertyDescriptor.Builder()
          .name("Walk Interval")
          .description(
              "How long after a walk ended the next one starts, e.g. 7 days. Runs in between"
                  + " make no request.")
          .required(true)
          .defaultValue("7 days")
          .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
          .build();

  static final String STATE_TARGET = "target";
  static final String STATE_MODE = "mode";
  static final String STATE_WALK_ID = "walk.id";
  static final String STATE_CURSOR = "cursor";
  static final String STATE_CURSOR_RECEIVED = "cursor.received";
  static final String STATE_PAGE = "page.index";
  static final String STATE_RECORDS = "records";
  static final String STATE_COMPLETED = "walk.completed";

  private static final List<PropertyDescriptor> SOURCE_PROPERTIES =
      List.of(
          BacklinksProperties.API_SERVICE,
          BacklinksProperties.TARGET,
          BacklinksProperties.MODE,
          PAGE_SIZE,
          WALK_INTERVAL,
          BacklinksProperties.RECORD_WRITER);

  /** A source has no FlowFile to route to failure, retry or original. */
  private static final Set<Relationship> SOURCE_RELATIONSHIPS = Set.of(REL_SUCCESS);

  /**
   * Set when this node stopped being the primary node: a page fetched meanwhile is dropped, the new
   * primary node goes on from the state.
   */
  private volatile boolean primaryRevoked;

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return SOURCE_PROPERTIES;
  }

  @Override
  public Set<Relationship> getRelationships() {
    return SOURCE_RELATIONSHIPS;
  }

  /** Tracks whether this node may still write the walk's state. */
  @OnPrimaryNodeStateChange
  public void onPrimaryNodeStateChange(PrimaryNodeState state) {
    primaryRevoked = state == PrimaryNodeState.PRIMARY_NODE_REVOKED;
  }

  @Override
  protected void trigger(ProcessContext context, ProcessSession session) {
    RawBacklinksQuery query = query(context, session, null);
    if (query == null) {
      return;
    }
    StateMap read = readState(session);
    Position position = nextPosition(context, read.toMap(), query);
    if (position == null) {
      // Between walks: no request; come back after the yield duration.
      context.yield();
      return;
    }
    // A refused cursor: the next run starts a new walk.
    Page page =
        fetchPage(
            context,
            session,
            query,
            position,
            null,
            () ->
                replaceState(
                    context,
                    session,
                    read,
                    Map.of(STATE_TARGET, query.target(), STATE_MODE, query.mode().wireValue()),
                    position));
    if (page == null) {
      return;
    }
    Position next = position.after(page, clock.instant());
    Map<String, String> state =
        next == null ? completedState(query, position, page) : toState(query, next);
    if (primaryRevoked) {
      session.rollback();
      getLogger()
          .info(
              "No longer the primary node: page {} of walk {} is dropped, the primary"
                  + " node goes on from the state",
              position.pageIndex(),
              position.walkId());
      return;
    }
    // The page and the state after it are committed together by the framework after this
    // trigger. The check below catches a second walker (e.g. a former primary node still
    // finishing a page); the framework writes session state only after the FlowFiles (see
    // nifi-framework-components .../repository/StandardProcessSession.java, commit and
    // replaceState), so delivery stays at-least-once, never at-most-once.
    replaceState(context, session, read, state, position);
  }

  /**
   * The page to fetch: the saved walk when it is unfinished, of the same target and mode and its
   * cursor is fresh; a new walk when the last one is older than Walk Interval; null between walks.
   */
  private Position nextPosition(
      ProcessContext context, Map<String, String> state, RawBacklinksQuery query) {
    boolean same =
        query.target().equals(state.get(STATE_TARGET))
            && query.mode().wireValue().equals(state.get(STATE_MODE));
    if (!same) {
      return Position.start();
    }
    Position saved =
        Position.of(
            state.get(STATE_WALK_ID),
            state.get(STATE_PAGE),
            state.get(STATE_CURSOR),
            state.get(STATE_CURSOR_RECEIVED),
            state.get(STATE_RECORDS));
    Instant now = clock.instant();
    if (saved.cursor() != null) {
      if (!saved.expired(now)) {
        return saved;
      }
      return restartExpired(saved);
    }
    String completed = state.get(STATE_COMPLETED);
    if (completed == null) {
      return Position.start();
    }
    Duration interval =
        Duration.ofMillis(context.getProperty(WALK_INTERVAL).asTimePeriod(TimeUnit.MILLISECONDS));
    return Instant.parse(completed).plus(interval).isAfter(now) ? null : Position.start();
  }

  private void replaceState(
      ProcessContext context,
      ProcessSession session,
      StateMap read,
      Map<String, String> state,
      Position position) {
    try {
      if (session.replaceState(read, state, Scope.CLUSTER)) {
        return;
      }
    } catch (IOException e) {
      throw new ProcessException("Cannot save the state of walk " + position.walkId(), e);
    }
    session.rollback();
    getLogger()
        .warn(
            "The state of walk {} changed while page {} was fetched: another node is"
                + " walking the same target; this page is dropped and the walk goes on from the state",
            position.walkId(),
            position.pageIndex());
    context.yield();
  }

  private static StateMap readState(ProcessSession session) {
    try {
      return session.getState(Scope.CLUSTER);
    } catch (IOException e) {
      throw new ProcessException("Cannot read the walk's cluster state", e);
    }
  }

  private static Map<String, String> toState(RawBacklinksQuery query, Position position) {
    return Map.of(
        STATE_TARGET,
        query.target(),
        STATE_MODE,
        query.mode().wireValue(),
        STATE_WALK_ID,
        position.walkId(),
        STATE_CURSOR,
        position.cursor(),
        STATE_CURSOR_RECEIVED,
        position.cursorReceived().toString(),
        STATE_PAGE,
        String.valueOf(position.pageIndex()),
        STATE_RECORDS,
        String.valueOf(position.records()));
  }

  /** The state after {@code lastPage}, the final page of the walk at {@code position}. */
  private Map<String, String> completedState(
      RawBacklinksQuery query, Position position, Page lastPage) {
    Map<String, String> state = new HashMap<>();
    state.put(STATE_TARGET, query.target());
    state.put(STATE_MODE, query.mode().wireValue());
    state.put(STATE_WALK_ID, position.walkId());
    state.put(STATE_PAGE, String.valueOf(position.pageIndex() + 1));
    state.put(STATE_RECORDS, String.valueOf(position.records() + lastPage.records()));
    state.put(STATE_COMPLETED, clock.instant().toString());
    return state;
  }
}
