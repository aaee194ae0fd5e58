package io.spsbacklinks.nifi;

import io.spsbacklinks.core.RawBacklinksQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.InputRequirement.Requirement;
import org.apache.nifi.annotation.behavior.ReadsAttribute;
import org.apache.nifi.annotation.behavior.ReadsAttributes;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.documentation.UseCase;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;

/**
 * get-raw-backlinks for each incoming FlowFile: one walk per FlowFile, one page per trigger, the
 * walk's position kept on the FlowFile.
 */
@Tags({
  "seo",
  "backlinks",
  "seopowersuite",
  "raw",
  "pagination",
  "cursor",
  "record",
  "all",
  "fetch"
})
@CapabilityDescription(
    "Walks all backlinks of the target of each incoming FlowFile with"
        + " get-raw-backlinks and its cursor pagination, one page per run, writing each page as one"
        + " FlowFile of backlink records. Between pages the incoming FlowFile goes back to its queue"
        + " carrying the walk's position (walk id, cursor, cursor age, page index), committed"
        + " together with the page, so a restart resumes at the next page. A cursor older than 23"
        + " hours or refused by the API restarts the walk with a new walk id. After the last page"
        + " the incoming FlowFile goes to original. Delivery is at-least-once; backlinks.walk.id"
        + " with backlinks.page.index identifies a page. Each backlink costs one API unit; a run"
        + " costs at most Page Size units. Runs on every node: feed it from a primary-node-only"
        + " source in a cluster.")
@InputRequirement(Requirement.INPUT_REQUIRED)
@ReadsAttributes({
  @ReadsAttribute(
      attribute = "backlinks.walk.cursor",
      description =
          "The cursor of the next"
              + " page of a walk in progress; the walk resumes there (absent: first page)."),
  @ReadsAttribute(
      attribute = "backlinks.walk.cursor.received",
      description =
          "When the API returned that cursor; an older one than 23 hours restarts the walk."),
  @ReadsAttribute(
      attribute = "backlinks.walk.page",
      description = "The index of the next page of a walk in progress."),
  @ReadsAttribute(attribute = "backlinks.walk.id", description = "The id of the walk in progress.")
})
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Backlinks in this page."),
  @WritesAttribute(attribute = "mime.type", description = "The Record Writer's MIME type."),
  @WritesAttribute(attribute = "backlinks.target", description = "The target."),
  @WritesAttribute(attribute = "backlinks.mode", description = "The mode."),
  @WritesAttribute(
      attribute = "backlinks.walk.id",
      description =
          "Identifies the walk; the same"
              + " on all its pages and on the incoming FlowFile. With backlinks.page.index: the key of"
              + " a page, to remove duplicates."),
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
      description = "<walk id>-page-<page index>: a page delivered twice has the same name."),
  @WritesAttribute(
      attribute = "backlinks.walk.cursor",
      description =
          "On the incoming"
              + " FlowFile: the cursor of its next page while its walk is in progress."),
  @WritesAttribute(
      attribute = "backlinks.walk.cursor.received",
      description = "On the incoming FlowFile: when the API returned that cursor."),
  @WritesAttribute(
      attribute = "backlinks.walk.page",
      description =
          "On the incoming"
              + " FlowFile: the index of its next page while its walk is in progress."),
  @WritesAttribute(
      attribute = "backlinks.walk.records",
      description =
          "On the incoming"
              + " FlowFile: backlinks written by its walk so far (in total on original)."),
  @WritesAttribute(
      attribute = "backlinks.error.code",
      description = "On failure or retry: the HTTP status or error token."),
  @WritesAttribute(
      attribute = "backlinks.error.message",
      description = "On failure or retry: what went wrong (never the API key).")
})
@SeeAlso({PageRawBacklinks.class, DownloadAllBacklinks.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Copy all backlinks of every site named by incoming FlowFiles.",
    keywords = {"all backlinks", "pagination", "cursor", "list of sites"},
    configuration =
        """
        Set Target to an expression naming the site, e.g. ${site}, Mode (domain) and Page Size
        (e.g. 10000). Choose a Record Writer. Loop retry back to this processor: the walk
        resumes at the failed page once the penalty is over.
        """)
public class FetchRawBacklinks extends AbstractRawBacklinksProcessor {
  static final String WALK_CURSOR = "backlinks.walk.cursor";
  static final String WALK_CURSOR_RECEIVED = "backlinks.walk.cursor.received";
  static final String WALK_PAGE = "backlinks.walk.page";
  static final String WALK_RECORDS = "backlinks.walk.records";

  private static final Set<String> WALK_POSITION =
      Set.of(WALK_CURSOR, WALK_CURSOR_RECEIVED, WALK_PAGE);
  private static final Set<String> WALK_STATE =
      Set.of(WALK_ID, WALK_CURSOR, WALK_CURSOR_RECEIVED, WALK_PAGE, WALK_RECORDS);

  private static final List<PropertyDescriptor> PROPERTIES =
      List.of(
          BacklinksProperties.API_SERVICE,
          BacklinksProperties.TARGET,
          BacklinksProperties.MODE,
          PAGE_SIZE,
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
    Position position =
        Position.of(
            input.getAttribute(WALK_ID),
            input.getAttribute(WALK_PAGE),
            input.getAttribute(WALK_CURSOR),
            input.getAttribute(WALK_CURSOR_RECEIVED),
            input.getAttribute(WALK_RECORDS));
    if (position.expired(clock.instant())) {
      position = restartExpired(position);
    }
    RawBacklinksQuery query = query(context, session, input);
    if (query == null) {
      return;
    }
    // A refused cursor: back to the queue without a position, the next run starts a new walk.
    Page page =
        fetchPage(
            context,
            session,
            query,
            position,
            input,
            () -> session.transfer(session.removeAllAttributes(input, WALK_STATE)));
    if (page == null) {
      return;
    }
    Position next = position.after(page, clock.instant());
    if (next != null) {
      // Back to the incoming queue, carrying the cursor: committed with the page.
      session.transfer(session.putAllAttributes(input, toAttributes(next)));
    } else {
      FlowFile done = session.removeAllAttributes(input, WALK_POSITION);
      done =
          session.putAllAttributes(
              done,
              Map.of(
                  WALK_ID,
                  position.walkId(),
                  WALK_RECORDS,
                  String.valueOf(position.records() + page.records())));
      transferOriginal(session, done);
    }
  }

  private static Map<String, String> toAttributes(Position position) {
    return Map.of(
        WALK_ID,
        position.walkId(),
        WALK_CURSOR,
        position.cursor(),
        WALK_CURSOR_RECEIVED,
        position.cursorReceived().toString(),
        WALK_PAGE,
        String.valueOf(position.pageIndex()),
        WALK_RECORDS,
        String.valueOf(position.records()));
  }
}
