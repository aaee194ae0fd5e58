package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
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

/** get-metrics: backlink statistics of many targets as records. */
@Tags({"seo", "backlinks", "seopowersuite", "metrics", "refdomains", "record", "batch"})
@CapabilityDescription(
    "Calls get-metrics for a list of targets, 100 targets per request, and"
        + " writes one metrics record per target (backlinks, referring domains, subnets, IPs,"
        + " dofollow/nofollow, .edu and .gov backlinks), one FlowFile per batch of 100 targets."
        + " Targets come from the Targets property or, through the Target Field RecordPath, from"
        + " the records of the incoming FlowFile."
        + " Finished batches are checkpointed: when a later batch fails, the incoming FlowFile goes to"
        + " retry or failure with backlinks.targets.done and the next attempt skips those targets, so"
        + " no batch is paid for twice. Costs 30 API units per target. Default Run Schedule 1 day"
        + " (as a source, which on a cluster requests on the primary node only); set 0 sec when"
        + " fed by a connection.")
@InputRequirement(Requirement.INPUT_ALLOWED)
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Number of metrics records."),
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
  @WritesAttribute(attribute = "backlinks.mode", description = "The mode."),
  @WritesAttribute(
      attribute = "backlinks.error.code",
      description = "On failure or retry: the HTTP status or error token."),
  @WritesAttribute(
      attribute = "backlinks.error.message",
      description = "On failure or retry: what went wrong (never the API key).")
})
@SeeAlso({GetInlinkRank.class, GetRefdomains.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Record the backlink metrics of a few sites every day.",
    keywords = {"backlink count", "referring domains count", "daily metrics"},
    configuration =
        """
        Keep Target Source at Targets Property and list the sites in Targets,
        e.g. example.com, example.org. Set Mode to domain.
        Set the Run Schedule to 1 day, with no incoming connection.
        Choose a Record Writer and send success to a database or file.
        """)
@UseCase(
    description = "Enrich a list of sites, read from a CSV or JSON file, with their metrics.",
    keywords = {"enrich", "bulk", "csv"},
    configuration =
        """
        Set Target Source to Incoming Records, choose a Record Reader for the file, and set
        Target Field to the RecordPath of the column holding the site, e.g. /site.
        Connect the source of the files (e.g. GetFile or FetchS3Object) to this processor.
        Choose a Record Writer; the originals go to original.
        """)
public class GetMetrics extends AbstractTargetsProcessor<Metrics> {
  private static final List<PropertyDescriptor> PROPERTIES = properties(BacklinksProperties.MODE);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-metrics";
  }

  @Override
  protected RecordMapping<Metrics> mapping() {
    return RecordMappings.METRICS;
  }

  @Override
  protected List<Metrics> fetch(
      ProcessContext context, FlowFile input, BacklinksClient client, List<String> batch) {
    return client.getMetrics(batch, mode(context, input));
  }

  @Override
  protected Mode mode(ProcessContext context, FlowFile input) {
    return BacklinksProperties.mode(context, input);
  }
}
