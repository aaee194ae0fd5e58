package io.spsbacklinks.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;

/**
 * Serves export files at {@code /export/c/<name>.csv.gz} without an API key: UTF-8 CSV (RFC 4180
 * quoting) with a header row of backlink field names, gzip-compressed and streamed, generated from
 * the index as the export's target was on the day it was requested.
 */
final class ExportFiles {
  static final String HEADER =
      "url_from,url_to,title,anchor,alt,nofollow,image,image_source,inlink_rank,"
          + "domain_inlink_rank,first_seen,last_visited";

  private final Index index;
  private final Exports exports;

  ExportFiles(Index index, Exports exports) {
    this.index = index;
    this.exports = exports;
  }

  int serve(HttpExchange exchange, OutputStream body, String name, Instant now, boolean truncate)
      throws IOException {
    Exports.Task task = exports.file(name, now);
    if (task == null) {
      throw ApiError.notFound();
    }
    exchange.getResponseHeaders().set("Content-Type", "application/gzip");
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + name + "\"");
    exchange.sendResponseHeaders(200, 0);
    // A truncated export stops after half its rows with the deflater flushed but no gzip trailer,
    // while
    // the HTTP response itself ends normally: only the gzip layer can tell.
    GZIPOutputStream gzip = new GZIPOutputStream(body, 1 << 16, truncate);
    Writer csv = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
    csv.write(HEADER);
    csv.write("\r\n");
    long rows = truncate ? task.rows() / 2 : Long.MAX_VALUE;
    Iterator<Row> it =
        index.liveRows(task.selection(), LocalDate.ofEpochDay(task.day()), 0).iterator();
    for (long n = 0; n < rows && it.hasNext(); n++) {
      writeRow(csv, it.next());
    }
    csv.flush();
    if (truncate) {
      gzip.flush();
      body.flush();
    } else {
      gzip.finish();
    }
    return 200;
  }

  private static void writeRow(Writer csv, Row row) throws IOException {
    field(csv, row.urlFrom());
    csv.write(',');
    field(csv, row.urlTo());
    csv.write(',');
    field(csv, row.title());
    csv.write(',');
    field(csv, row.anchor());
    csv.write(',');
    // alt is "not used": always empty
    csv.write(',');
    csv.write(Boolean.toString(row.nofollow()));
    csv.write(',');
    csv.write(Boolean.toString(row.image()));
    csv.write(',');
    field(csv, row.imageSource());
    csv.write(',');
    csv.write(Integer.toString(row.inlinkRank()));
    csv.write(',');
    csv.write(Integer.toString(row.domainInlinkRank()));
    csv.write(',');
    csv.write(IsoDates.of(row.firstSeen()));
    csv.write(',');
    csv.write(IsoDates.of(row.lastVisited()));
    csv.write("\r\n");
  }

  /**
   * RFC 4180: quoted when it holds a comma, quote or line break, with quotes doubled; null is
   * empty.
   */
  private static void field(Writer csv, String value) throws IOException {
    if (value == null) {
      return;
    }
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      csv.write(value);
      return;
    }
    csv.write('"');
    csv.write(value.replace("\"", "\"\""));
    csv.write('"');
  }
}
