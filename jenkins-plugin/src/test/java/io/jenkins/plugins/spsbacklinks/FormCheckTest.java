package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.spsbacklinks.FormCheck.Kind;
import io.spsbacklinks.core.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form checks reuse the core's validation and name what is wrong. */
class FormCheckTest {
  @Test
  void targetIsRequiredAndMustBeAHost() {
    assertThat(FormCheck.target("example.com")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.target("https://www.example.com/page")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.target(" ").kind()).isEqualTo(Kind.ERROR);
    assertThat(FormCheck.target("not a host").message()).contains("target");
  }

  @Test
  void deployedBaseUrlAndEndpointAreHttpUrlsOrBlank() {
    assertThat(FormCheck.deployedBaseUrl("")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.deployedBaseUrl("https://staging.example.com/")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.deployedBaseUrl("staging").message()).contains("deployedBaseUrl");
    assertThat(FormCheck.endpoint(null)).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.endpoint("http://127.0.0.1:8080/backlinks/v1.0/")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.endpoint("ftp://x").message()).contains("endpoint");
  }

  @Test
  void ignoredReasonsMustBeKnown() {
    assertThat(FormCheck.ignoredReasons("crawl_error, page_dropped")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.ignoredReasons("")).isEqualTo(FormCheck.ok());
    FormCheck bad = FormCheck.ignoredReasons("crawl_error, vanished");
    assertThat(bad.kind()).isEqualTo(Kind.ERROR);
    assertThat(bad.message()).contains("vanished").contains("page_not_found");
  }

  @Test
  void watchlistEntriesAreDomainsOrPages() {
    assertThat(FormCheck.watchlist("partner.example\nhttps://friend.example/links")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.watchlist("http://").message()).contains("watchlist");
  }

  @Test
  void numbersAreRangeChecked() {
    assertThat(FormCheck.minDomainInlinkRank("")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.minDomainInlinkRank("40")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.minDomainInlinkRank("101").message()).contains("minDomainInlinkRank");
    assertThat(FormCheck.minDomainInlinkRank("high").kind()).isEqualTo(Kind.ERROR);
    assertThat(FormCheck.unitBudget("5000")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.unitBudget("0").message()).contains("unitBudget");
    assertThat(FormCheck.unitBudget(" ").kind()).isEqualTo(Kind.ERROR);
    assertThat(FormCheck.timeoutSeconds("30")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.timeoutSeconds("0").kind()).isEqualTo(Kind.ERROR);
    assertThat(FormCheck.timeoutSeconds(null).kind()).isEqualTo(Kind.ERROR);
    assertThat(FormCheck.timeoutSeconds("601").message()).isEqualTo("Enter 1..600 seconds.");
    // The same range the global configuration's setters and readResolve enforce on the server.
    assertThat(FormCheck.isTimeoutSeconds(1)).isTrue();
    assertThat(FormCheck.isTimeoutSeconds(600)).isTrue();
    assertThat(FormCheck.isTimeoutSeconds(0)).isFalse();
    assertThat(FormCheck.isTimeoutSeconds(-10)).isFalse();
    assertThat(FormCheck.isTimeoutSeconds(601)).isFalse();
  }

  @Test
  void thresholdLevelsAreOptionalButOrdered() {
    assertThat(FormCheck.threshold("", "")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.threshold("1", "")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.threshold("2.5", "10")).isEqualTo(FormCheck.ok());
    assertThat(FormCheck.threshold("10", "2").message()).contains("failAt");
    assertThat(FormCheck.threshold("-1", "").message()).contains("warnAt");
    assertThat(FormCheck.threshold("many", "").kind()).isEqualTo(Kind.ERROR);
  }

  @Test
  void serverSideThresholdsAreCheckedAsTheFormChecksThem() {
    GateThreshold ok = GateThreshold.of(new ThresholdSetting("lost-backlinks", 1.0, 10.0));
    assertThat(FormCheck.checkedThresholds(List.of(ok)))
        .containsExactly(new ThresholdSetting("lost-backlinks", 1.0, 10.0));
    assertThat(FormCheck.checkedThresholds(null)).isEmpty();

    GateThreshold inverted = GateThreshold.of(new ThresholdSetting("lost-backlinks", 10.0, 2.0));
    assertThatThrownBy(() -> FormCheck.checkedThresholds(List.of(ok, inverted)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("failAt");
    GateThreshold negative = GateThreshold.of(new ThresholdSetting("broken-targets", -1.0, null));
    assertThatThrownBy(() -> FormCheck.checkedThresholds(List.of(negative)))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("warnAt");
    assertThatThrownBy(() -> FormCheck.checkedThresholds(List.of(new GateThreshold(null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Each threshold needs a rule.");
  }
}
