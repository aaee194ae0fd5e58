package io.spsbacklinks.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_CODE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.ERROR_MESSAGE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_FAILURE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;
import static io.spsbacklinks.nifi.TestFlows.attributes;
import static io.spsbacklinks.nifi.TestFlows.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.nifi.provenance.ProvenanceEventType;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GetBacklinks, GetRefdomains, GetNewLostBacklinks and GetNewLostRefdomains. */
class ListProcessorsTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  private static Sandbox sandbox;

  @BeforeAll
  static void keys() {
    sandbox = SANDBOX.sandbox();
    TestFlows.addKey(sandbox);
  }

  private static MockFlowFile single(TestRunner runner) {
    runner.assertTransferCount(REL_SUCCESS, 1);
    return runner.getFlowFilesForRelationship(REL_SUCCESS).get(0);
  }

  @Test
  void backlinksOfTheIncomingFlowFilesTargetOrderedAndLimited() {
    TestRunner runner = TestFlows.runner(new GetBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "${site}");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(GetBacklinks.LIMIT, "${limit}");
    runner.setProperty(GetBacklinks.ORDER_BY, "inlink_rank");
    runner.enqueue("", attributes("site", "big-800.example", "limit", "50"));

    runner.run();

    MockFlowFile output = single(runner);
    runner.assertTransferCount(REL_ORIGINAL, 1);
    output.assertAttributeEquals("record.count", "50");
    output.assertAttributeEquals("backlinks.target", "big-800.example");
    output.assertAttributeEquals("site", "big-800.example");
    List<JsonNode> records = records(output);
    assertThat(records)
        .hasSize(50)
        .allSatisfy(
            record -> {
              assertThat(record.get("url_to").asText()).contains("big-800.example");
              assertThat(record.get("nofollow").isBoolean()).isTrue();
              assertThat(LocalDate.parse(record.get("first_seen").asText())).isNotNull();
            });
    assertThat(records)
        .extracting(record -> record.get("inlink_rank").asInt(-1))
        .isSortedAccordingTo(Comparator.reverseOrder());
    // A FlowFile came in: FETCH, not RECEIVE.
    assertThat(runner.getProvenanceEvents())
        .filteredOn(event -> event.getEventType() == ProvenanceEventType.FETCH)
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getTransitUri())
                    .isEqualTo(
                        sandbox.endpoint() + "get-backlinks?target=big-800.example&mode=domain"));
    TestFlows.assertNoKeyLeaked(runner);
  }

  @Test
  void backlinksPropertiesAreValidated() {
    TestRunner runner = TestFlows.runner(new GetBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "example.com");
    runner.assertValid();
    runner.setProperty(GetBacklinks.LIMIT, "10001");
    runner.assertNotValid();
    runner.setProperty(GetBacklinks.LIMIT, "10000");
    runner.setProperty(GetBacklinks.PER_DOMAIN, "101");
    runner.assertNotValid();
    runner.setProperty(GetBacklinks.PER_DOMAIN, "1");
    runner.setProperty(GetBacklinks.ORDER_BY, "random");
    runner.assertNotValid();
    runner.setProperty(GetBacklinks.ORDER_BY, "domain_inlink_rank");
    runner.assertValid();
  }

  @Test
  void refdomainsOfATargetAsASource() {
    TestRunner runner = TestFlows.runner(new GetRefdomains(), sandbox);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(BacklinksProperties.TARGET, "big-600.example");
    runner.setProperty(GetRefdomains.LIMIT, "20");

    runner.run();

    List<JsonNode> records = records(single(runner));
    assertThat(records)
        .hasSize(20)
        .allSatisfy(
            record -> {
              assertThat(record.get("refdomain").asText()).isNotBlank();
              assertThat(record.get("backlinks").isIntegralNumber()).isTrue();
              assertThat(record.get("dofollow_backlinks").asLong())
                  .isLessThanOrEqualTo(record.get("backlinks").asLong());
              assertThat(
                      record.get("domain_inlink_rank").isNull()
                          || record.get("domain_inlink_rank").isInt())
                  .isTrue();
            });
  }

  @Test
  void lostBacklinksInADateRange() {
    TestRunner runner = TestFlows.runner(new GetNewLostBacklinks(), sandbox);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(BacklinksProperties.TARGET, "big-3000.example");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(BacklinksProperties.NEW_LOST_TYPE, "lost");
    runner.setProperty(BacklinksProperties.DATE_FROM, "2026-01-01");
    runner.setProperty(BacklinksProperties.DATE_TO, "2026-11-28");

    runner.run();

    List<JsonNode> records = records(single(runner));
    assertThat(records)
        .isNotEmpty()
        .allSatisfy(
            record -> {
              assertThat(record.get("new_lost_type").asText()).isEqualTo("lost");
              assertThat(record.get("reason_lost").asText()).isNotEmpty();
              assertThat(LocalDate.parse(record.get("new_lost_date").asText()))
                  .isBetween(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-28"));
              assertThat(record.get("link_type").asText()).isIn("href", "redirect");
            });
  }

  @Test
  void dateRangeFromExpressionsIsCheckedBeforeAnyRequest() {
    TestRunner runner = TestFlows.runner(new GetNewLostBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "big-300.example");
    runner.setProperty(BacklinksProperties.DATE_FROM, "${from}");
    runner.setProperty(BacklinksProperties.DATE_TO, "${to}");
    runner.enqueue("", attributes("from", "2026-11-20", "to", "2026-11-01"));
    long before = sandbox.requestCount();

    runner.run();

    runner.assertAllFlowFilesTransferred(REL_FAILURE, 1);
    MockFlowFile failed = runner.getFlowFilesForRelationship(REL_FAILURE).get(0);
    failed.assertAttributeEquals(ERROR_CODE, "invalid_parameter");
    assertThat(failed.getAttribute(ERROR_MESSAGE)).contains("date_");
    assertThat(sandbox.requestCount()).isEqualTo(before);
  }

  @Test
  void newLostPropertiesAreValidated() {
    TestRunner runner = TestFlows.runner(new GetNewLostBacklinks(), sandbox);
    runner.setProperty(BacklinksProperties.TARGET, "example.com");
    runner.setProperty(BacklinksProperties.DATE_FROM, "2026-13-01");
    runner.assertNotValid();
    runner.setProperty(BacklinksProperties.DATE_FROM, "${now():format('yyyy-MM-dd')}");
    runner.assertValid();
    runner.setProperty(GetNewLostBacklinks.DOFOLLOW, "maybe");
    runner.assertNotValid();
    runner.setProperty(GetNewLostBacklinks.DOFOLLOW, "nofollow");
    runner.setProperty(GetNewLostBacklinks.LIMIT, "0");
    runner.assertNotValid();
  }

  @Test
  void newReferringDomainsInADateRange() {
    TestRunner runner = TestFlows.runner(new GetNewLostRefdomains(), sandbox);
    runner.setIncomingConnection(false);
    runner.setNonLoopConnection(false);
    runner.setProperty(BacklinksProperties.TARGET, "big-3000.example");
    runner.setProperty(BacklinksProperties.MODE, "domain");
    runner.setProperty(BacklinksProperties.NEW_LOST_TYPE, "new");
    runner.setProperty(BacklinksProperties.DATE_FROM, "2025-11-28");
    runner.setProperty(BacklinksProperties.DATE_TO, "2026-11-28");
    runner.setProperty(GetNewLostRefdomains.LIMIT, "100");

    runner.run();

    List<JsonNode> records = records(single(runner));
    assertThat(records)
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(100)
        .allSatisfy(
            record -> {
              assertThat(record.get("new_lost_type").asText()).isEqualTo("new");
              assertThat(record.get("refdomain").asText()).isNotBlank();
              assertThat(record.get("backlinks").isIntegralNumber()).isTrue();
            });
  }
}
