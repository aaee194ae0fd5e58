package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Report ids name files and URLs: stable, safe, short. */
class ReportIdsTest {
  @Test
  void targetAndModeMakeASafeStableId() {
    assertThat(ReportIds.of("Example.com", "host")).isEqualTo("example.com-host");
    assertThat(ReportIds.of("https://www.example.com/a b?c=1", "url")).isEqualTo("https-www.example.com-a-b-c-1-url");
    assertThat(ReportIds.of("../../etc", "host")).isEqualTo("etc-host");
    assertThat(ReportIds.urlName("example.com-host")).isEqualTo("backlinks-example.com-host");
  }

  @Test
  void longTargetsKeepAPrefixAndAChecksum() {
    String a = ReportIds.of("https://example.com/" + "x".repeat(200) + "/a", "url");
    String b = ReportIds.of("https://example.com/" + "x".repeat(200) + "/b", "url");

    assertThat(a).hasSizeLessThanOrEqualTo(69).startsWith("https-example.com-xxx").matches("[a-z0-9.-]+");
    assertThat(a).isNotEqualTo(b);
    assertThat(ReportIds.of("https://example.com/" + "x".repeat(200) + "/a", "url")).isEqualTo(a);
  }
}
