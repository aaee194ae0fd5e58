package io.spsbacklinks.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Rows of the export file (.csv.gz, UTF-8, RFC 4180, header row), read by column name as the
 * bytes arrive: quoted commas and line breaks, any column order, extra columns ignored.
 */
final class CsvRowStream<T> extends AbstractRowStream<T> {
  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
  private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final Response response;
  private final CsvParser parser;
  private final Function<Row, T> mapper;
  private final String command;

  private CsvRowStream(Response response, CsvParser parser, Function<Row, T> mapper,
      String command) {
    this.response = response;
    this.parser = parser;
    this.mapper = mapper;
    this.command = command;
  }

  /**
   * Opens the body. It is gunzipped when it starts with the gzip magic bytes: a server may also
   * have sent it with {@code Content-Encoding: gzip}, which OkHttp already decoded.
   */
  static <T> CsvRowStream<T> open(Response response, Function<Row, T> mapper, String command)
      throws IOException {
    BufferedSource source = response.body().source();
    boolean gzip = source.request(2)
        && (source.getBuffer().getByte(0) & 0xff) == GZIP_MAGIC_1
        && (source.getBuffer().getByte(1) & 0xff) == GZIP_MAGIC_2;
    InputStream bytes;
    try {
      bytes = gzip ? new GZIPInputStream(source.inputStream(), 64 * 1024) : source.inputStream();
    } catch (ZipException e) {
      throw new MalformedDocumentException("invalid gzip data: " + e.getMessage(), e);
    }
    Reader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8),
        64 * 1024);
    text.mark(1);
    try {
      if (text.read() != '\uFEFF') { // a UTF-8 byte order mark would stick to the first column
        text.reset();
      }
    } catch (ZipException | EOFException e) {
      throw new MalformedDocumentException(gzipProblem(e), e);
    }
    CsvParser parser = FACTORY.createParser(text);
    parser.setSchema(HEADER);
    return new CsvRowStream<>(response, parser, mapper, command);
  }

  @Override
  T computeNext() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw new MalformedDocumentException("unexpected CSV token " + token, null);
      }
      Map<String, String> fields = JsonDocument.readFields(parser);
      return mapper.apply(new Row(fields, command, null));
    } catch (MalformedDocumentException e) {
      throw new MalformedResponseException(command, null, e.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(command, null,
          "invalid CSV: " + e.getOriginalMessage(), e);
    } catch (ZipException | EOFException e) {
      throw new MalformedResponseException(command, null, gzipProblem(e), e);
    } catch (IOException e) {
      throw new BacklinksIoException(command, null, e);
    }
  }

  /** The inflater reports a body cut inside the gzip stream as EOFException. */
  private static String gzipProblem(IOException e) {
    return (e instanceof EOFException ? "gzip data ends early (truncated): "
        : "invalid gzip data: ") + e.getMessage();
  }

  @Override
  void release() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // closing the response below is what matters
    } finally {
      response.close();
    }
  }
}
