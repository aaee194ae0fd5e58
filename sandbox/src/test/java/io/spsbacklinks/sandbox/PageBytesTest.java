package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcuts taken to serve big pages fast write exactly the bytes of the plain way. */
class PageBytesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void aPageIsWrittenAsJacksonWritesItFieldByField() throws IOException {
    Site site = new Site("big-5000.example", TODAY, null, List.of());
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    ResponseWriter writer = ResponseWriter.create("json", written);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    JsonGenerator generator = JsonTree.FACTORY.createGenerator(plain);
    writer.beginResponse();
    writer.beginArray("backlinks");
    generator.writeStartObject();
    generator.writeArrayFieldStart("backlinks");
    for (long position = 0; position < site.live + site.lost; position++) {
      Row row = site.row(position);
      Commands.writeBacklink(writer, row);
      generator.writeStartObject();
      generator.writeStringField("url_from", row.urlFrom());
      generator.writeStringField("url_to", row.urlTo());
      generator.writeStringField("title", row.title());
      generator.writeStringField("anchor", row.anchor());
      generator.writeNullField("alt");
      generator.writeBooleanField("nofollow", row.nofollow());
      generator.writeBooleanField("image", row.image());
      if (row.imageSource() == null) {
        generator.writeNullField("image_source");
      } else {
        generator.writeStringField("image_source", row.imageSource());
      }
      generator.writeNumberField("inlink_rank", row.inlinkRank());
      generator.writeNumberField("domain_inlink_rank", row.domainInlinkRank());
      generator.writeStringField("first_seen", row.firstSeen().toString());
      generator.writeStringField("last_visited", row.lastVisited().toString());
      generator.writeEndObject();
    }
    writer.endArray();
    writer.field("next", "cursor");
    writer.endResponse(false);
    generator.writeEndArray();
    generator.writeStringField("next", "cursor");
    generator.writeEndObject();
    generator.flush();

    assertThat(written.toString("UTF-8")).isEqualTo(plain.toString("UTF-8")).contains("—");
  }

  @Test
  void cachedDateTextsAreLocalDateTexts() {
    for (int day = -800; day < 40_000; day += 7) {
      assertThat(IsoDates.of(day)).isEqualTo(LocalDate.ofEpochDay(day).toString());
    }
    assertThat(IsoDates.of(20_000)).isSameAs(IsoDates.of(LocalDate.ofEpochDay(20_000)));
    assertThat(IsoDates.of(LocalDate.of(2080, 1, 1))).isEqualTo("2080-01-01");
  }

  @Test
  void prefilledTemplatesGiveTheTextsOfReplacingInTurn() {
    String brand = Names.brand("big-5000.example");
    for (String[] templates : List.of(Names.TITLES, Names.ANCHORS, Names.IMAGE_ALTS)) {
      String[][] filled = Names.prefill(templates, brand);
      for (int i = 0; i < templates.length; i++) {
        for (int t = 0; t < Names.TOPICS.length; t++) {
          assertThat(filled[i][t].replace("{2}", "42"))
              .isEqualTo(
                  templates[i]
                      .replace("{0}", brand)
                      .replace("{1}", Names.TOPICS[t])
                      .replace("{2}", "42"));
        }
      }
    }
  }

  @Test
  void twoDigitsPadsLikeTheFormatter() {
    for (int value = 0; value < 100; value++) {
      assertThat(Site.twoDigits(value)).isEqualTo(String.format("%02d", value));
    }
  }
}
