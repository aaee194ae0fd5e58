package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reused row hands out each item's own values, sharing only what is equal. */
class RowTest {
  private final Row row = new Row("download-all-backlinks", null);

  @Test
  void cellBytesReadAsTheirTextAndAnEqualCellOfTheNextRowIsTheSameString() {
    String first = cell("url_to", "https://t.example/é");
    String same = cell("url_to", "https://t.example/é");
    String other = cell("url_to", "https://t.example/è"); // same length, another character
    String longer = cell("url_to", "x".repeat(5000)); // beyond what a slot remembers

    assertThat(first).isEqualTo("https://t.example/é");
    assertThat(same).isSameAs(first);
    assertThat(other).isEqualTo("https://t.example/è");
    assertThat(longer).isEqualTo("x".repeat(5000));
    assertThat(cell("url_to", "x".repeat(5000))).isEqualTo(longer);
    assertThat(cell("url_to", "")).isEmpty();
  }

  @Test
  void textsFromCharsAndFromBytesNeverStandForEachOther() {
    row.clear();
    row.putText(row.slot("title"), "abc".toCharArray(), 0, 3);
    assertThat(row.text("title")).isEqualTo("abc");
    assertThat(cell("title", "abd")).isEqualTo("abd");
    row.clear();
    row.putText(row.slot("title"), "xyz".toCharArray(), 0, 3);
    assertThat(row.text("title")).isEqualTo("xyz");
    assertThat(cell("title", "abd")).isEqualTo("abd");
  }

  @Test
  void datesInAndOutsideTheSharedDaysAndInvalidDays() {
    assertThat(dateCell("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(dateCell("2020-02-29")).isSameAs(dateCell("2020-02-29"));
    assertThat(dateCell("1900-01-31")).isEqualTo(LocalDate.of(1900, 1, 31));
    assertThat(dateCell("2150-12-31")).isEqualTo(LocalDate.of(2150, 12, 31));
    assertThatThrownBy(() -> dateCell("2021-02-30"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("2021-02-30");
    assertThatThrownBy(() -> dateCell("2021-13-01")).isInstanceOf(MalformedResponseException.class);
  }

  private String cell(String name, String text) {
    put(name, text);
    return row.text(name);
  }

  private LocalDate dateCell(String text) {
    put("first_seen", text);
    return row.date("first_seen");
  }

  private void put(String name, String text) {
    byte[] bytes = ("," + text).getBytes(StandardCharsets.UTF_8); // at an offset, as in a buffer
    row.clear();
    row.bytes(bytes);
    row.putBytes(row.slot(name), 1, bytes.length - 1);
  }
}
