package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The byte-level {@link JsonDocument} against the Jackson streaming reader it replaced ({@link
 * JacksonDocument}): generated pages read the same rows, root members and mapped backlinks through
 * both, read whole or in chunks as small as one byte; broken bodies fail in both, never as a
 * different row.
 */
class JsonDocumentDifferentialTest {
  private static final String[] FIELDS = {
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
    "last_visited"
  };

  private static final String[] NUMBERS = {
    "0",
    "-0",
    "1",
    "-1",
    "40",
    "2147483647",
    "2147483648",
    "-2147483649",
    "123456789012345678",
    "1234567890123456789",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "-9223372036854775809",
    "99999999999999999999999",
    "1.5",
    "-0.0",
    "20.0",
    "1e5",
    "1E+5",
    "2.5e-3",
    "-1.25E2"
  };

  private static final String[] SPACE = {"", "", " ", "\n", "\r\n", "\t", "  \n  "};

  private static final String[] SAMPLES = {
    "get-raw-backlinks-page1.json",
    "get-raw-backlinks-page3.json",
    "get-backlinks.json",
    "get-refdomains.json",
    "get-new-lost-backlinks.json",
    "get-new-lost-refdomains.json",
    "get-inlink-rank-post.json",
    "get-metrics-post.json",
    "download-all-backlinks.json",
    "get-subscription-info.json",
    "download-all-backlinks-status.json"
  };

  private interface Opener {
    ApiDocument open(InputStream body) throws IOException;
  }

  private static final Opener DECODER = JsonDocument::open;
  private static final Opener JACKSON = JacksonDocument::open;

  @Test
  void generatedPagesReadTheSameThroughBoth() {
    for (int seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      byte[] page = page(random).getBytes(StandardCharsets.UTF_8);
      List<String> expected = trace(JACKSON, new ByteArrayInputStream(page));

      assertThat(expected).as("seed %d is a valid page", seed).last().isEqualTo("end");
      assertThat(trace(DECODER, new ByteArrayInputStream(page)))
          .as("seed %d", seed)
          .isEqualTo(expected);
      assertThat(trace(DECODER, new Chunks(page, new Random(seed), seed % 3 == 0 ? 1 : 9)))
          .as("seed %d in chunks", seed)
          .isEqualTo(expected);
    }
  }

  @Test
  void textsLongerThanTheReadBufferReadTheSame() {
    Random random = new Random(7);
    StringBuilder escapes = new StringBuilder();
    while (escapes.length() < 200_000) {
      String text = text(random);
      escapes.append(text, 1, text.length() - 1);
    }
    String page =
        "{\"backlinks\":[{\"url_from\":\""
            + escapes
            + "\",\"title\":\""
            + "\u00e9\ud83d\ude00x".repeat(40_000)
            + "\"}],\"next\":\"c\"}";
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);

    List<String> expected = trace(JACKSON, new ByteArrayInputStream(bytes));
    assertThat(expected).last().isEqualTo("end");
    assertThat(trace(DECODER, new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(trace(DECODER, new Chunks(bytes, random, 70_000))).isEqualTo(expected);
  }

  @Test
  void everyTruncationOfTheSamplesFailsInBoth() {
    for (String sample : SAMPLES) {
      byte[] whole = TestSupport.sample(sample).getBytes(StandardCharsets.UTF_8);
      int end = lastIndexOf(whole, (byte) '}');
      assertThat(trace(DECODER, new ByteArrayInputStream(whole))).last().isEqualTo("end");
      for (int cut = 0; cut <= end; cut++) {
        byte[] truncated = Arrays.copyOf(whole, cut);
        List<String> decoded = trace(DECODER, new ByteArrayInputStream(truncated));

        assertThat(decoded).as("%s cut at %d", sample, cut).last().isEqualTo("malformed");
        assertThat(decoded)
            .as("%s cut at %d", sample, cut)
            .isEqualTo(trace(JACKSON, new ByteArrayInputStream(truncated)));
      }
    }
  }

  @Test
  void brokenDocumentsFailInBoth() {
    String[] broken = {
      "",
      "[]",
      "\"backlinks\"",
      "{\"backlinks\":[{\"url_from\":\"a\" \"title\":\"b\"}]}",
      "{\"backlinks\":[{\"url_from\" \"a\"}]}",
      "{\"backlinks\":[{url_from:\"a\"}]}",
      "{\"backlinks\":[{'url_from':'a'}]}",
      "{\"backlinks\":[{\"url_from\":\"a\"},,]}",
      "{\"backlinks\":[,]}",
      "{\"backlinks\":[{,}]}",
      "{\"backlinks\":[{\"url_from\":\"a\",,}]}",
      "{\"backlinks\":[{\"url_from\":\"a\"}}",
      "{\"backlinks\":[{\"url_from\":\"a\"]]}",
      "{\"backlinks\":[{\"x\":[1,2}]}]}",
      "{\"backlinks\":[1]}",
      "{\"backlinks\":[null]}",
      "{\"backlinks\":\"none\"}",
      "{\"backlinks\":[{\"inlink_rank\":01}]}",
      "{\"backlinks\":[{\"inlink_rank\":-}]}",
      "{\"backlinks\":[{\"inlink_rank\":+1}]}",
      "{\"backlinks\":[{\"inlink_rank\":.5}]}",
      "{\"backlinks\":[{\"inlink_rank\":1.}]}",
      "{\"backlinks\":[{\"inlink_rank\":1e}]}",
      "{\"backlinks\":[{\"inlink_rank\":1x}]}",
      "{\"backlinks\":[{\"inlink_rank\":NaN}]}",
      "{\"backlinks\":[{\"nofollow\":tru}]}",
      "{\"backlinks\":[{\"nofollow\":True}]}",
      "{\"backlinks\":[{\"alt\":nul}]}",
      "{\"backlinks\":[{\"title\":\"a\\x\"}]}",
      "{\"backlinks\":[{\"title\":\"a\\u12G4\"}]}",
      "{\"backlinks\":[{\"title\":\"a\\u12\"}]}",
      "{\"backlinks\":[{\"ti\\qtle\":\"a\"}]}",
      "{\"backlinks\":[{\"title\":\"a\"}]\u000b}",
      "{\"backlinks\":[{\"x\":" + "[".repeat(1200) + "]".repeat(1200) + "}]}",
      "{\"error\":{\"code\":401,}",
      "{\"next\":\"c\"]"
    };
    for (String document : broken) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      List<String> decoded = trace(DECODER, new ByteArrayInputStream(bytes));

      assertThat(decoded).as(document).last().isEqualTo("malformed");
      assertThat(decoded).as(document).isEqualTo(trace(JACKSON, new ByteArrayInputStream(bytes)));
    }
  }

  @Test
  void malformedUtf8FailsInBoth() {
    int[][] sequences = {{0xFF}, {0x80}, {0xC3, 'a'}, {0xE2, 0x82, '"'}, {0xF0, 0x9F, 0x98, 'x'}};
    for (int[] sequence : sequences) {
      byte[] bytes = withRawBytes(sequence);
      List<String> decoded = trace(DECODER, new ByteArrayInputStream(bytes));

      assertThat(decoded).as(Arrays.toString(sequence)).last().isEqualTo("malformed");
      assertThat(decoded).isEqualTo(trace(JACKSON, new ByteArrayInputStream(bytes)));
    }
  }

  @Test
  void utf8ThatJacksonLetsThroughIsMalformedToo() {
    // overlong NUL, an encoded surrogate, a code point past U+10FFFF
    int[][] sequences = {{0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}};
    for (int[] sequence : sequences) {
      assertThat(trace(DECODER, new ByteArrayInputStream(withRawBytes(sequence))))
          .as(Arrays.toString(sequence))
          .last()
          .isEqualTo("malformed");
    }
  }

  @Test
  void aTextLongerThanTheCapIsMalformed() {
    String longest = "x".repeat(XmlDocument.MAX_TEXT);
    byte[] fits = ("{\"next\":\"" + longest + "\"}").getBytes(StandardCharsets.UTF_8);
    byte[] over = ("{\"next\":\"" + longest + "y\"}").getBytes(StandardCharsets.UTF_8);

    assertThat(trace(DECODER, new ByteArrayInputStream(fits))).last().isEqualTo("end");
    assertThat(trace(DECODER, new ByteArrayInputStream(over)))
        .containsExactly("member next", "malformed");
  }

  /** {@code {"backlinks":[{"title":"a<bytes>b"}]}} with raw bytes in the title. */
  private static byte[] withRawBytes(int[] sequence) {
    byte[] head = "{\"backlinks\":[{\"title\":\"a".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "b\"}]}".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(head, head.length + sequence.length + tail.length);
    for (int i = 0; i < sequence.length; i++) {
      bytes[head.length + i] = (byte) sequence[i];
    }
    System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);
    return bytes;
  }

  /**
   * What a client sees of a document: root members, each list item's fields as text and its mapped
   * backlink (or the mapping's failure), objects and scalars; "malformed" where reading failed.
   */
  private static List<String> trace(Opener opener, InputStream body) {
    List<String> trace = new ArrayList<>();
    try (ApiDocument document = opener.open(body)) {
      Row row = new Row("get-raw-backlinks", "t.example");
      for (String member = document.nextMember(); member != null; member = document.nextMember()) {
        trace.add("member " + member);
        switch (member) {
          case "backlinks",
              "refdomains",
              "new_lost_backlinks",
              "new_lost_refdomains",
              "metrics",
              "pages" -> {
            if (!document.beginList()) {
              trace.add("no list");
              continue;
            }
            while (document.nextItem(row)) {
              trace.add("fields " + new TreeMap<>(row.toMap()));
              trace.add("backlink " + backlink(row));
            }
          }
          case "error", "subscription_info", "extra" ->
              trace.add("object " + sorted(document.readObject()));
          case "skipped" -> document.skipValue();
          default -> trace.add("text " + document.readText());
        }
      }
      trace.add("end");
    } catch (MalformedDocumentException | JsonProcessingException e) {
      // The Jackson reader let its own errors out of readText unwrapped (the client then reported
      // an I/O failure); the decoder reports them all as malformed.
      trace.add("malformed");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return trace;
  }

  private static String backlink(Row row) {
    try {
      return Mappers.backlink(row).toString();
    } catch (MalformedResponseException e) {
      return e.getMessage();
    }
  }

  private static Map<String, String> sorted(Map<String, String> fields) {
    return fields == null ? null : new TreeMap<>(fields);
  }

  private static int lastIndexOf(byte[] bytes, byte wanted) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + (char) wanted);
  }

  // ---- generated pages ----

  private static String page(Random random) {
    List<String> members = new ArrayList<>();
    members.add(name(random, "backlinks") + list(random));
    members.add(name(random, "next") + scalar(random));
    if (random.nextBoolean()) {
      members.add(name(random, "skipped") + value(random, 3));
    }
    if (random.nextBoolean()) {
      members.add(name(random, "extra") + (random.nextBoolean() ? item(random) : value(random, 2)));
    }
    if (random.nextBoolean()) {
      members.add(name(random, "count") + value(random, 2));
    }
    Collections.shuffle(members, random);
    return space(random) + "{" + join(random, members) + "}" + space(random);
  }

  private static String list(Random random) {
    if (random.nextInt(20) == 0) {
      return "null";
    }
    List<String> items = new ArrayList<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      items.add(item(random));
    }
    return "[" + join(random, items) + "]";
  }

  /** An item mostly in the previous one's field order (as the API sends them), sometimes not. */
  private static String item(Random random) {
    List<String> fields = new ArrayList<>();
    for (String field : FIELDS) {
      if (random.nextInt(10) > 0) {
        fields.add(name(random, field) + fieldValue(random, field));
      }
    }
    if (random.nextInt(4) == 0) {
      Collections.shuffle(fields, random);
    }
    if (random.nextInt(4) == 0) {
      fields.add(random.nextInt(fields.size() + 1), name(random, "nested") + value(random, 3));
    }
    if (random.nextInt(8) == 0 && !fields.isEmpty()) {
      fields.add(fields.get(random.nextInt(fields.size()))); // a repeated name: the last one wins
    }
    return "{" + join(random, fields) + "}";
  }

  private static String fieldValue(Random random, String field) {
    return switch (random.nextInt(6)) {
      case 0 -> value(random, 1);
      case 1 -> field.contains("rank") ? number(random) : "null";
      case 2 -> quote(random.nextBoolean() ? "2020-01-0" + random.nextInt(10) : "2021-02-30");
      case 3 -> random.nextBoolean() ? "true" : "false";
      default -> text(random);
    };
  }

  private static String value(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    return switch (kind) {
      case 0 -> text(random);
      case 1 -> number(random);
      case 2 -> random.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> scalar(random);
      case 5 -> {
        List<String> elements = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          elements.add(value(random, depth - 1));
        }
        yield "[" + join(random, elements) + "]";
      }
      default -> {
        List<String> entries = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          entries.add(name(random, "k" + random.nextInt(3)) + value(random, depth - 1));
        }
        yield "{" + join(random, entries) + "}";
      }
    };
  }

  private static String scalar(Random random) {
    return random.nextBoolean() ? text(random) : number(random);
  }

  private static String number(Random random) {
    return NUMBERS[random.nextInt(NUMBERS.length)];
  }

  /** A name with white space around it and its colon, sometimes spelled with escapes. */
  private static String name(Random random, String name) {
    String spelled = quote(name);
    if (random.nextInt(6) == 0 && !name.isEmpty()) {
      int at = random.nextInt(name.length());
      spelled =
          "\""
              + name.substring(0, at)
              + String.format("\\u%04x", (int) name.charAt(at))
              + name.substring(at + 1)
              + "\"";
    }
    return space(random) + spelled + space(random) + ":" + space(random);
  }

  /** A JSON string of random characters: ASCII, raw and escaped controls, other scripts, emoji. */
  private static String text(Random random) {
    StringBuilder text = new StringBuilder("\"");
    int length = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(20);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(16)) {
        case 0 -> text.append("\\\"");
        case 1 -> text.append("\\\\");
        case 2 -> text.append(random.nextBoolean() ? "\\/" : "/");
        case 3 -> text.append(new String[] {"\\n", "\\r", "\\t", "\\b", "\\f"}[random.nextInt(5)]);
        case 4 -> text.append((char) random.nextInt(0x20)); // raw, as the API sends line breaks
        case 5 ->
            text.append(
                String.format(
                    random.nextBoolean() ? "\\u%04x" : "\\u%04X", random.nextInt(0xD800)));
        case 6 -> text.append("\\ud83d\\ude00"); // a surrogate pair as escapes
        case 7 -> text.append("\ud83d\ude00"); // and as UTF-8
        case 8 -> text.append((char) (0xA0 + random.nextInt(0x700)));
        case 9 -> text.append((char) (0x3000 + random.nextInt(0x5000)));
        case 10 -> text.append("\\uDBFF\\uDFFF");
        default -> text.append(printableAscii(random));
      }
    }
    return text.append('"').toString();
  }

  private static char printableAscii(Random random) {
    char c = (char) (' ' + random.nextInt(0x5F));
    return c == '"' || c == '\\' ? 'x' : c;
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  private static String space(Random random) {
    return SPACE[random.nextInt(SPACE.length)];
  }

  /** Elements joined by commas, sometimes with the trailing comma of the API's samples. */
  private static String join(Random random, List<String> elements) {
    String joined = String.join(space(random) + "," + space(random), elements);
    return !elements.isEmpty() && random.nextInt(5) == 0 ? joined + "," + space(random) : joined;
  }

  /** A body delivered in chunks of 1 to {@code largest} bytes, as a network would. */
  private static final class Chunks extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private final int largest;
    private int position;

    Chunks(byte[] bytes, Random random, int largest) {
      this.bytes = bytes;
      this.random = random;
      this.largest = largest;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, 1 + random.nextInt(largest)), bytes.length - position);
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }
  }
}
