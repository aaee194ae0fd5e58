package io.spsbacklinks.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link Baseline} state files (UTF-8 JSON):
 *
 * <pre>{@code
 * {
 *   "schema": "sps-backlinks/gate-baseline@1",
 *   "target": "example.com", "mode": "host", "date": "2026-11-28",
 *   "metrics": {"target": "example.com", "backlinks": 1200, "refdomains": 140, "subnets": 90,
 *               "ips": 120, "nofollow_backlinks": 200, "dofollow_backlinks": 1000,
 *               "edu_backlinks": 0, "gov_backlinks": 1},
 *   "history": [{"date": "2026-11-21", "backlinks": 1180, "refdomains": 139, "dofollow_backlinks": 990}],
 *   "redirects": {"https://example.com/old": "/new-home"}
 * }
 * }</pre>
 *
 * {@code metrics} is null until a run measured them. Metric field names are the API's. {@code
 * redirects} (the redirect history, {@link Baseline#redirects()}) is written only when there is
 * one; a file without it (older versions wrote none) reads as no history.
 */
public final class Baselines {
  /** The {@code schema} value of a baseline file. */
  public static final String SCHEMA = "sps-backlinks/gate-baseline@1";

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Baselines() {}

  /** Reads a baseline file. */
  public static Baseline read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads a baseline; a malformed one fails with {@link InvalidParameterException} naming the
   * field.
   */
  public static Baseline read(Reader json) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw PolicyErrors.invalid("baseline", e.getOriginalMessage(), "a JSON baseline object");
    }
    if (root == null || !root.isObject() || !SCHEMA.equals(root.path("schema").asText())) {
      throw PolicyErrors.invalid(
          "baseline.schema", root == null ? null : root.path("schema").asText(), SCHEMA);
    }
    String target = text(root, "target");
    Mode mode = mode(text(root, "mode"));
    LocalDate date = date(root, "date", "baseline.date");
    JsonNode m = root.get("metrics");
    Metrics metrics =
        m == null || m.isNull()
            ? null
            : new Metrics(
                m.path("target").asText(target),
                number(m, "backlinks"),
                number(m, "refdomains"),
                number(m, "subnets"),
                number(m, "ips"),
                number(m, "nofollow_backlinks"),
                number(m, "dofollow_backlinks"),
                number(m, "edu_backlinks"),
                number(m, "gov_backlinks"));
    List<MetricPoint> history = new ArrayList<>();
    for (JsonNode p : root.path("history")) {
      history.add(
          new MetricPoint(
              date(p, "date", "baseline.history.date"),
              number(p, "backlinks"),
              number(p, "refdomains"),
              number(p, "dofollow_backlinks")));
    }
    TreeMap<String, String> redirects = new TreeMap<>();
    JsonNode r = root.path("redirects");
    if (!r.isMissingNode() && !r.isNull() && !r.isObject()) {
      throw PolicyErrors.invalid(
          "baseline.redirects", r.toString(), "an object of URL: path (the redirect history)");
    }
    r.fields()
        .forEachRemaining(
            e -> {
              if (!e.getValue().isTextual() || !e.getValue().textValue().startsWith("/")) {
                throw PolicyErrors.invalid(
                    "baseline.redirects." + e.getKey(), e.getValue().toString(), "a path");
              }
              redirects.put(e.getKey(), e.getValue().textValue());
            });
    return new Baseline(target, mode, date, metrics, history, redirects);
  }

  /** Writes a baseline file. */
  public static void write(Baseline baseline, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(baseline, writer);
    }
  }

  /** Writes a baseline as pretty-printed JSON; does not close the writer. */
  public static void write(Baseline baseline, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      writeBaseline(g, baseline);
      g.flush();
    }
    out.write(System.lineSeparator());
  }

  static void writeBaseline(JsonGenerator g, Baseline b) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("target", b.target());
    g.writeStringField("mode", b.mode().wireValue());
    g.writeStringField("date", b.date().toString());
    g.writeFieldName("metrics");
    writeMetrics(g, b.metrics());
    g.writeArrayFieldStart("history");
    for (MetricPoint p : b.history()) {
      g.writeStartObject();
      g.writeStringField("date", p.date().toString());
      g.writeNumberField("backlinks", p.backlinks());
      g.writeNumberField("refdomains", p.refdomains());
      g.writeNumberField("dofollow_backlinks", p.dofollowBacklinks());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!b.redirects().isEmpty()) {
      g.writeObjectFieldStart("redirects");
      for (Map.Entry<String, String> e : b.redirects().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes metrics with the API's field names, or null. */
  static void writeMetrics(JsonGenerator g, Metrics m) throws IOException {
    if (m == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("target", m.target());
    g.writeNumberField("backlinks", m.backlinks());
    g.writeNumberField("refdomains", m.refdomains());
    g.writeNumberField("subnets", m.subnets());
    g.writeNumberField("ips", m.ips());
    g.writeNumberField("nofollow_backlinks", m.nofollowBacklinks());
    g.writeNumberField("dofollow_backlinks", m.dofollowBacklinks());
    g.writeNumberField("edu_backlinks", m.eduBacklinks());
    g.writeNumberField("gov_backlinks", m.govBacklinks());
    g.writeEndObject();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      throw PolicyErrors.invalid(
          "baseline." + field, v == null ? null : v.toString(), "a non-empty string");
    }
    return v.textValue();
  }

  private static long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber()) {
      throw PolicyErrors.invalid(
          "baseline." + field, v == null ? null : v.toString(), "a whole number");
    }
    return v.longValue();
  }

  private static LocalDate date(JsonNode node, String field, String name) {
    JsonNode v = node.get(field);
    try {
      return LocalDate.parse(v == null ? "" : v.asText());
    } catch (DateTimeParseException e) {
      throw PolicyErrors.invalid(name, v == null ? null : v.asText(), "a date YYYY-MM-DD");
    }
  }

  static Mode mode(String text) {
    List<String> allowed = new ArrayList<>();
    for (Mode mode : Mode.values()) {
      if (mode.wireValue().equalsIgnoreCase(text)) {
        return mode;
      }
      allowed.add(mode.wireValue());
    }
    throw PolicyErrors.invalid("baseline.mode", text, String.join(", ", allowed));
  }
}
