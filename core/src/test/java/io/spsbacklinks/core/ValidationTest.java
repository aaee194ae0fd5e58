package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails with the parameter's name and allowed values, and sends nothing. */
class ValidationTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private BacklinksClient client;

  @BeforeEach
  void setUp() {
    client = TestSupport.clientFor(server, new TestSupport.FakeTime()).build();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(server.getRequestCount()).isZero();
  }

  private static InvalidParameterException invalid(Executable call) {
    return catchThrowableOfType(InvalidParameterException.class, call::execute);
  }

  private static void assertInvalid(Executable call, String parameter, String allowed) {
    InvalidParameterException e = invalid(call);
    assertThat(e).as("expected InvalidParameterException for " + parameter).isNotNull();
    assertThat(e.parameter()).isEqualTo(parameter);
    assertThat(e.allowed()).contains(allowed);
    assertThat(e.getMessage()).contains(parameter).contains(allowed);
  }

  @Test
  void targetMustNotBeBlank() {
    assertInvalid(() -> BacklinksQuery.builder(" ").build(), "target", "non-blank");
    assertInvalid(() -> RefdomainsQuery.builder(null).build(), "target", "non-blank");
    assertInvalid(() -> RawBacklinksQuery.builder("").build(), "target", "non-blank");
    assertInvalid(() -> NewLostBacklinksQuery.builder("\t").build(), "target", "non-blank");
    assertInvalid(() -> NewLostRefdomainsQuery.builder(" ").build(), "target", "non-blank");
    assertInvalid(() -> client.downloadAllBacklinks(" ", Mode.DOMAIN), "target", "non-blank");
    assertInvalid(() -> client.getMetrics(List.of("a.com", " "), null), "target", "non-blank");
    assertInvalid(() -> client.getInlinkRank(Arrays.asList("a.com", null)), "target", "non-blank");
  }

  @Test
  void targetMustNotHoldSpacesOrControlCharacters() {
    assertInvalid(() -> BacklinksQuery.builder("not a domain").build(), "target", "without spaces");
    assertInvalid(
        () -> RawBacklinksQuery.builder("example.com\n").build(), "target", "without spaces");
    assertInvalid(
        () -> client.getMetrics(List.of("a.com", "b .com"), null), "target", "without spaces");
    assertInvalid(
        () -> client.downloadAllBacklinks("example.com\u0000", Mode.DOMAIN),
        "target",
        "without spaces");
  }

  @Test
  void atLeastOneTarget() {
    assertInvalid(() -> client.getMetrics(List.of(), Mode.HOST), "target", "at least one");
    assertInvalid(() -> client.getInlinkRank(null), "target", "at least one");
  }

  @Test
  void listLimitsAreOneToTenThousand() {
    assertInvalid(() -> BacklinksQuery.builder("a").limit(0).build(), "limit", "1..10000");
    assertInvalid(() -> BacklinksQuery.builder("a").limit(10_001).build(), "limit", "1..10000");
    assertInvalid(() -> RefdomainsQuery.builder("a").limit(-5).build(), "limit", "1..10000");
    assertInvalid(
        () -> NewLostBacklinksQuery.builder("a").limit(10_001).build(), "limit", "1..10000");
    assertInvalid(() -> NewLostRefdomainsQuery.builder("a").limit(0).build(), "limit", "1..10000");
    assertThatCode(
            () -> {
              BacklinksQuery.builder("a").limit(1).build();
              BacklinksQuery.builder("a").limit(10_000).build();
              NewLostRefdomainsQuery.builder("a").limit(10_000).build();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void rawLimitIsOneToOneHundredThousand() {
    assertInvalid(
        () -> RawBacklinksQuery.builder("a").limit(100_001).build(), "limit", "1..100000");
    assertInvalid(() -> RawBacklinksQuery.builder("a").limit(0).build(), "limit", "1..100000");
    assertThatCode(() -> RawBacklinksQuery.builder("a").limit(100_000).build())
        .doesNotThrowAnyException();
  }

  @Test
  void perDomainIsOneToOneHundred() {
    assertInvalid(() -> BacklinksQuery.builder("a").perDomain(0).build(), "per_domain", "1..100");
    assertInvalid(() -> BacklinksQuery.builder("a").perDomain(101).build(), "per_domain", "1..100");
    assertThatCode(() -> BacklinksQuery.builder("a").perDomain(100).build())
        .doesNotThrowAnyException();
  }

  @Test
  void datesMustBeOrderedAndWellFormed() {
    assertInvalid(
        () ->
            NewLostBacklinksQuery.builder("a")
                .dateFrom(LocalDate.of(2020, 2, 2))
                .dateTo(LocalDate.of(2020, 2, 1))
                .build(),
        "date_from",
        "not after date_to");
    assertInvalid(
        () ->
            NewLostRefdomainsQuery.builder("a").dateFrom("2020-02-02").dateTo("2020-01-01").build(),
        "date_from",
        "not after date_to");
    assertInvalid(
        () -> NewLostBacklinksQuery.builder("a").dateFrom("2019-13-01"), "date_from", "YYYY-MM-DD");
    assertInvalid(
        () -> NewLostRefdomainsQuery.builder("a").dateTo("yesterday"), "date_to", "YYYY-MM-DD");
    assertThatCode(
            () ->
                NewLostBacklinksQuery.builder("a")
                    .dateFrom("2020-01-01")
                    .dateTo("2020-01-01")
                    .build())
        .doesNotThrowAnyException();
  }

  @Test
  void requestEnumsNameTheirAllowedValues() {
    assertInvalid(() -> Mode.parse("everything"), "mode", "domain, host, url");
    assertInvalid(() -> Mode.parse(null), "mode", "domain, host, url");
    assertInvalid(
        () -> BacklinksOrder.parse("rank"),
        "order_by",
        "date_found, domain_inlink_rank, inlink_rank");
    assertInvalid(
        () -> NewLostOrder.parse("date_found"),
        "order_by",
        "new_lost_date, domain_inlink_rank, inlink_rank");
    assertInvalid(
        () -> NewLostRefdomainsOrder.parse("inlink_rank"),
        "order_by",
        "new_lost_date, domain_inlink_rank");
    assertInvalid(() -> NewLostType.parse("old"), "new_lost_type", "new, lost");
    assertInvalid(() -> LinkType.parse("canonical"), "link_type", "href, redirect");
    assertInvalid(() -> AnchorType.parse("video"), "anchor_type", "text, image, undefined");
    assertInvalid(
        () -> DofollowFilter.parse("sponsored"), "dofollow", "dofollow, nofollow, undefined");
  }

  @Test
  void clientLevelParameters() {
    assertInvalid(() -> client.downloadAllBacklinksStatus(" "), "task_id", "task_id");
    assertInvalid(() -> client.awaitExport(null, PollPolicy.defaults()), "task_id", "task_id");
    assertInvalid(() -> client.openExport(""), "download_file", "download_file");
    assertInvalid(() -> BacklinksClient.builder().build(), "apikey", "non-blank API key");
    assertInvalid(() -> BacklinksClient.builder().endpoint("not a url"), "endpoint", "http(s)");
    assertInvalid(
        () -> BacklinksClient.builder().allowDownloadHost(" "), "download host", "host name");
  }
}
