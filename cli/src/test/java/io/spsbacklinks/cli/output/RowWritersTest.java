package io.spsbacklinks.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.InlinkRank;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWritersTest {
  record Page(String url, InlinkRank rank, Long count) {}

  private static final List<Column<Page>> COLUMNS =
      List.of(
          Column.of("url", Page::url),
          Column.rank("inlink_rank", Page::rank),
          Column.of("count", Page::count));

  @Test
  void csvQuotesPerRfc4180AndPrintsNullAsEmpty() throws IOException {
    String csv =
        write(
            Format.CSV,
            false,
            new Page("a,b", InlinkRank.UNKNOWN, null),
            new Page("say \"hi\"\nthere", InlinkRank.of(7), 3L));
    assertThat(csv)
        .isEqualTo("url,inlink_rank,count\n\"a,b\",-1,\n\"say \"\"hi\"\"\nthere\",7,3\n");
  }

  @Test
  void guardedCsvDefusesFormulasAndDropsControlCharactersButKeepsNumbers() throws IOException {
    String csv =
        write(
            Format.CSV_GUARDED,
            false,
            new Page("=HYPERLINK(\"x\")", InlinkRank.UNKNOWN, -5L),
            new Page("@SUM(A1)\u001b[31m red\u009b", InlinkRank.of(1), null),
            new Page("+1,-2", InlinkRank.of(2), 0L),
            new Page("plain é 👋", InlinkRank.of(3), 1L));
    assertThat(csv)
        .isEqualTo(
            "url,inlink_rank,count\n\"'=HYPERLINK(\"\"x\"\")\",-1,-5\n"
                + "'@SUM(A1)[31m red,1,\n\"'+1,-2\",2,0\nplain é 👋,3,1\n");
    assertThat(write(Format.CSV, false, new Page("=1+1", InlinkRank.of(1), null)))
        .endsWith("\n=1+1,1,\n");
  }

  @Test
  void datesAndUnicodeAreWrittenAsTheApiSpellsThem() throws IOException {
    record Dated(String title, LocalDate firstSeen) {}
    List<Column<Dated>> columns =
        List.of(Column.of("title", Dated::title), Column.of("first_seen", Dated::firstSeen));
    Dated row = new Dated("Привет \"мир\" 👋", LocalDate.of(2016, 1, 9));
    for (Format format : List.of(Format.JSONL, Format.CSV)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RowWriter<Dated> writer = RowWriter.create(format, columns, out, false)) {
        writer.write(row);
        writer.finish();
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as(format.value())
          .endsWith(
              format == Format.CSV
                  ? "\n\"Привет \"\"мир\"\" 👋\",2016-01-09\n"
                  : "{\"title\":\"Привет \\\"мир\\\" 👋\",\"first_seen\":\"2016-01-09\"}\n");
    }
  }

  @Test
  void jsonEscapesShortAndLongTextsAlike() throws IOException {
    for (int emojis : new int[] {1, 511, 512, 2000}) { // 1024 chars and up: beyond the copy buffer
      String text = "\u0001\t\\ \"q\" é " + "👋".repeat(emojis);
      String json = write(Format.JSONL, false, new Page(text, InlinkRank.of(1), 1L));
      assertThat(json)
          .as("%d emojis", emojis)
          .isEqualTo(
              "{\"url\":\"\\u0001\\t\\\\ \\\"q\\\" é "
                  + "👋".repeat(emojis)
                  + "\",\"inlink_rank\":1,\"count\":1}\n");
    }
  }

  @Test
  void jsonIsOneArrayWithOneRowPerLineAndAnEmptyArrayForNoRowsJsonLinesOfNoRowsAreEmpty()
      throws IOException {
    assertThat(
            write(
                Format.JSON,
                false,
                new Page("u", InlinkRank.UNKNOWN, 1L),
                new Page("v", InlinkRank.of(0), null)))
        .isEqualTo(
            "[\n{\"url\":\"u\",\"inlink_rank\":-1,\"count\":1},\n{\"url\":\"v\",\"inlink_rank\":0,\"count\":null}\n]\n");
    assertThat(write(Format.JSON, false)).isEqualTo("[]\n");
    assertThat(write(Format.JSONL, false, new Page("u", InlinkRank.of(5), 2L)))
        .isEqualTo("{\"url\":\"u\",\"inlink_rank\":5,\"count\":2}\n");
    assertThat(write(Format.JSONL, false)).isEmpty();
  }

  @Test
  void aTableShowsUnknownRanksAlignsNumbersAndKeepsStreamingAfterItsSizingRows()
      throws IOException {
    Page[] rows = new Page[TableRowWriter.SIZING_ROWS + 5];
    for (int i = 0; i < rows.length; i++) {
      rows[i] =
          new Page(
              i == rows.length - 1 ? "x".repeat(200) : "https://e.example/" + i,
              i % 2 == 0 ? InlinkRank.UNKNOWN : InlinkRank.of(i),
              (long) i);
    }
    List<String> lines = write(Format.TABLE, false, rows).lines().toList();

    assertThat(lines).hasSize(rows.length + 2);
    assertThat(lines.get(0)).startsWith("url ");
    assertThat(lines.get(2)).contains("unknown");
    assertThat(lines.get(3)).matches(".*\\s+1\\s+1$");
    assertThat(lines.get(lines.size() - 1)).contains("x".repeat(10) + "…").hasSizeLessThan(200);
    assertThat(lines.stream().skip(2).map(String::length).distinct()).hasSize(1);
  }

  @Test
  void aTableMeasuresDisplayColumnsSoWideAndCombiningTextLinesUp() throws IOException {
    Page[] rows = {
      new Page("https://例え.jp/日本語のページ", InlinkRank.of(1), 1L),
      new Page("https://e.example/cafe\u0301", InlinkRank.of(2), 22L), // é as e + combining acute
      new Page(
          "https://e.example/" + "한국어".repeat(30), InlinkRank.of(3), 333L), // cut at 60 columns
      new Page("https://e.example/😀", InlinkRank.of(4), 4444L),
    };
    List<String> lines = write(Format.TABLE, false, rows).lines().toList();

    assertThat(lines.stream().map(DisplayWidth::of).distinct())
        .as(String.join("\n", lines))
        .hasSize(1);
    assertThat(lines.get(4)).contains("국어한국…"); // 59 columns: the next wide character would not fit
    assertThat(DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("inlink_rank"))))
        .isEqualTo(TableRowWriter.MAX_WIDTH + 2);
  }

  @Test
  void displayWidthCountsWideCharactersTwiceAndMarksNever() {
    assertThat(DisplayWidth.of("abc")).isEqualTo(3);
    assertThat(DisplayWidth.of("漢字")).isEqualTo(4);
    assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4); // fullwidth
    assertThat(DisplayWidth.of("ｶﾅ")).isEqualTo(2); // halfwidth
    assertThat(DisplayWidth.of("e\u0301\u200d")).isEqualTo(1);
    assertThat(DisplayWidth.of("😀")).isEqualTo(2);
    assertThat(DisplayWidth.prefix("漢字x", 3)).isEqualTo("漢");
    assertThat(DisplayWidth.prefix("ae\u0301b", 2)).isEqualTo("ae\u0301");
    assertThat(DisplayWidth.prefix("😀😀", 3)).isEqualTo("😀"); // never half a surrogate pair
  }

  @Test
  void aTableOfNoRowsSaysSoAndASingleObjectIsOneFieldPerLine() throws IOException {
    assertThat(write(Format.TABLE, false)).isEqualTo("(no rows)\n");
    assertThat(write(Format.TABLE, true, new Page("u\tv", InlinkRank.UNKNOWN, 9L)))
        .isEqualTo("url          u v\ninlink_rank  unknown\ncount        9\n");
  }

  @Test
  void aFailureBeforeTheFirstRowWritesNothingInAnyFormat() throws IOException {
    for (Format format : Format.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RowWriter.create(format, COLUMNS, out, false).close(); // closed without finish(): it failed
      assertThat(out.toString(StandardCharsets.UTF_8)).as(format.value()).isEmpty();
    }
    assertThat(write(Format.CSV, false)).isEqualTo("url,inlink_rank,count\n");
  }

  @Test
  void aFailureAfterSomeRowsStillEndsTheirDocument() throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (RowWriter<Page> writer = RowWriter.create(Format.JSON, COLUMNS, json, false)) {
      writer.write(new Page("u", InlinkRank.of(1), 1L));
    }
    assertThat(json.toString(StandardCharsets.UTF_8))
        .isEqualTo("[\n{\"url\":\"u\",\"inlink_rank\":1,\"count\":1}\n]\n");
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    try (RowWriter<Page> writer = RowWriter.create(Format.TABLE, COLUMNS, table, false)) {
      writer.write(new Page("u", InlinkRank.of(1), 1L));
    }
    assertThat(table.toString(StandardCharsets.UTF_8))
        .startsWith("url  inlink_rank  count\n")
        .doesNotContain("(no rows)");
  }

  private static String write(Format format, boolean single, Page... rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RowWriter<Page> writer = RowWriter.create(format, COLUMNS, out, single)) {
      for (Page row : rows) {
        writer.write(row);
      }
      writer.finish();
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
