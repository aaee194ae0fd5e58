package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.BacklinksProperties.DATE_FROM;
import static io.spsbacklinks.nifi.BacklinksProperties.DATE_TO;
import static io.spsbacklinks.nifi.BacklinksProperties.NEW_LOST_TYPE;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.NewLostBacklinksQuery;
import io.spsbacklinks.core.RowStream;
import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostOrder;
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
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.util.StandardValidators;

/** get-new-lost-backlinks: backlinks found or lost in a date range, as records. */
@Tags({"seo", "backlinks", "seopowersuite", "lost links", "new links", "monitoring", "record"})
@CapabilityDescription(
    "Calls get-new-lost-backlinks for one target and writes the backlinks that"
        + " were newly found or lost in a date range (up to 10,000), with the reason a link was lost,"
        + " as records. Runs once per incoming FlowFile when it has an incoming connection, else on"
        + " its schedule as a source, which on a cluster requests on the primary node only. Each"
        + " returned row costs one API unit.")
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
@SeeAlso({GetNewLostRefdomains.class, GetBacklinks.class, StandardBacklinksApiService.class})
@UseCase(
    description = "Alert every morning on the backlinks a site lost yesterday.",
    keywords = {"lost backlinks", "link monitoring", "alert"},
    configuration =
        """
        Set Target to the site and Mode to domain. Set New Or Lost to lost.
        Set Date From and Date To to ${now():minus(86400000):format('yyyy-MM-dd')}.
        Set the Run Schedule to a CRON expression such as 0 0 7 * * ?.
        Choose a Record Writer; route success to a QueryRecord or PutEmail that reports
        records with record.count > 0.
        """)
public class GetNewLostBacklinks extends AbstractSingleTargetProcessor<NewLostBacklink> {
  static final PropertyDescriptor LINK_TYPE =
      BacklinksProperties.choice(
          "Link Type",
          "link_type",
          LinkType.allowedValues(),
          "Only href links or only redirects; all when empty");

  static final PropertyDescriptor ANCHOR_TYPE =
      BacklinksProperties.choice(
          "Anchor Type",
          "anchor_type",
          AnchorType.allowedValues(),
          "Only text, image or undefined anchors; all when empty");

  static final PropertyDescriptor DOFOLLOW =
      BacklinksProperties.choice(
          "Dofollow",
          "dofollow",
          DofollowFilter.allowedValues(),
          "Only dofollow, nofollow or undefined links; all when empty");

  static final PropertyDescriptor URL_FROM =
      new PropertyDescriptor.Builder()
          .name("Referring Domain")
          .description(
              "Only backlinks from this domain and its subdomains, e.g."
                  + " http://blog.example.org/path keeps links from *blog.example.org/* (API parameter"
                  + " url_from). All when empty.")
          .required(false)
          .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
          .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
          .build();

  static final PropertyDescriptor ORDER_BY =
      BacklinksProperties.choice(
          "Order By",
          "order_by",
          NewLostOrder.allowedValues(),
          "Sort order: new_lost_date (most recent first; the API's"
              + " default), domain_inlink_rank or inlink_rank (highest first)");

  static final PropertyDescriptor LIMIT = BacklinksProperties.limit("Limit", 10_000, "1,000");

  private static final List<PropertyDescriptor> PROPERTIES =
      properties(
          NEW_LOST_TYPE,
          DATE_FROM,
          DATE_TO,
          LINK_TYPE,
          ANCHOR_TYPE,
          DOFOLLOW,
          URL_FROM,
          ORDER_BY,
          LIMIT);

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected String command() {
    return "get-new-lost-backlinks";
  }

  @Override
  protected RecordMapping<NewLostBacklink> mapping() {
    return RecordMappings.NEW_LOST_BACKLINK;
  }

  @Override
  protected RowStream<NewLostBacklink> query(
      BacklinksClient client, ProcessContext context, FlowFile input, String target, Mode mode) {
    return client.getNewLostBacklinks(
        NewLostBacklinksQuery.builder(target)
            .mode(mode)
            .newLostType(
                BacklinksProperties.chosen(context, NEW_LOST_TYPE, input, NewLostType::parse))
            .dateFrom(BacklinksProperties.evaluate(context, DATE_FROM, input))
            .dateTo(BacklinksProperties.evaluate(context, DATE_TO, input))
            .linkType(BacklinksProperties.chosen(context, LINK_TYPE, input, LinkType::parse))
            .anchorType(BacklinksProperties.chosen(context, ANCHOR_TYPE, input, AnchorType::parse))
            .dofollow(BacklinksProperties.chosen(context, DOFOLLOW, input, DofollowFilter::parse))
            .urlFrom(BacklinksProperties.evaluate(context, URL_FROM, input))
            .orderBy(BacklinksProperties.chosen(context, ORDER_BY, input, NewLostOrder::parse))
            .limit(BacklinksProperties.integer(context, LIMIT, "limit", input))
            .build());
  }
}
