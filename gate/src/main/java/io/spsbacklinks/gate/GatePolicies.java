package io.spsbacklinks.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.LinkType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads and writes {@link GatePolicy} as JSON. Every field is optional (a missing field keeps its
 * default, so a policy file states only what it changes); an unknown field, a wrong type or an
 * out-of-range value fails with {@link InvalidParameterException} naming the field's path, e.g.
 * {@code thresholds[0].failAt}. Field names are the record components' names; enum values are
 * case-insensitive; durations read {@code 500ms}, {@code 10s}, {@code 2m} or {@code PT10S}.
 *
 * <p>Thresholds are keyed by rule id, one entry per rule: {@code "thresholds": [{"rule":
 * "broken-targets-weight", "warnAt": 1, "failAt": 5}]} (a missing or null level is disabled, so an
 * entry with neither turns the rule's threshold off; a rule without an entry keeps its default).
 * The fields that held thresholds before (e.g. {@code metrics.dofollowBacklinksDrop}, see {@link
 * GateRule#deprecatedPolicyField()}) are still read, with a deprecation warning, for one release.
 *
 * <p>YAML front ends (the CLI) parse YAML into a map and call {@link #fromMap(Map)}, so core does
 * not need a YAML dependency.
 */
public final class GatePolicies {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private GatePolicies() {}

  private static final System.Logger LOG = System.getLogger(GatePolicies.class.getName());

  /** Reads a UTF-8 JSON policy file; deprecation warnings go to the platform logger. */
  public static GatePolicy read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, GatePolicies::log);
    }
  }

  /** Reads a JSON policy; deprecation warnings go to the platform logger. */
  public static GatePolicy read(Reader json) throws IOException {
    return read(json, GatePolicies::log);
  }

  /**
   * Reads a JSON policy, passing each deprecation warning (an old field name) to {@code warnings}.
   */
  public static GatePolicy read(Reader json, Consumer<String> warnings) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw PolicyErrors.invalid("policy", e.getOriginalMessage(), "a JSON object");
    }
    return fromTree(tree, warnings);
  }

  /**
   * Reads a policy from an already parsed JSON tree; deprecation warnings go to the platform
   * logger.
   */
  public static GatePolicy fromTree(JsonNode tree) {
    return fromTree(tree, GatePolicies::log);
  }

  /**
   * Reads a policy from an already parsed JSON tree, passing deprecation warnings to {@code
   * warnings}.
   */
  public static GatePolicy fromTree(JsonNode tree, Consumer<String> warnings) {
    return parsePolicy(new Fields(tree, "", POLICY_FIELDS), warnings);
  }

  /** Reads a policy from nested maps and lists, e.g. a YAML document parsed by SnakeYAML. */
  public static GatePolicy fromMap(Map<String, ?> map) {
    return fromMap(map, GatePolicies::log);
  }

  /**
   * Reads a policy from nested maps and lists, passing deprecation warnings to {@code warnings}.
   */
  public static GatePolicy fromMap(Map<String, ?> map, Consumer<String> warnings) {
    return fromTree(MAPPER.valueToTree(map), warnings);
  }

  private static void log(String warning) {
    LOG.log(System.Logger.Level.WARNING, warning);
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
    writeStrings(g, "allowedHosts", b.allowedHosts());
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
    writeStrings(g, "ignoredReasons", List.copyOf(l.ignoredReasons()));
    g.writeNumberField("maxRows", l.maxRows());
    g.writeEndObject();

    g.writeObjectFieldStart("metrics");
    g.writeBooleanField("enabled", p.metrics().enabled());
    g.writeEndObject();

    g.writeArrayFieldStart("thresholds");
    p.thresholds().forEach((rule, t) -> writeThreshold(g, rule, t));
    g.writeEndArray();
    g.writeStringField("notMeasured", p.notMeasured().name().toLowerCase(Locale.ROOT));
    writeStrings(g, "watchlist", p.watchlist());
    g.writeStringField(
        "watchlistCriticality", p.watchlistCriticality().name().toLowerCase(Locale.ROOT));
    g.writeStringField("apiErrors", p.apiErrors().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("unitBudget", p.unitBudget());
    g.writeStringField("firstRun", p.firstRun().name().toLowerCase(Locale.ROOT));
    RedirectsPolicy r = p.redirects();
    g.writeObjectFieldStart("redirects");
    g.writeBooleanField("enabled", r.enabled());
    g.writeNumberField("minConfidence", r.minConfidence());
    writeStrings(g, "candidates", r.candidates());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void writeThreshold(JsonGenerator g, GateRule rule, Threshold t) {
    try {
      g.writeStartObject();
      g.writeStringField("rule", rule.id());
      writeLevel(g, "warnAt", t.warnAt());
      writeLevel(g, "failAt", t.failAt());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    "brokenTargets",
    "lost",
    "metrics",
    "thresholds",
    "notMeasured",
    "watchlist",
    "watchlistCriticality",
    "apiErrors",
    "unitBudget",
    "firstRun",
    "redirects"
  };

  private static GatePolicy parsePolicy(Fields f, Consumer<String> warnings) {
    GatePolicy d = GatePolicy.defaults();
    GatePolicy.Builder b = GatePolicy.builder();
    Fields broken =
        f.object(
            "brokenTargets",
            withDeprecated(
                "brokenTargets",
                "enabled",
                "source",
                "topN",
                "maxRedirects",
                "concurrency",
                "requestTimeout",
                "unknownDomainInlinkRank",
                "allowedHosts"));
    b.brokenTargets(broken == null ? d.brokenTargets() : parseBroken(broken, d.brokenTargets()));
    Fields lost =
        f.object(
            "lost",
            withDeprecated(
                "lost",
                "enabled",
                "lookbackDays",
                "dofollowOnly",
                "minDomainInlinkRank",
                "linkType",
                "ignoredReasons",
                "maxRows"));
    b.lost(lost == null ? d.lost() : parseLost(lost, d.lost()));
    Fields metrics = f.object("metrics", withDeprecated("metrics", "enabled"));
    b.metrics(
        metrics == null
            ? d.metrics()
            : f.build(
                () -> MetricsPolicy.builder().enabled(metrics.bool("enabled", true)).build()));
    Map<GateRule, Threshold> thresholds = new EnumMap<>(GateRule.class);
    Map<String, Fields> sections = new java.util.HashMap<>();
    sections.put("brokenTargets", broken);
    sections.put("lost", lost);
    sections.put("metrics", metrics);
    for (GateRule rule : GateRule.thresholded()) {
      String[] old = rule.deprecatedPolicyField().split("\\.");
      Fields section = sections.get(old[0]);
      if (section != null && section.has(old[1])) {
        warnings.accept(
            "policy field "
                + rule.deprecatedPolicyField()
                + " is deprecated and will be removed in "
                + "the next release: use {\"thresholds\": [{\"rule\": \""
                + rule.id()
                + "\", \"warnAt\": ..., "
                + "\"failAt\": ...}]}");
        thresholds.put(rule, section.threshold(old[1], null));
      }
    }
    f.thresholds("thresholds", thresholds);
    b.thresholds(thresholds);
    b.notMeasured(f.enumValue("notMeasured", ApiErrorAction.class, d.notMeasured()));
    b.watchlist(f.strings("watchlist", d.watchlist()));
    b.watchlistCriticality(
        f.enumValue("watchlistCriticality", Criticality.class, d.watchlistCriticality()));
    b.apiErrors(f.enumValue("apiErrors", ApiErrorAction.class, d.apiErrors()));
    b.unitBudget(f.integer("unitBudget", d.unitBudget()));
    b.firstRun(f.enumValue("firstRun", FirstRunAction.class, d.firstRun()));
    Fields redirects = f.object("redirects", "enabled", "minConfidence", "candidates");
    if (redirects != null) {
      RedirectsPolicy r = d.redirects();
      b.redirects(
          redirects.build(
              () ->
                  new RedirectsPolicy(
                      redirects.bool("enabled", r.enabled()),
                      redirects.number("minConfidence", r.minConfidence()),
                      redirects.strings("candidates", r.candidates()))));
    }
    return f.build(b::build);
  }

  private static BrokenTargetsPolicy parseBroken(Fields f, BrokenTargetsPolicy d) {
    BrokenTargetsPolicy.Builder b =
        d.toBuilder()
            .enabled(f.bool("enabled", d.enabled()))
            .source(f.enumValue("source", BacklinkSource.class, d.source()))
            .topN((int) f.integer("topN", d.topN()))
            .maxRedirects((int) f.integer("maxRedirects", d.maxRedirects()))
            .concurrency((int) f.integer("concurrency", d.concurrency()))
            .unknownDomainInlinkRank(
                (int) f.integer("unknownDomainInlinkRank", d.unknownDomainInlinkRank()))
            .allowedHosts(f.strings("allowedHosts", d.allowedHosts()));
    String timeout = f.text("requestTimeout", null);
    if (timeout != null) {
      b.requestTimeout(Durations.parse(f.path("requestTimeout"), timeout));
    }
    return f.build(b::build);
  }

  private static LostPolicy parseLost(Fields f, LostPolicy d) {
    LostPolicy.Builder b =
        d.toBuilder()
            .enabled(f.bool("enabled", d.enabled()))
            .lookbackDays((int) f.integer("lookbackDays", d.lookbackDays()))
            .dofollowOnly(f.bool("dofollowOnly", d.dofollowOnly()))
            .ignoredReasons(f.strings("ignoredReasons", List.copyOf(d.ignoredReasons())))
            .maxRows((int) f.integer("maxRows", d.maxRows()));
    if (f.has("minDomainInlinkRank")) {
      b.minDomainInlinkRank(
          f.isNull("minDomainInlinkRank") ? null : (int) f.integer("minDomainInlinkRank", 0));
    }
    if (f.has("linkType")) {
      String linkType = f.text("linkType", null);
      b.linkType(linkType == null ? null : f.linkType(linkType));
    }
    return f.build(b::build);
  }

  /** A section's fields plus the deprecated threshold fields the registry places in it. */
  private static String[] withDeprecated(String section, String... fields) {
    List<String> all = new ArrayList<>(Arrays.asList(fields));
    for (GateRule rule : GateRule.thresholded()) {
      if (rule.deprecatedPolicyField().startsWith(section + ".")) {
        all.add(rule.deprecatedPolicyField().substring(section.length() + 1));
      }
    }
    return all.toArray(String[]::new);
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
          throw PolicyErrors.invalid(
              prefix + name, "(unknown field)", "one of " + String.join(", ", names));
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

    double number(String field, double fallback) {
      JsonNode v = node.get(field);
      if (v == null) {
        return fallback;
      }
      if (!v.isNumber()) {
        throw PolicyErrors.invalid(path(field), v.toString(), "a number");
      }
      return v.doubleValue();
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

    /**
     * Reads {@code [{"rule": id, "warnAt": n, "failAt": n}, ...]} into {@code into}; a rule named
     * twice, or also set by its deprecated field, is an error.
     */
    void thresholds(String field, Map<GateRule, Threshold> into) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return;
      }
      String shape = "an array of {\"rule\": id, \"warnAt\": n, \"failAt\": n}";
      if (!v.isArray()) {
        throw PolicyErrors.invalid(path(field), v.toString(), shape);
      }
      Set<GateRule> seen = new java.util.HashSet<>();
      for (int i = 0; i < v.size(); i++) {
        String at = path(field) + "[" + i + "]";
        Fields entry = new Fields(v.get(i), at + ".", "rule", "warnAt", "failAt");
        GateRule rule = GateRule.thresholdedById(at + ".rule", entry.text("rule", null));
        if (!seen.add(rule)) {
          throw PolicyErrors.invalid(at + ".rule", rule.id(), "each rule once");
        }
        if (into.containsKey(rule)) {
          throw PolicyErrors.invalid(
              at + ".rule",
              rule.id(),
              "one setting per rule: remove the deprecated " + rule.deprecatedPolicyField());
        }
        into.put(
            rule, entry.build(() -> Threshold.of(entry.level("warnAt"), entry.level("failAt"))));
      }
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
        throw PolicyErrors.invalid(
            path(field), v.toString(), "an object {warnAt, failAt} or \"off\"");
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
      throw PolicyErrors.invalid(
          path("linkType"), text, String.join(", ", allowed) + ", or null for both");
    }

    /**
     * Builds, re-labelling a validation error of a nested record with this object's path (records
     * name their own fields, e.g. {@code failAt}; the file needs {@code
     * lost.lostBacklinks.failAt}).
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
