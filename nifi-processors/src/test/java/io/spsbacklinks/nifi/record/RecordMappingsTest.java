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
