package io.spsbacklinks.sandbox;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's commands. Each validates its parameters, charges its units and returns the body to
 * stream; nothing is written before validation and charging succeed, so errors always get a clean
 * error response.
 */
final class Commands {
  static final int UNITS_PER_TARGET = 30;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Index index;
  private final Cursors cursors = new Cursors();
  private final Exports exports;
  private volatile String baseUrl = "";

  Commands(Index index, Exports exports) {
    this.index = index;
    this.exports = exports;
  }

  /** Streams a command's response. */
  interface Body {
    void write(ResponseWriter out) throws IOException;
  }

  /** A command: what it accepts and how it runs. */
  interface Command {
    Body run(Call call);
  }

  /** The commands by path segment. */
  Map<String, Command> all() {
    Map<String, Command> commands = new HashMap<>();
    commands.put("get-metrics", this::metrics);
    commands.put("get-inlink-rank", this::inlinkRank);
    commands.put("get-backlinks", this::backlinks);
    commands.put("get-refdomains", this::refdomains);
    commands.put("download-all-backlinks", this::downloadAll);
    commands.put("download-all-backlinks-status", this::downloadStatus);
    commands.put("get-raw-backlinks", this::rawBacklinks);
    commands.put("get-new-lost-backlinks", call -> NewLost.backlinks(index, call));
    commands.put("get-new-lost-refdomains", call -> NewLost.refdomains(index, call));
    commands.put("get-subscription-info", this::subscriptionInfo);
    return commands;
  }

  /** Commands the document allows to POST; the others answer POST with 405. */
  static boolean allowsPost(String command) {
    return List.of(
            "get-metrics",
            "get-inlink-rank",
            "get-backlinks",
            "get-refdomains",
            "get-new-lost-backlinks",
            "get-new-lost-refdomains")
        .contains(command);
  }

  void baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  static TargetRef notHuge(Index index, TargetRef target) {
    if (index.huge(target)) {
      throw ApiError.hugeTarget();
    }
    return target;
  }

  private Body metrics(Call call) {
    List<String> targets = call.params.targets();
    Mode mode = call.params.mode();
    List<Index.Metrics> metrics = new ArrayList<>();
    for (String target : targets) {
      metrics.add(
          index.metrics(
              index.select(notHuge(index, Params.parseTarget(target)), mode), call.today));
    }
    call.charge((long) UNITS_PER_TARGET * targets.size());
    return out -> {
      out.beginResponse();
      out.beginArray("metrics");
      for (int i = 0; i < targets.size(); i++) {
        Index.Metrics m = metrics.get(i);
        out.beginItem();
        out.field("target", targets.get(i));
        out.field("backlinks", m.backlinks);
        out.field("refdomains", m.refdomains);
        out.field("subnets", m.subnets);
        out.field("ips", m.ips);
        out.field("nofollow_backlinks", m.nofollow);
        out.field("dofollow_backlinks", m.backlinks - m.nofollow);
        out.field("edu_backlinks", m.edu);
        out.field("gov_backlinks", m.gov);
        out.endItem();
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  private Body inlinkRank(Call call) {
    List<String> targets = call.params.targets();
    List<int[]> ranks = new ArrayList<>();
    for (String target : targets) {
      ranks.add(index.inlinkRank(notHuge(index, Params.parseTarget(target)), call.today));
    }
    call.charge((long) UNITS_PER_TARGET * targets.size());
    return out -> {
      out.beginResponse();
      out.beginArray("pages");
      for (int i = 0; i < targets.size(); i++) {
        out.beginItem();
        out.field("url", targets.get(i));
        out.field("inlink_rank", ranks.get(i)[0]);
        out.field("domain_inlink_rank", ranks.get(i)[1]);
        out.endItem();
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  private Body backlinks(Call call) {
    Params p = call.params;
    TargetRef target = p.target();
    Mode mode = p.mode();
    int limit = p.integer("limit", 100, 1, 10_000);
    String order =
        p.oneOf("order_by", "date_found", "date_found", "domain_inlink_rank", "inlink_rank");
    int perDomain = p.integer("per_domain", Integer.MAX_VALUE, 1, 100);
    Selection selection = index.select(notHuge(index, target), mode);
    Site site = selection.site;
    TopK top = new TopK(limit, perDomain);
    selection.forEachLive(
        (int) call.today.toEpochDay(),
        (k, core) -> {
          long value =
              order.equals("date_found")
                  ? core.firstSeen
                  : order.equals("inlink_rank")
                      ? core.inlinkRank + 1
                      : site.domainRank(core.refdomain) + 1;
          top.offer(TopK.key(value, k), core.refdomain);
        });
    List<Long> best = top.best();
    call.charge(best.size());
    return out -> {
      out.beginResponse();
      out.beginArray("backlinks");
      for (long key : best) {
        writeBacklink(out, site.row(selection.position(TopK.tieBreak(key))));
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  private Body refdomains(Call call) {
    Params p = call.params;
    TargetRef target = p.target();
    Mode mode = p.mode();
    int limit = p.integer("limit", 100, 1, 10_000);
    String order =
        p.oneOf("order_by", "date_found", "date_found", "domain_inlink_rank", "inlink_rank");
    Selection selection = index.select(notHuge(index, target), mode);
    Site site = selection.site;
    int ids = site.refdomainIds();
    int[] backlinks = new int[ids];
    int[] dofollow = new int[ids];
    int[] firstSeen = new int[ids];
    int[] bestRank = new int[ids];
    Arrays.fill(firstSeen, Integer.MAX_VALUE);
    Arrays.fill(bestRank, -1);
    selection.forEachLive(
        (int) call.today.toEpochDay(),
        (k, core) -> {
          int id = core.refdomain;
          backlinks[id]++;
          if (!core.nofollow) {
            dofollow[id]++;
          }
          firstSeen[id] = Math.min(firstSeen[id], core.firstSeen);
          bestRank[id] = Math.max(bestRank[id], core.inlinkRank);
        });
    TopK top = new TopK(limit, Integer.MAX_VALUE);
    for (int id = 0; id < ids; id++) {
      if (backlinks[id] > 0) {
        long value =
            order.equals("date_found")
                ? firstSeen[id]
                : order.equals("inlink_rank") ? bestRank[id] + 1 : site.domainRank(id) + 1;
        top.offer(TopK.key(value, id), id);
      }
    }
    List<Long> best = top.best();
    call.charge(best.size());
    return out -> {
      out.beginResponse();
      out.beginArray("refdomains");
      for (long key : best) {
        int id = (int) TopK.tieBreak(key);
        out.beginItem();
        out.field("refdomain", site.refdomainHost(id));
        out.field("backlinks", backlinks[id]);
        out.field("dofollow_backlinks", dofollow[id]);
        out.field("first_seen", IsoDates.of(firstSeen[id]));
        out.field("domain_inlink_rank", site.domainRank(id));
        out.endItem();
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  private Body rawBacklinks(Call call) {
    Params p = call.params;
    TargetRef target = p.target();
    Mode mode = p.mode();
    int limit = p.integer("limit", 10_000, 1, 100_000);
    Selection selection = index.select(notHuge(index, target), mode);
    long ordinal = 0;
    int day = (int) call.today.toEpochDay();
    if (p.present("next")) {
      String next = p.string("next");
      Cursors.Position position =
          next == null ? null : cursors.decode(next, selection.key, call.now);
      if (position == null) {
        throw ApiError.invalid("next");
      }
      ordinal = position.ordinal();
      day = position.day();
    }
    // Page ordinals only (8 bytes each): rows are generated while streaming.
    long[] page = new long[(int) Math.min(limit, Math.max(0, selection.size() - ordinal))];
    RowCore core = new RowCore();
    int n = 0;
    long k = selection.nextLive(ordinal, day, core);
    while (n < page.length && k < selection.size()) {
      page[n++] = k;
      k = selection.nextLive(k + 1, day, core);
    }
    int rows = n;
    String nextCursor =
        k < selection.size() ? cursors.encode(selection.key, k, day, call.now) : null;
    call.charge(rows);
    Site site = selection.site;
    return out -> {
      out.beginResponse();
      out.beginArray("backlinks");
      for (int i = 0; i < rows; i++) {
        writeBacklink(out, site.row(selection.position(page[i])));
      }
      out.endArray();
      if (nextCursor != null) {
        out.field("next", nextCursor);
      }
      out.endResponse(false);
    };
  }

  private Body downloadAll(Call call) {
    TargetRef target = call.params.target();
    Mode mode = call.params.mode();
    Selection selection = index.select(notHuge(index, target), mode);
    long rows = index.count(selection, call.today);
    Exports.Task task;
    synchronized (exports) {
      if (exports.hasRunningTask(call.apiKey, call.now)) {
        task = null;
      } else {
        call.charge(rows);
        task =
            exports.create(
                call.apiKey, target, selection, (int) call.today.toEpochDay(), rows, call.now);
      }
    }
    return out -> {
      out.beginResponse();
      if (task == null) {
        out.field("task_status", "rejected");
        out.endResponse(false);
      } else {
        out.field("task_status", "queued_for_processing");
        out.field("task_id", task.id());
        // The document's sample response ends with "...",} and clients must cope with it.
        out.endResponse(true);
      }
    };
  }

  private Body downloadStatus(Call call) {
    String id = call.params.string("task_id");
    if (id == null) {
      throw ApiError.missing("task_id");
    }
    Exports.Task task = exports.find(call.apiKey, id, call.now);
    String status = task == null ? "task id is unknown or deleted" : exports.status(task, call.now);
    return out -> {
      out.beginResponse();
      out.field("task_status", status);
      out.field("task_id", id);
      if (status.equals("complete")) {
        out.field("download_file", baseUrl + ApiServer.EXPORT_PREFIX + task.fileName());
      }
      out.endResponse(false);
    };
  }

  private Body subscriptionInfo(Call call) {
    Keys.Account account = call.account;
    return out -> {
      out.beginResponse();
      out.beginObject("subscription_info");
      out.field("status", account.state.subscriptionStatus());
      out.field("start_date", DATE_TIME.format(account.startDate()));
      out.field("expiration_date", DATE_TIME.format(account.expirationDate()));
      out.field("units_limit", account.unitsLimit);
      out.field("units_left", account.unitsLeft());
      out.endObject();
      out.endResponse(false);
    };
  }

  static void writeBacklink(ResponseWriter out, Row row) throws IOException {
    out.beginItem();
    out.field("url_from", row.urlFrom());
    out.field("url_to", row.urlTo());
    out.field("title", row.title());
    out.field("anchor", row.anchor());
    out.field("alt", (String) null);
    out.field("nofollow", row.nofollow());
    out.field("image", row.image());
    out.field("image_source", row.imageSource());
    out.field("inlink_rank", row.inlinkRank());
    out.field("domain_inlink_rank", row.domainInlinkRank());
    out.field("first_seen", IsoDates.of(row.firstSeen()));
    out.field("last_visited", IsoDates.of(row.lastVisited()));
    out.endItem();
  }
}
