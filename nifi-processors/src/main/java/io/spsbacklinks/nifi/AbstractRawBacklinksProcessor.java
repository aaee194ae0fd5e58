package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.BadRequestException;
import io.spsbacklinks.core.CursorLoopException;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.nifi.record.RecordMappings;
import io.spsbacklinks.nifi.record.RecordWriting;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.flowfile.attributes.CoreAttributes;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.exception.ProcessException;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.schema.access.SchemaNotFoundException;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * get-raw-backlinks walks, one page per trigger: what the source ({@link PageRawBacklinks}) and the
 * input-driven ({@link FetchRawBacklinks}) processors share. A page's FlowFile carries its walk id
 * and page index, the key that removes the duplicates at-least-once delivery allows.
 */
public abstract class AbstractRawBacklinksProcessor extends AbstractBacklinksProcessor {
  static final PropertyDescriptor PAGE_SIZE =
      new PropertyDescriptor.Builder()
          .name("Page Size")
          .description(
              "Backlinks per page, 1 to 100,000 (API parameter limit). Each page becomes one"
                  + " FlowFile and costs one API unit per backlink in it.")
          .required(true)
          .defaultValue("10000")
          .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
          .addValidator(StandardValidators.createLongValidator(1, 100_000, true))
          .build();

  /**
   * How long a cursor is used: the API document says cursors "will be valid within the next 24
   * hours"; an hour less leaves room for clock skew and a slow page.
   */
  static final Duration CURSOR_LIFETIME = Duration.ofHours(23);

  static final String PAGE_INDEX = "backlinks.page.index";
  static final String PAGE_CURSOR = "backlinks.page.cursor";
  static final String NEXT_CURSOR = "backlinks.next.cursor";
  static final String LAST_PAGE = "backlinks.page.last";
  static final String WALK_ID = "backlinks.walk.id";

  static final String COMMAND = "get-raw-backlinks";

  /**
   * The request of this run, from the properties (expressions see {@code input}'s attributes);
   * null, reported by {@link #fail}, when a value is invalid after evaluation.
   */
  RawBacklinksQuery query(ProcessContext context, ProcessSession session, FlowFile input) {
    try {
      return RawBacklinksQuery.builder(BacklinksProperties.target(context, input))
          .mode(BacklinksProperties.mode(context, input))
          .limit(BacklinksProperties.integer(context, PAGE_SIZE, "limit", input))
          .build();
    } catch (BacklinksException e) {
      fail(context, session, input, e);
      return null;
    }
  }

  /**
   * Fetches and writes the page at {@code position} (see {@link #writePage}). A failure of the
   * request or its records is handled here: a refused cursor is announced and handed to {@code
   * onCursorRefused}, anything else is reported by {@link #fail}. NiFi's own failures (the content
   * repository) roll the session back.
   *
   * @return the page, null when it failed
   */
  Page fetchPage(
      ProcessContext context,
      ProcessSession session,
      RawBacklinksQuery query,
      Position position,
      FlowFile input,
      Runnable onCursorRefused) {
    try {
      return writePage(context, session, query, position, input);
    } catch (IOException e) {
      throw new ProcessException(
          "Cannot write page " + position.pageIndex() + " of walk " + position.walkId(), e);
    } catch (BacklinksException e) {
      if (isCursorRefused(e, position)) {
        warnCursorRefused(position);
        onCursorRefused.run();
      } else {
        // The walk keeps the cursor of the failed page: the next attempt resumes there.
        fail(context, session, input, e);
      }
    } catch (SchemaNotFoundException e) {
      fail(context, session, input, e);
    }
    return null;
  }

  /** Whether the API refused the cursor itself (400 "Parameter next is invalid."). */
  private static boolean isCursorRefused(RuntimeException error, Position position) {
    return position.cursor() != null
        && error instanceof BadRequestException badRequest
        && "next".equals(badRequest.parameter());
  }

  /** A new walk replacing the one whose cursor {@code expired}, announced with a bulletin. */
  Position restartExpired(Position expired) {
    Position restarted = Position.start();
    getLogger()
        .warn(
            "The cursor of page {} of walk {} is older than {} hours and no longer"
                + " usable: starting walk {} from the first page; the pages delivered by walk {} are an"
                + " incomplete snapshot",
            expired.pageIndex(),
            expired.walkId(),
            CURSOR_LIFETIME.toHours(),
            restarted.walkId(),
            expired.walkId());
    return restarted;
  }

  /** Announces with a bulletin that the walk at {@code position} starts over. */
  private void warnCursorRefused(Position position) {
    getLogger()
        .warn(
            "Page {} of walk {} cannot be fetched, the API refused its cursor: the"
                + " next run starts a new walk from the first page; the pages delivered by walk {} are"
                + " an incomplete snapshot",
            position.pageIndex(),
            position.walkId(),
            position.walkId());
  }

  /**
   * Fetches the page at {@code position} and sends its records to success, with RECEIVE provenance
   * for a source and FETCH when {@code parent} came in.
   *
   * @param parent the incoming FlowFile, null for a source
   * @throws IOException when the content repository cannot take the page
   */
  Page writePage(
      ProcessContext context,
      ProcessSession session,
      RawBacklinksQuery query,
      Position position,
      FlowFile parent)
      throws IOException, SchemaNotFoundException {
    BacklinksClient client = client(context);
    RecordSetWriterFactory writerFactory =
        context
            .getProperty(BacklinksProperties.RECORD_WRITER)
            .asControllerService(RecordSetWriterFactory.class);
    long started = System.nanoTime();
    FlowFile flowFile = parent == null ? session.create() : session.create(parent);
    try (RawPage rows = client.getRawBacklinksPage(query, position.cursor())) {
      flowFile =
          RecordWriting.write(
              session, flowFile, writerFactory, RecordMappings.BACKLINK, rows, getLogger());
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
      // Named by the dedupe key: a page delivered twice overwrites itself in PutFile (replace).
      attributes.put(CoreAttributes.FILENAME.key(), pageFileName(position));
      if (position.cursor() != null) {
        attributes.put(PAGE_CURSOR, position.cursor());
      }
      next.ifPresent(cursor -> attributes.put(NEXT_CURSOR, cursor));
      flowFile = session.putAllAttributes(flowFile, attributes);
      String uri = transitUri(client, COMMAND, query.target(), query.mode());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      if (parent == null) {
        session.getProvenanceReporter().receive(flowFile, uri, millis);
      } else {
        session.getProvenanceReporter().fetch(flowFile, uri, millis);
      }
      session.transfer(flowFile, REL_SUCCESS);
      return new Page(rows.rowsRead(), next.orElse(null));
    } catch (IOException | SchemaNotFoundException | RuntimeException e) {
      session.remove(flowFile);
      throw e;
    }
  }

  /** {@code <walk id>-page-<page index>}: the page's dedupe key as a file name. */
  static String pageFileName(Position position) {
    return position.walkId() + "-page-" + position.pageIndex();
  }

  /** A page written: its number of backlinks and the cursor of the next page (null: last). */
  record Page(long records, String nextCursor) {}

  /**
   * Where a walk stands: the page to fetch next.
   *
   * @param walkId identifies the walk
   * @param pageIndex 0-based index of the next page
   * @param cursor the cursor of the next page, null for the first page
   * @param cursorReceived when the API returned {@code cursor}, null for the first page
   * @param records backlinks written by the walk before this page
   */
  record Position(
      String walkId, int pageIndex, String cursor, Instant cursorReceived, long records) {
    static Position start() {
      return new Position(UUID.randomUUID().toString(), 0, null, null, 0);
    }

    /**
     * The position read from stored values (state or attributes), or a new walk when they hold no
     * cursor.
     */
    static Position of(
        String walkId, String pageIndex, String cursor, String cursorReceived, String records) {
      if (cursor == null || cursor.isEmpty()) {
        return start();
      }
      return new Position(
          walkId == null ? UUID.randomUUID().toString() : walkId,
          pageIndex == null ? 0 : Integer.parseInt(pageIndex),
          cursor,
          // Saved before cursors had an age: treat as fresh, the API's 400 still catches it.
          cursorReceived == null ? null : Instant.parse(cursorReceived),
          records == null ? 0 : Long.parseLong(records));
    }

    /** Whether the cursor is too old to be used at {@code now}. */
    boolean expired(Instant now) {
      return cursorReceived != null && cursorReceived.plus(CURSOR_LIFETIME).isBefore(now);
    }

    /** The position after {@code page}, received at {@code now}; null when it was the last. */
    Position after(Page page, Instant now) {
      return page.nextCursor() == null
          ? null
          : new Position(walkId, pageIndex + 1, page.nextCursor(), now, records + page.records());
    }
  }
}
