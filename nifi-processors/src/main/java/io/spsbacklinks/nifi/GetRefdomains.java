package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RefdomainsQuery;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.Refdomain;
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

/** get-refdomains: the referring domains of a target as records. */
@Tags({"seo", "backlinks", "seopowersuite", "refdomains", "referring domains", "record", "get"})
@CapabilityDescription(
    "Calls get-refdomains for one target and writes the referring domains"
        + " (up to 10,000) with their backlink counts, first-seen date and Domain InLink Rank as"
        + " records. Runs once per incoming FlowFile when it has an incoming connection, else on its"
        + " schedule as a source, which on a cluster requests on the primary node only. Each"
        + " returned row costs one API unit.")
@InputRequirement(Requirement.INPUT_ALLOWED)
@WritesAttributes({
  @WritesAttribute(attribute = "record.count", description = "Number of domains written."),
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
@SeeAlso({GetBacklinks.class, GetNewLostRefdomains.class, StandardBacklinksApiService.class})
@UseCase(
    description = "List the strongest domains linking to a site.",
    keywords = {"referring domains", "linking domains"},
    configuration =
        """
        Set Target to the site and Mode to domain.
        Set Order By to domain_inlink_rank and Limit to the number of domains wanted.
        Choose a Record Writer.
        """)
public class GetRefdomains extends AbstractSingleTargetProcessor<Refdomain> {
  static final PropertyDescriptor LIMIT = BacklinksProperties.limit("Limit", 10_000, "100");

  static final PropertyDescriptor ORDER_BY =
      BacklinksProperties.choice(
          "Order By",
          "order_by",
          BacklinksOrder.allowedValues(),
          "Sort order: date_found (newest first; the API's default),"
              + " domain_inlink_rank or inlink_rank (highest first)");

  private static final List<PropertyDescriptor> PROPERTIES = properties(LIMIT, ORDER_BY);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-refdomains";
  }

  @Override
  protected RecordMapping<Refdomain> mapping() {
    return RecordMappings.REFDOMAIN;
  }

  @Override
  protected RowStream<Refdomain> query(
      BacklinksClient client, ProcessContext context, FlowFile input, String target, Mode mode) {
    return client.getRefdomains(
        RefdomainsQuery.builder(target)
            .mode(mode)
            .limit(BacklinksProperties.integer(context, LIMIT, "limit", input))
            .orderBy(BacklinksProperties.chosen(context, ORDER_BY, input, BacklinksOrder::parse))
            .build());
  }
}
