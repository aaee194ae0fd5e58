package io.spsbacklinks.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-28");

  @Test
  void roundTripsWithAndWithoutMetrics() throws Exception {
    Baseline full =
        new Baseline(
            "https://www.shop.example/",
            Mode.URL,
            DAY,
            new Metrics("https://www.shop.example/", 10, 9, 8, 7, 6, 4, 1, 2),
            List.of(new MetricPoint(DAY.minusDays(1), 11, 9, 5), new MetricPoint(DAY, 10, 9, 4)));
    Baseline empty = new Baseline("shop.example", Mode.DOMAIN, DAY, null, List.of());
    for (Baseline baseline : List.of(full, empty)) {
      StringWriter out = new StringWriter();
      Baselines.write(baseline, out);
      assertThat(out.toString()).contains("\"schema\" : \"sps-backlinks/gate-baseline@1\"");
      assertThat(Baselines.read(new StringReader(out.toString()))).isEqualTo(baseline);
    }
  }

  @Test
  void theRedirectHistoryIsWrittenOnlyWhenThereIsOneAndOldFilesReadWithout() throws Exception {
    Baseline without = new Baseline("shop.example", Mode.HOST, DAY, null, List.of());
    StringWriter plain = new StringWriter();
    Baselines.write(without, plain);
    assertThat(plain.toString()).doesNotContain("redirects"); // what older versions wrote
    assertThat(Baselines.read(new StringReader(plain.toString())).redirects()).isEmpty();

    Baseline with =
        without.withRedirects(
            java.util.Map.of(
                "https://shop.example/old", "/new-home",
                "https://shop.example/pricing", "/pricing"));
    assertThat(with.redirects())
        .containsExactly(java.util.Map.entry("https://shop.example/old", "/new-home"));
    StringWriter out = new StringWriter();
    Baselines.write(with, out);
    assertThat(Baselines.read(new StringReader(out.toString()))).isEqualTo(with);

    assertThatThrownBy(
            () ->
                Baselines.read(
                    new StringReader(
                        "{\"schema\": \"sps-backlinks/gate-baseline@1\", \"target\": \"shop.example\","
                            + " \"mode\": \"host\", \"date\": \"2026-11-28\","
                            + " \"redirects\": {\"https://shop.example/old\": 3}}")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("baseline.redirects.https://shop.example/old");
  }

  @Test
  void theRedirectHistoryForgetsAUrlThatAnswersDirectlyAndKeepsOneThatBroke() {
    Baseline before =
        new Baseline("shop.example", Mode.HOST, DAY, null, List.of())
            .withRedirects(
                java.util.Map.of(
                    "https://shop.example/a", "/a-new", "https://shop.example/b", "/b-new"));

    // This run: /a answers directly now, /b was broken (absent), /c redirects.
    Baseline after =
        before.withRedirects(
            java.util.Map.of("https://shop.example/a", "/a", "https://shop.example/c", "/c-new"));

    assertThat(after.redirects())
        .containsOnly(
            java.util.Map.entry("https://shop.example/b", "/b-new"),
            java.util.Map.entry("https://shop.example/c", "/c-new"));
  }

  @Test
  void rejectsAnotherDocument() {
    assertThatThrownBy(
            () -> Baselines.read(new StringReader("{\"schema\": \"sps-backlinks/gate-report@1\"}")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.parameter()).isEqualTo("baseline.schema"));
    assertThatThrownBy(
            () ->
                Baselines.read(
                    new StringReader(
                        "{\"schema\": \"sps-backlinks/gate-baseline@1\", \"target\": \"a.example\", \"mode\": \"host\","
                            + " \"date\": \"yesterday\"}")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class,
            e -> assertThat(e.parameter()).isEqualTo("baseline.date"));
  }

  @Test
  void historyKeepsOnePointPerDayAndAtMostAYear() {
    Baseline baseline = new Baseline("shop.example", Mode.HOST, DAY, null, List.of());
    Metrics m = new Metrics("shop.example", 5, 5, 5, 5, 0, 5, 0, 0);
    Baseline twice =
        baseline.advance(DAY, m).advance(DAY, new Metrics("shop.example", 6, 5, 5, 5, 0, 6, 0, 0));
    assertThat(twice.history()).containsExactly(new MetricPoint(DAY, 6, 5, 6));

    List<MetricPoint> long_ = new ArrayList<>();
    for (int i = Baseline.MAX_HISTORY; i > 0; i--) {
      long_.add(new MetricPoint(DAY.minusDays(i), i, i, i));
    }
    Baseline full = new Baseline("shop.example", Mode.HOST, DAY, null, long_).advance(DAY, m);
    assertThat(full.history()).hasSize(Baseline.MAX_HISTORY);
    assertThat(full.history().get(0).date()).isEqualTo(DAY.minusDays(Baseline.MAX_HISTORY - 1));
    assertThat(full.history().get(Baseline.MAX_HISTORY - 1).date()).isEqualTo(DAY);
  }
}
