package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.spsbacklinks.core.model.LinkType;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes {@link GatePolicy} as JSON. Every field is optional (a missing field keeps its
 * default, so a policy file states only what it changes); an unknown field, a wrong type or an
 * out-of-range value fails with {@link InvalidParameterException} naming the field's path, e.g. {@code
 * lost.lostBacklinks.failAt}. Field names are the record components' names; enum values are
 * case-insensitive; durations read {@code 500ms}, {@code 10s}, {@code 2m} or {@code PT10S}; a
 * threshold is {@code {"warnAt": 1, "failAt": 5}} (a missing or null level is disabled) or {@code
 * "off"}.
 *
 * <p>YAML front ends (the CLI) parse YAML into a map and call {@link #fromMap(Map)}, so core does not
 * need a YAML dependency.
 */
public final class GatePolicies {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private GatePolicies() {}

  /** Reads a UTF-8 JSON policy file. */
  public static GatePolicy read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /** Reads a JSON policy. */
  public static GatePolicy read(Reader json) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw PolicyErrors.invalid("policy", e.getOriginalMessage(), "a JSON object");
    }
    return fromTree(tree);
  }

  /** Reads a policy from an already parsed JSON tree. */
  public static GatePolicy fromTree(JsonNode tree) {
    return parsePolicy(new Fields(tree, "", POLICY_FIELDS));
  }

  /** Reads a policy from nested maps and lists, e.g. a YAML document parsed by SnakeYAML. */
  public static GatePolicy fromMap(Map<String, ?> map) {
    return fromTree(MAPPER.valueToTree(map));
  }

  /** Writes a policy as pretty-printed UTF-8 JSON, every field present. */
  public static void write(GatePolicy policy, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(policy, writer);
    }
  }

  /** Writes a policy as pretty-printed JSON, every field present; does not close the writer. */
  public static void write(GatePolicy policy, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      writePolicy(g, policy);
      g.flush();
    }
    out.write(System.lineSeparator());
  }

  static void writePolicy(JsonGenerator g, GatePolicy p) throws IOException {
    g.writeStartObject();
    BrokenTargetsPolicy b = p.brokenTargets();
    g.writeObjectFieldStart("brokenTargets");
    g.writeBooleanField("enabled", b.enabled());
    g.writeStringField("source", b.source().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("topN", b.topN());
    g.writeNumberField("maxRedirects", b.maxRedirects());
    g.writeNumberField("concurrency", b.concurrency());
    g.writeStringField("requestTimeout", Durations.format(b.requestTimeout()));
    g.writeNumberField("unknownDomainInlinkRank", b.unknownDomainInlinkRank());
    writeThreshold(g, "brokenUrls", b.brokenUrls());
    writeThreshold(g, "weightedRefdomains", b.weightedRefdomains());
    g.writeEndObject();

    LostPolicy l = p.lost();
    g.writeObjectFieldStart("lost");
    g.writeBooleanField("enabled", l.enabled());
    g.writeNumberField("lookbackDays", l.lookbackDays());
    g.writeBooleanField("dofollowOnly", l.dofollowOnly());
    g.writeFieldName("minDomainInlinkRank");
    if (l.minDomainInlinkRank() == null) {
      g.writeNull();
    } else {
      g.writeNumber(l.minDomainInlinkRank());
    }
    g.writeFieldName("linkType");
    if (l.linkType() == null) {
      g.writeNull();
    } else {
      g.writeString(l.linkType().wireValue());
    }
    g.writeArrayFieldStart("ignoredReasons");
    for (String reason : l.ignoredReasons()) {
      g.writeString(reason);
    }
    g.writeEndArray();
    g.writeNumberField("maxRows", l.maxRows());
    writeThreshold(g, "lostBacklinks", l.lostBacklinks());
    writeThreshold(g, "lostRefdomains", l.lostRefdomains());
    g.writeEndObject();

    MetricsPolicy m = p.metrics();
    g.writeObjectFieldStart("metrics");
    g.writeBooleanField("enabled", m.enabled());
    writeThreshold(g, "backlinksDrop", m.backlinksDrop());
    writeThreshold(g, "refdomainsDrop", m.refdomainsDrop());
    writeThreshold(g, "dofollowBacklinksDrop", m.dofollowBacklinksDrop());
    g.writeEndObject();

    g.writeArrayFieldStart("watchlist");
    for (String entry : p.watchlist()) {
      g.writeString(entry);
    }
    g.writeEndArray();
    g.writeStringField("watchlistCriticality", p.watchlistCriticality().name().toLowerCase(Locale.ROOT));
    g.writeStringField("apiErrors", p.apiErrors().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("unitBudget", p.unitBudget());
    g.writeStringField("firstRun", p.firstRun().name().toLowerCase(Locale.ROOT));
    g.writeEndObject();
  }

  static void writeThreshold(JsonGenerator g, String name, Threshold t) throws IOException {
    g.writeObjectFieldStart(name);
    writeLevel(g, "warnAt", t.warnAt());
    writeLevel(g, "failAt", t.failAt());
    g.writeEndObject();
  }

  private static void writeLevel(JsonGenerator g, String name, Double level) throws IOException {
    g.writeFieldName(name);
    if (level == null) {
      g.writeNull();
    } else if (level == Math.rint(level) && Math.abs(level) < 1e15) {
      g.writeNumber(level.longValue());
    } else {
      g.writeNumber(level);
    }
  }

  private static final String[] POLICY_FIELDS = {
    "brokenTargets", "lost", "metrics", "watchlist", "watchlistCriticality", "apiErrors", "unitBudget",
    "firstRun"
  };

  private static GatePolicy parsePolicy(Fields f) {
    GatePolicy d = GatePolicy.defaults();
    GatePolicy.Builder b = GatePolicy.builder();
    Fields broken = f.object("brokenTargets", "enabled", "source", "topN", "maxRedirects",
        "concurrency", "requestTimeout", "unknownDomainInlinkRank", "brokenUrls", "weightedRefdomains");
    b.brokenTargets(broken == null ? d.brokenTargets() : parseBroken(broken, d.brokenTargets()));
    Fields lost = f.object("lost", "enabled", "lookbackDays", "dofollowOnly", "minDomainInlinkRank",
        "linkType", "ignoredReasons", "maxRows", "lostBacklinks", "lostRefdomains");
    b.lost(lost == null ? d.lost() : parseLost(lost, d.lost()));
    Fields metrics = f.object("metrics", "enabled", "backlinksDrop", "refdomainsDrop", "dofollowBacklinksDrop");
    b.metrics(metrics == null ? d.metrics() : parseMetrics(metrics, d.metrics()));
    b.watchlist(f.strings("watchlist", d.watchlist()));
    b.watchlistCriticality(f.enumValue("watchlistCriticality", Criticality.class, d.watchlistCriticality()));
    b.apiErrors(f.enumValue("apiErrors", ApiErrorAction.class, d.apiErrors()));
    b.unitBudget(f.integer("unitBudget", d.unitBudget()));
    b.firstRun(f.enumValue("firstRun", FirstRunAction.class, d.firstRun()));
    return f.build(b::build);
  }

  private static BrokenTargetsPolicy parseBroken(Fields f, BrokenTargetsPolicy d) {
    BrokenTargetsPolicy.Builder b = d.toBuilder()
        .enabled(f.bool("enabled", d.enabled()))
        .source(f.enumValue("source", TargetSource.class, d.source()))
        .topN((int) f.integer("topN", d.topN()))
        .maxRedirects((int) f.integer("maxRedirects", d.maxRedirects()))
        .concurrency((int) f.integer("concurrency", d.concurrency()))
        .unknownDomainInlinkRank((int) f.integer("unknownDomainInlinkRank", d.unknownDomainInlinkRank()))
        .brokenUrls(f.threshold("brokenUrls", d.brokenUrls()))
        .weightedRefdomains(f.threshold("weightedRefdomains", d.weightedRefdomains()));
    String timeout = f.text("requestTimeout", null);
    if (timeout != null) {
      b.requestTimeout(Durations.parse(f.path("requestTimeout"), timeout));
    }
    return f.build(b::build);
  }

  private static LostPolicy parseLost(Fields f, LostPolicy d) {
    LostPolicy.Builder b = d.toBuilder()
        .enabled(f.bool("enabled", d.enabled()))
        .lookbackDays((int) f.integer("lookbackDays", d.lookbackDays()))
        .dofollowOnly(f.bool("dofollowOnly", d.dofollowOnly()))
        .ignoredReasons(f.strings("ignoredReasons", List.copyOf(d.ignoredReasons())))
        .maxRows((int) f.integer("maxRows", d.maxRows()))
        .lostBacklinks(f.threshold("lostBacklinks", d.lostBacklinks()))
        .lostRefdomains(f.threshold("lostRefdomains", d.lostRefdomains()));
    if (f.has("minDomainInlinkRank")) {
      b.minDomainInlinkRank(f.isNull("minDomainInlinkRank")
          ? null : (int) f.integer("minDomainInlinkRank", 0));
    }
    if (f.has("linkType")) {
      String linkType = f.text("linkType", null);
      b.linkType(linkType == null ? null : f.linkType(linkType));
    }
    return f.build(b::build);
  }

  private static MetricsPolicy parseMetrics(Fields f, MetricsPolicy d) {
    MetricsPolicy.Builder b = d.toBuilder()
        .enabled(f.bool("enabled", d.enabled()))
        .backlinksDrop(f.threshold("backlinksDrop", d.backlinksDrop()))
        .refdomainsDrop(f.threshold("refdomainsDrop", d.refdomainsDrop()))
        .dofollowBacklinksDrop(f.threshold("dofollowBacklinksDrop", d.dofollowBacklinksDrop()));
    return f.build(b::build);
  }

  /** One JSON object of the policy, read with its path so every error names the field. */
  private static final class Fields {
    private final JsonNode node;
    private final String prefix;

    Fields(JsonNode node, String prefix, String... allowed) {
      this.prefix = prefix;
      String where = prefix.isEmpty() ? "policy" : prefix.substring(0, prefix.length() - 1);
      if (node == null || !node.isObject()) {
        // Not "JSON": a YAML policy arrives here too.
        throw PolicyErrors.invalid(where, node == null ? null : node.toString(), "an object");
      }
      Set<String> names = new LinkedHashSet<>(Arrays.asList(allowed));
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!names.contains(name)) {
          throw PolicyErrors.invalid(prefix + name, "(unknown field)", "one of " + String.join(", ", names));
        }
      }
      this.node = node;
    }

    String path(String field) {
      return prefix + field;
    }

    boolean has(String field) {
      return node.has(field);
    }

    boolean isNull(String field) {
      return node.get(field).isNull();
    }

    Fields object(String field, String... allowed) {
      JsonNode child = node.get(field);
      return child == null ? null : new Fields(child, path(field) + ".", allowed);
    }

    boolean bool(String field, boolean fallback) {
      JsonNode v = node.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isBoolean()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "true or false");
      }
      return v.booleanValue();
    }

    long integer(String field, long fallback) {
      JsonNode v = node.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "a whole number");
      }
      return v.longValue();
    }

    String text(String field, String fallback) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isTextual()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "a string");
      }
      return v.textValue();
    }

    List<String> strings(String field, List<String> fallback) {
      JsonNode v = node.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isArray()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "an array of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual()) {
          throw PolicyErrors.invalid(path(field), item.toString(), "an array of strings");
        }
        out.add(item.textValue());
      }
      return out;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
      String text = text(field, null);
      if (text == null) {
        if (node.has(field)) {
          throw PolicyErrors.invalid(path(field), "null", allowedNames(type));
        }
        return fallback;
      }
      String wanted = text.trim().replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(wanted)) {
          return constant;
        }
      }
      throw PolicyErrors.invalid(path(field), text, allowedNames(type));
    }

    Threshold threshold(String field, Threshold fallback) {
      JsonNode v = node.get(field);
      if (v == null) {
        return fallback;
      }
      if (v.isNull() || (v.isTextual() && v.textValue().equalsIgnoreCase("off"))) {
        return Threshold.off();
      }
      if (!v.isObject()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "an object {warnAt, failAt} or \"off\"");
      }
      Fields t = new Fields(v, path(field) + ".", "warnAt", "failAt");
      return t.build(() -> Threshold.of(t.level("warnAt"), t.level("failAt")));
    }

    private Double level(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isNumber()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "a number >= 0, or null to disable");
      }
      return v.doubleValue();
    }

    LinkType linkType(String text) {
      List<String> allowed = new ArrayList<>();
      for (LinkType type : LinkType.values()) {
        if (type.wireValue().equalsIgnoreCase(text.trim())) {
          return type;
        }
        allowed.add(type.wireValue());
      }
      throw PolicyErrors.invalid(path("linkType"), text, String.join(", ", allowed) + ", or null for both");
    }

    /**
     * Builds, re-labelling a validation error of a nested record with this object's path (records
     * name their own fields, e.g. {@code failAt}; the file needs {@code lost.lostBacklinks.failAt}).
     */
    <T> T build(Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidParameterException e) {
        String parameter = e.parameter();
        if (prefix.isEmpty() || parameter.contains(".")) {
          throw e;
        }
        throw new InvalidParameterException(prefix + parameter, e.value(), e.allowed());
      }
    }

    private static <E extends Enum<E>> String allowedNames(Class<E> type) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      return String.join(", ", names);
    }
  }
}
