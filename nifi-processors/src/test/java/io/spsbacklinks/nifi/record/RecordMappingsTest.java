package io.spsbacklinks.nifi.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostKind;
import io.spsbacklinks.core.model.ReasonLost;
import java.time.LocalDate;
import org.apache.nifi.serialization.record.Record;
import org.apache.nifi.serialization.record.RecordField;
import org.apache.nifi.serialization.record.RecordFieldType;
import org.apache.nifi.serialization.record.RecordSchema;
import org.junit.jupiter.api.Test;

class RecordMappingsTest {
  private static RecordFieldType type(RecordSchema schema, String field) {
    return schema.getField(field).orElseThrow().getDataType().getFieldType();
  }

  @Test
  void backlinkSchemaHasTheApiFieldsWithProperTypes() {
    RecordSchema schema = RecordMappings.BACKLINK.schema();

    assertThat(schema.getFieldNames())
        .containsExactly(
            "url_from",
            "url_to",
            "title",
            "anchor",
            "alt",
            "nofollow",
            "image",
            "image_source",
            "inlink_rank",
            "domain_inlink_rank",
            "first_seen",
            "last_visited");
    assertThat(type(schema, "url_from")).isEqualTo(RecordFieldType.STRING);
    assertThat(type(schema, "nofollow")).isEqualTo(RecordFieldType.BOOLEAN);
    assertThat(type(schema, "inlink_rank")).isEqualTo(RecordFieldType.INT);
    assertThat(type(schema, "first_seen")).isEqualTo(RecordFieldType.DATE);
    assertThat(schema.getField("inlink_rank").map(RecordField::isNullable)).contains(true);
    assertThat(schema.getField("nofollow").map(RecordField::isNullable)).contains(false);
    assertThat(schema.getSchemaName()).contains("backlink");
  }

  @Test
  void unknownInlinkRankBecomesNullAndZeroStaysZero() {
    Backlink backlink =
        new Backlink(
            "https://a.example/",
            "https://t.example/",
            "",
            "anchor",
            null,
            true,
            false,
            null,
            InlinkRank.UNKNOWN,
            InlinkRank.of(0),
            LocalDate.of(2024, 2, 29),
            null);

    Record record = RecordMappings.BACKLINK.toRecord(backlink);

    assertThat(record.getValue("inlink_rank")).isNull();
    assertThat(record.getValue("domain_inlink_rank")).isEqualTo(0);
    assertThat(record.getValue("title")).isEqualTo("");
    assertThat(record.getValue("alt")).isNull();
    assertThat(record.getValue("nofollow")).isEqualTo(true);
    assertThat(record.getValue("first_seen")).isEqualTo(java.sql.Date.valueOf("2024-02-29"));
    assertThat(record.getValue("last_visited")).isNull();
  }

  private static Backlink backlinkSeen(LocalDate firstSeen, LocalDate lastVisited) {
    return new Backlink(
        "https://a.example/",
        "https://t.example/",
        "t",
        "a",
        null,
        false,
        false,
        null,
        InlinkRank.of(7),
        InlinkRank.of(9),
        firstSeen,
        lastVisited);
  }

  @Test
  void recordsOfOneConverterAreReadByNameAndShareTheDateOfADay() {
    RecordMapping.Converter<Backlink> converter = RecordMappings.BACKLINK.converter();
    LocalDate day = LocalDate.of(2025, 6, 1);

    Record first = converter.toRecord(backlinkSeen(day, LocalDate.of(2026, 1, 2)));
    Record second = converter.toRecord(backlinkSeen(LocalDate.of(2024, 3, 3), day));

    assertThat(second.getValue("last_visited")).isSameAs(first.getValue("first_seen"));
    assertThat(first.getValue("first_seen")).isEqualTo(java.sql.Date.valueOf(day));
    // By field, as the writers read, and by name; every schema field is present, null or not.
    assertThat(first.getValue(RecordMappings.BACKLINK.schema().getField("inlink_rank").get()))
        .isEqualTo(7);
    assertThat(first.getAsString("url_to")).isEqualTo("https://t.example/");
    assertThat(first.getRawFieldNames())
        .containsExactlyElementsOf(RecordMappings.BACKLINK.schema().getFieldNames());
    assertThat(first.toMap()).containsEntry("alt", null).containsEntry("title", "t");
    first.setValue("title", "changed");
    assertThat(first.getValue("title")).isEqualTo("changed");
    assertThat(second.getValue("title")).isEqualTo("t");
  }

  @Test
  void tolerantApiValuesAreWrittenAsTheirText() {
    NewLostBacklink row =
        new NewLostBacklink(
            LocalDate.of(2026, 11, 20),
            NewLostKind.LOST,
            "https://a.example/",
            "https://t.example/",
            "t",
            "a",
            null,
            LinkKind.of("canonical"),
            false,
            false,
            null,
            ReasonLost.PAGE_NOT_FOUND,
            InlinkRank.of(12),
            InlinkRank.of(-1),
            LocalDate.of(2020, 1, 1));

    Record record = RecordMappings.NEW_LOST_BACKLINK.toRecord(row);

    assertThat(record.getValue("new_lost_type")).isEqualTo("lost");
    assertThat(record.getValue("link_type")).isEqualTo("canonical");
    assertThat(record.getValue("reason_lost")).isEqualTo("page_not_found");
    assertThat(record.getValue("inlink_rank")).isEqualTo(12);
    assertThat(record.getValue("domain_inlink_rank")).isNull();
    assertThat(
            RecordMappings.NEW_LOST_BACKLINK
                .toRecord(
                    new NewLostBacklink(
                        null,
                        NewLostKind.NEW,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LinkKind.HREF,
                        false,
                        false,
                        null,
                        ReasonLost.NONE,
                        InlinkRank.UNKNOWN,
                        InlinkRank.UNKNOWN,
                        null))
                .getValue("reason_lost"))
        .isEqualTo("");
  }

  @Test
  void metricsCountsAreLongs() {
    Record record =
        RecordMappings.METRICS.toRecord(
            new Metrics("t.example", 5_000_000_000L, 2, 3, 4, 5, 6, 7, 8));

    assertThat(type(RecordMappings.METRICS.schema(), "backlinks")).isEqualTo(RecordFieldType.LONG);
    assertThat(record.getValue("backlinks")).isEqualTo(5_000_000_000L);
    assertThat(record.getValue("gov_backlinks")).isEqualTo(8L);
  }
}
