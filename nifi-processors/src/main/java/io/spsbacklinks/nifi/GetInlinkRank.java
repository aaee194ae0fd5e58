package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.nifi.record.RecordMapping;
import io.spsbacklinks.nifi.record.RecordMappings;
import java.util.List;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.InputRequirement.Requirement;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.documentation.UseCase;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;

/** get-inlink-rank: InLink Rank and Domain InLink Rank of many pages as records. */
@Tags({"seo", "backlinks", "seopowersuite", "inlink rank", "authority", "record", "batch"})
@CapabilityDescription(
    "Calls get-inlink-rank for a list of page URLs, 100 per request, and writes"
        + " one record per page with its InLink Rank and Domain InLink Rank (null when the API reports"
        + " them as unknown), one FlowFile per batch of 100 targets."
        + " Targets come from the Targets property or, through the Target Field RecordPath, from"
        + " the records of the incoming FlowFile."
        + " Finished batches are checkpointed: when a later batch fails, the incoming FlowFile goes to"
        + " retry or failure with backlinks.targets.done and the next attempt skips those targets, so"
        + " no batch is paid for twice. Costs 30 API units per target. Default Run Schedule 1 day"
        + " (as a source, which on a cluster requests on the primary node only); set 0 sec when"
        + " fed by a connection.")
@InputRequirement(Requirement.INPUT_ALLOWED)
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Number of records."),
  @WritesAttribute(attribute = "mime.type", description = "The Record Writer's MIME type."),
  @WritesAttribute(
      attribute = "backlinks.batch.index",
      description =
          "0-based index of the batch of 100 targets within the run or incoming FlowFile."),
  @WritesAttribute(
      attribute = "backlinks.targets.done",
      description =
          "On retry or failure"
              + " of the incoming FlowFile: targets whose results were already written; skipped when it"
              + " comes back."),
  @WritesAttribute(
      attribute = "backlinks.error.code",
      description = "On failure or retry: the HTTP status or error token."),
  @WritesAttribute(
      attribute = "backlinks.error.message",
      description = "On failure or retry: what went wrong (never the API key).")
})
@SeeAlso({GetMetrics.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Score the authority of the pages listed in a file.",
    keywords = {"page authority", "domain authority", "enrich"},
    configuration =
        """
        Set Target Source to Incoming Records, choose a Record Reader and set Target Field
        to the RecordPath of the page URL, e.g. /url. Choose a Record Writer.
        """)
public class GetInlinkRank extends AbstractTargetsProcessor<PageInlinkRank> {
  private static final List<PropertyDescriptor> PROPERTIES = properties();

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-inlink-rank";
  }

  @Override
  protected RecordMapping<PageInlinkRank> mapping() {
    return RecordMappings.INLINK_RANK;
  }

  @Override
  protected List<PageInlinkRank> fetch(
      ProcessContext context, FlowFile input, BacklinksClient client, List<String> batch) {
    return client.getInlinkRank(batch);
  }

  @Override
  protected Mode mode(ProcessContext context, FlowFile input) {
    return null;
  }
}
