package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.InlinkRank;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items of one list are read into one reused row, expecting the previous item's field order: items
 * that change the order, lack or add fields, or repeat a text still read as sent.
 */
class JsonItemsTest {
  private static final String FULL =
      "{\"url_from\":\"https://a.example/1\",\"url_to\":\"https://t.example/\",\"title\":\"T\","
          + "\"anchor\":\"A\",\"alt\":null,\"nofollow\":false,\"image\":true,"
          + "\"image_source\":\"https://a.example/i.png\",\"inlink_rank\":3,"
          + "\"domain_inlink_rank\":40,\"first_seen\":\"2020-01-02\",\"last_visited\":\"2026-11-01\"}";

  @Test
  void itemsInAnyFieldOrderReadAsSent() throws IOException {
    List<Backlink> rows =
        read(
            FULL,
            // Same order, texts of the same length but other characters.
            FULL.replace("t.example", "u.example").replace("\"T\"", "\"U\""),
            // Another order, fields missing.
            "{\"last_visited\":\"2026-11-03\",\"url_from\":\"https://b.example/2\",\"nofollow\":true}",
            // A field no row has, nested, before the rest.
            "{\"extra\":{\"x\":[1,2]},\"url_from\":\"https://c.example/3\",\"url_to\":\"https://t.example/\","
                + "\"title\":\"2020-01-0x\",\"inlink_rank\":-1}",
            "{}",
            FULL);

    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).urlTo()).isEqualTo("https://t.example/");
    assertThat(rows.get(0).title()).isEqualTo("T");
    assertThat(rows.get(0).image()).isTrue();
    assertThat(rows.get(0).firstSeen()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(rows.get(1).urlTo()).isEqualTo("https://u.example/");
    assertThat(rows.get(1).title()).isEqualTo("U");
    assertThat(rows.get(1).inlinkRank()).isEqualTo(InlinkRank.of(3));
    Backlink reordered = rows.get(2);
    assertThat(reordered.urlFrom()).isEqualTo("https://b.example/2");
    assertThat(reordered.urlTo()).isNull();
    assertThat(reordered.title()).isNull();
    assertThat(reordered.nofollow()).isTrue();
    assertThat(reordered.image()).isFalse();
    assertThat(reordered.firstSeen()).isNull();
    assertThat(reordered.lastVisited()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(rows.get(3).urlFrom()).isEqualTo("https://c.example/3");
    assertThat(rows.get(3).urlTo()).isEqualTo("https://t.example/");
    assertThat(rows.get(3).title()).isEqualTo("2020-01-0x");
    assertThat(rows.get(3).inlinkRank()).isEqualTo(InlinkRank.UNKNOWN);
    assertThat(rows.get(5)).isEqualTo(rows.get(0));
  }

  @Test
  void anEqualTextOfTheNextItemIsTheSameString() throws IOException {
    List<Backlink> rows = read(FULL, FULL.replace("/1\"", "/2\""));

    assertThat(rows.get(1).urlTo()).isSameAs(rows.get(0).urlTo());
    assertThat(rows.get(1).urlFrom()).isEqualTo("https://a.example/2");
    assertThat(rows.get(1).firstSeen()).isSameAs(rows.get(0).firstSeen());
  }

  private static List<Backlink> read(String... items) throws IOException {
    String json = "{\"backlinks\":[" + String.join(",", items) + "]}";
    List<Backlink> rows = new ArrayList<>();
    try (JsonDocument document =
        JsonDocument.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(document.nextMember()).isEqualTo("backlinks");
      assertThat(document.beginList()).isTrue();
      Row row = new Row("get-raw-backlinks", "t.example");
      while (document.nextItem(row)) {
        if (row.has("url_from")) {
          rows.add(Mappers.backlink(row));
        } else {
          rows.add(null);
        }
      }
    }
    return rows;
  }
}
