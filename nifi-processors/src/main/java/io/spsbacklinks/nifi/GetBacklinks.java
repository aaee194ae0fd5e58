package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksQuery;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.BacklinksOrder;
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

/** get-backlinks: the top or latest backlinks of a target as records. */
@Tags({"seo", "backlinks", "seopowersuite", "links", "record", "get"})
@CapabilityDescription(
    "Calls get-backlinks for one target and writes the returned backlinks (up"
        + " to 10,000, sorted by date found, InLink Rank or Domain InLink Rank) as records. Runs once"
        + " per incoming FlowFile when it has an incoming connection, else on its schedule as a"
        + " source, which on a cluster requests on the primary node only. Each returned row costs"
        + " one API unit.")
@InputRequirement(Requirement.INPUT_ALLOWED)
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Number of backlinks written."),
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
@SeeAlso({
  PageRawBacklinks.class,
  DownloadAllBacklinks.class,
  GetRefdomains.class,
  StandardBacklinksApiService.class
})
@UseCase(
    description = "Get the 100 strongest backlinks of a site every day.",
    keywords = {"top backlinks", "best links", "inlink rank"},
    configuration =
        """
        Set Target to the site, e.g. example.com, and Mode to domain.
        Set Order By to inlink_rank and Limit to 100.
        Set the Run Schedule to 1 day, with no incoming connection.
        Choose a Record Writer, e.g. a JsonRecordSetWriter with Date Format yyyy-MM-dd.
        """)
public class GetBacklinks extends AbstractSingleTargetProcessor<Backlink> {
  static final PropertyDescriptor LIMIT = BacklinksProperties.limit("Limit", 10_000, "100");

  static final PropertyDescriptor ORDER_BY =
      BacklinksProperties.choice(
          "Order By",
          "order_by",
          BacklinksOrder.allowedValues(),
          "Sort order: date_found (newest first; the API's default),"
              + " domain_inlink_rank or inlink_rank (highest first)");

  static final PropertyDescriptor PER_DOMAIN =
      new PropertyDescriptor.Builder()
          .fromPropertyDescriptor(BacklinksProperties.limit("Backlinks Per Domain", 100, "all"))
          .description(
              "Maximum number of backlinks per referring domain, 1 to 100 (API parameter"
                  + " per_domain). When empty, all backlinks of a domain are returned.")
          .build();

  private static final List<PropertyDescriptor> PROPERTIES =
      properties(LIMIT, ORDER_BY, PER_DOMAIN);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-backlinks";
  }

  @Override
  protected RecordMapping<Backlink> mapping() {
    return RecordMappings.BACKLINK;
  }

  @Override
  protected RowStream<Backlink> query(
      BacklinksClient client, ProcessContext context, FlowFile input, String target, Mode mode) {
    return client.getBacklinks(
        BacklinksQuery.builder(target)
            .mode(mode)
            .limit(BacklinksProperties.integer(context, LIMIT, "limit", input))
            .orderBy(BacklinksProperties.chosen(context, ORDER_BY, input, BacklinksOrder::parse))
            .perDomain(BacklinksProperties.integer(context, PER_DOMAIN, "per_domain", input))
            .build());
  }
}
