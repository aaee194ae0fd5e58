package io.spsbacklinks.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.InlinkRank;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWritersTest {
  record Page(String url, InlinkRank rank, Long count) {}

  private static final List<Column<Page>> COLUMNS = List.of(
      Column.of("url", Page::url), Column.rank("inlink_rank", Page::rank), Column.of("count", Page::count));

  @Test
  void csvQuotesPerRfc4180AndPrintsNullAsEmpty() throws IOException {
    String csv = write(Format.CSV, false, new Page("a,b", InlinkRank.UNKNOWN, null),
        new Page("say \"hi\"\nthere", InlinkRank.of(7), 3L));
    assertThat(csv).isEqualTo("url,inlink_rank,count\n\"a,b\",-1,\n\"say \"\"hi\"\"\nthere\",7,3\n");
  }

  @Test
  void jsonIsOneArrayWithOneRowPerLineAndAnEmptyArrayForNoRowsJsonLinesOfNoRowsAreEmpty() throws IOException {
    assertThat(write(Format.JSON, false, new Page("u", InlinkRank.UNKNOWN, 1L), new Page("v", InlinkRank.of(0), null)))
        .isEqualTo("[\n{\"url\":\"u\",\"inlink_rank\":-1,\"count\":1},\n{\"url\":\"v\",\"inlink_rank\":0,\"count\":null}\n]\n");
    assertThat(write(Format.JSON, false)).isEqualTo("[]\n");
    assertThat(write(Format.JSONL, false, new Page("u", InlinkRank.of(5), 2L)))
        .isEqualTo("{\"url\":\"u\",\"inlink_rank\":5,\"count\":2}\n");
    assertThat(write(Format.JSONL, false)).isEmpty();
  }

  @Test
  void aTableShowsUnknownRanksAlignsNumbersAndKeepsStreamingAfterItsSizingRows() throws IOException {
    Page[] rows = new Page[TableRowWriter.SIZING_ROWS + 5];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new Page(i == rows.length - 1 ? "x".repeat(200) : "https://e.example/" + i,
          i % 2 == 0 ? InlinkRank.UNKNOWN : InlinkRank.of(i), (long) i);
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
  void aTableOfNoRowsSaysSoAndASingleObjectIsOneFieldPerLine() throws IOException {
    assertThat(write(Format.TABLE, false)).isEqualTo("(no rows)\n");
    assertThat(write(Format.TABLE, true, new Page("u\tv", InlinkRank.UNKNOWN, 9L)))
        .isEqualTo("url          u v\ninlink_rank  unknown\ncount        9\n");
  }

  private static String write(Format format, boolean single, Page... rows) throws IOException {
    StringWriter out = new StringWriter();
    try (RowWriter<Page> writer = RowWriter.create(format, COLUMNS, out, single)) {
      for (Page row : rows) {
        writer.write(row);
      }
    }
    return out.toString();
  }
}
