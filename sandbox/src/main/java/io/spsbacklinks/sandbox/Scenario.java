package io.spsbacklinks.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario file: keys, per-target history and the deployed site's behaviour. See the README for
 * the format; every field is optional. Unknown fields are rejected so that typos do not pass
 * silently.
 */
final class Scenario {
  static final Scenario EMPTY = new Scenario(Map.of());
  private static final List<String> REASONS =
      List.of(
          "page_not_found",
          "crawl_error",
          "page_dropped",
          "redirect",
          "not_canonical",
          "noindex",
          "link_removed",
          "broken_redirect",
          "other");

  private final Map<String, Object> root;

  private Scenario(Map<String, Object> root) {
    this.root = root;
    check(root, "scenario", "today", "keys", "targets", "site");
  }

  static Scenario parse(String json) {
    Object tree;
    try {
      tree = JsonTree.parse(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("scenario is not valid JSON: " + e.getMessage(), e);
    }
    return new Scenario(object(tree, "scenario"));
  }

  static Scenario read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scenario " + file, e);
    }
  }

  /** The scenario's "today", or null. */
  LocalDate today() {
    return root.containsKey("today") ? date(root.get("today"), "today") : null;
  }

  /** Adds the scenario's keys. */
  void addKeys(Keys keys) {
    for (Object entry : list(root.get("keys"), "keys")) {
      Map<String, Object> key = object(entry, "keys[]");
      check(key, "keys[]", "key", "state", "units");
      String state = string(key.get("state"), "keys[].state", "active");
      KeyState keyState;
      try {
        keyState = KeyState.valueOf(state.toUpperCase(Locale.ROOT).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "keys[].state must be one of active, inactive, expired, disabled,"
                + " insufficient_funds; was "
                + state,
            e);
      }
      keys.add(
          required(string(key.get("key"), "keys[].key", null), "keys[].key"),
          keyState,
          number(key.get("units"), "keys[].units", 1_000_000));
    }
  }

  /** Per-target settings keyed by registrable domain. */
  Map<String, TargetHistory> targets(LocalDate today) {
    Map<String, TargetHistory> result = new LinkedHashMap<>();
    Map<String, Object> targets =
        root.containsKey("targets") ? object(root.get("targets"), "targets") : Map.of();
    for (Map.Entry<String, Object> entry : targets.entrySet()) {
      String name = "targets." + entry.getKey();
      TargetRef target = TargetRef.parse(entry.getKey());
      if (target == null) {
        throw new IllegalArgumentException(name + ": not a valid domain or host");
      }
      Map<String, Object> spec = object(entry.getValue(), name);
      check(spec, name, "synthetic_backlinks", "huge", "backlinks", "events");
      TargetHistory history = result.computeIfAbsent(target.domain(), d -> new TargetHistory());
      if (spec.containsKey("synthetic_backlinks")) {
        history.synthetic =
            number(spec.get("synthetic_backlinks"), name + ".synthetic_backlinks", 0);
      }
      history.huge |= Boolean.TRUE.equals(spec.get("huge"));
      String base = "https://" + target.host();
      for (Object link : list(spec.get("backlinks"), name + ".backlinks")) {
        history.rows.add(
            explicitRow(object(link, name + ".backlinks[]"), base, today, name + ".backlinks[]"));
      }
      int eventNumber = 0;
      for (Object event : list(spec.get("events"), name + ".events")) {
        eventRows(object(event, name + ".events[]"), base, target, eventNumber++, history.rows);
      }
    }
    return result;
  }

  private static Row explicitRow(
      Map<String, Object> link, String base, LocalDate today, String name) {
    check(
        link,
        name,
        "url_from",
        "url_to",
        "title",
        "anchor",
        "nofollow",
        "image_source",
        "link_type",
        "inlink_rank",
        "domain_inlink_rank",
        "first_seen",
        "last_visited",
        "lost",
        "reason_lost");
    String urlFrom =
        required(string(link.get("url_from"), name + ".url_from", null), name + ".url_from");
    TargetRef from = TargetRef.parse(urlFrom);
    if (from == null) {
      throw new IllegalArgumentException(name + ".url_from is not a valid URL: " + urlFrom);
    }
    String urlTo =
        resolve(
            required(string(link.get("url_to"), name + ".url_to", null), name + ".url_to"), base);
    LocalDate lost = link.containsKey("lost") ? date(link.get("lost"), name + ".lost") : null;
    LocalDate firstSeen =
        link.containsKey("first_seen")
            ? date(link.get("first_seen"), name + ".first_seen")
            : (lost != null ? lost : today).minusDays(180);
    LocalDate lastVisited =
        link.containsKey("last_visited")
            ? date(link.get("last_visited"), name + ".last_visited")
            : lost != null ? lost : today;
    String linkType = string(link.get("link_type"), name + ".link_type", "href");
    if (!linkType.equals("href") && !linkType.equals("redirect")) {
      throw new IllegalArgumentException(
          name + ".link_type must be href or redirect, was " + linkType);
    }
    String imageSource = string(link.get("image_source"), name + ".image_source", null);
    return new Row(
        urlFrom,
        urlTo,
        string(link.get("title"), name + ".title", ""),
        string(link.get("anchor"), name + ".anchor", ""),
        Boolean.TRUE.equals(link.get("nofollow")),
        imageSource != null,
        imageSource,
        linkType.equals("redirect"),
        rank(link.get("inlink_rank"), name + ".inlink_rank", 0),
        rank(
            link.get("domain_inlink_rank"),
            name + ".domain_inlink_rank",
            defaultRank(from.domain())),
        firstSeen,
        lastVisited,
        lost,
        lost == null ? null : reason(link.get("reason_lost"), name),
        from.host());
  }

  private static void eventRows(
      Map<String, Object> event, String base, TargetRef target, int eventNumber, List<Row> rows) {
    String name = "targets." + target.host() + ".events[" + eventNumber + "]";
    check(
        event,
        name,
        "date",
        "type",
        "count",
        "url_to",
        "refdomains",
        "reason_lost",
        "nofollow",
        "first_seen");
    LocalDate date =
        required(
            event.containsKey("date") ? date(event.get("date"), name + ".date") : null,
            name + ".date");
    String type = required(string(event.get("type"), name + ".type", null), name + ".type");
    if (!type.equals("new") && !type.equals("lost")) {
      throw new IllegalArgumentException(name + ".type must be new or lost, was " + type);
    }
    boolean isLost = type.equals("lost");
    long count = number(event.get("count"), name + ".count", 1);
    String urlTo = resolve(string(event.get("url_to"), name + ".url_to", "/"), base);
    List<String> refdomains = new ArrayList<>();
    for (Object refdomain : list(event.get("refdomains"), name + ".refdomains")) {
      String host = string(refdomain, name + ".refdomains[]", null);
      TargetRef ref = TargetRef.parse(host);
      if (ref == null) {
        throw new IllegalArgumentException(name + ".refdomains[] is not a valid host: " + host);
      }
      refdomains.add(ref.host());
    }
    LocalDate firstSeen =
        isLost
            ? (event.containsKey("first_seen")
                ? date(event.get("first_seen"), name + ".first_seen")
                : date.minusDays(180))
            : date;
    String reason = isLost ? reason(event.get("reason_lost"), name) : null;
    boolean nofollow = Boolean.TRUE.equals(event.get("nofollow"));
    String brand = Names.brand(target.domain());
    for (int k = 0; k < count; k++) {
      String host =
          refdomains.isEmpty()
              ? "ref"
                  + (eventNumber * 1000 + k)
                  + "."
                  + Names.NOUNS[k % Names.NOUNS.length]
                  + "-links.com"
              : refdomains.get(k % refdomains.size());
      rows.add(
          new Row(
              "https://" + host + "/scenario/" + date + "/" + eventNumber + "-" + k,
              urlTo,
              "Links to " + brand + ", \"scenario\" " + type,
              brand,
              nofollow,
              false,
              null,
              false,
              0,
              defaultRank(TargetRef.registrableDomain(host)),
              firstSeen,
              isLost ? date : date.plusDays(1),
              isLost ? date : null,
              reason,
              host));
    }
  }

  /** The deployed site's settings, or an empty map. */
  Map<String, Object> site() {
    return root.containsKey("site") ? object(root.get("site"), "site") : Map.of();
  }

  private static String reason(Object value, String name) {
    String reason = string(value, name + ".reason_lost", "page_not_found");
    if (!REASONS.contains(reason)) {
      throw new IllegalArgumentException(
          name + ".reason_lost must be one of " + REASONS + ", was " + reason);
    }
    return reason;
  }

  private static int defaultRank(String domain) {
    return (int) Long.remainderUnsigned(Site.mix(Site.fnv(domain)), 80);
  }

  private static String resolve(String url, String base) {
    return url.startsWith("/") ? base + url : url;
  }

  // ---- typed access with errors naming the field ----

  static void check(Map<String, Object> map, String name, String... allowed) {
    List<String> known = List.of(allowed);
    for (String field : map.keySet()) {
      if (!known.contains(field)) {
        throw new IllegalArgumentException(
            name + ": unknown field \"" + field + "\", allowed: " + known);
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value, String name) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(name + " must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value, String name) {
    if (value == null) {
      return Collections.emptyList();
    }
    if (!(value instanceof List)) {
      throw new IllegalArgumentException(name + " must be a JSON array");
    }
    return (List<Object>) value;
  }

  static String string(Object value, String name, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String)) {
      throw new IllegalArgumentException(name + " must be a string");
    }
    return (String) value;
  }

  static long number(Object value, String name, long fallback) {
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Long) || (Long) value < 0) {
      throw new IllegalArgumentException(name + " must be a non-negative integer");
    }
    return (Long) value;
  }

  private static int rank(Object value, String name, int fallback) {
    long rank = value instanceof Long && (Long) value == -1 ? -1 : number(value, name, fallback);
    if (rank > 100) {
      throw new IllegalArgumentException(name + " must be within [-1, 100]");
    }
    return (int) rank;
  }

  static LocalDate date(Object value, String name) {
    try {
      return LocalDate.parse(string(value, name, ""));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, was " + value, e);
    }
  }

  static Duration duration(Object value, String name) {
    String text = string(value, name, "");
    try {
      return SandboxMain.parseDuration(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name + " must be a duration like 2s, 500ms or PT2S, was " + text, e);
    }
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /** What a scenario says about one site. */
  static final class TargetHistory {
    Long synthetic;
    boolean huge;
    final List<Row> rows = new ArrayList<>();
  }
}
