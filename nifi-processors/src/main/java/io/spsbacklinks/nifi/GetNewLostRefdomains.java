package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.BacklinksProperties.DATE_FROM;
import static io.spsbacklinks.nifi.BacklinksProperties.DATE_TO;
import static io.spsbacklinks.nifi.BacklinksProperties.NEW_LOST_TYPE;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.NewLostRefdomainsQuery;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
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

/** get-new-lost-refdomains: referring domains found or lost in a date range, as records. */
@Tags({"seo", "backlinks", "seopowersuite", "refdomains", "lost", "new", "monitoring", "record"})
@CapabilityDescription(
    "Calls get-new-lost-refdomains for one target and writes the referring"
        + " domains from which a first backlink was found or the last backlink was lost in a date"
        + " range (up to 10,000) as records. Runs once per incoming FlowFile when it has an incoming"
        + " connection, else on its schedule as a source, which on a cluster requests on the primary"
        + " node only. Each returned row costs one API unit.")
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
@SeeAlso({GetNewLostBacklinks.class, GetRefdomains.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Track the domains that stopped linking to a site this week.",
    keywords = {"lost domains", "referring domains", "monitoring"},
    configuration =
        """
        Set Target to the site and Mode to domain. Set New Or Lost to lost.
        Set Date From to ${now():minus(604800000):format('yyyy-MM-dd')}.
        Set the Run Schedule to 7 days. Choose a Record Writer.
        """)
public class GetNewLostRefdomains extends AbstractSingleTargetProcessor<NewLostRefdomain> {
  static final PropertyDescriptor ORDER_BY =
      BacklinksProperties.choice(
          "Order By",
          "order_by",
          NewLostRefdomainsOrder.allowedValues(),
          "Sort order: new_lost_date (most recent first; the"
              + " API's default) or domain_inlink_rank (highest first)");

  static final PropertyDescriptor LIMIT = BacklinksProperties.limit("Limit", 10_000, "1,000");

  private static final List<PropertyDescriptor> PROPERTIES =
      properties(NEW_LOST_TYPE, DATE_FROM, DATE_TO, ORDER_BY, LIMIT);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-new-lost-refdomains";
  }

  @Override
  protected RecordMapping<NewLostRefdomain> mapping() {
    return RecordMappings.NEW_LOST_REFDOMAIN;
  }

  @Override
  protected RowStream<NewLostRefdomain> query(
      BacklinksClient client, ProcessContext context, FlowFile input, String target, Mode mode) {
    return client.getNewLostRefdomains(
        NewLostRefdomainsQuery.builder(target)
            .mode(mode)
            .newLostType(
                BacklinksProperties.chosen(context, NEW_LOST_TYPE, input, NewLostType::parse))
            .dateFrom(BacklinksProperties.evaluate(context, DATE_FROM, input))
            .dateTo(BacklinksProperties.evaluate(context, DATE_TO, input))
            .orderBy(
                BacklinksProperties.chosen(context, ORDER_BY, input, NewLostRefdomainsOrder::parse))
            .limit(BacklinksProperties.integer(context, LIMIT, "limit", input))
            .build());
  }
}
