package io.spsbacklinks.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * get-new-lost-backlinks and get-new-lost-refdomains, derived from the rows' history so they agree
 * with the metrics of any day: a backlink is "new" on its first_seen and "lost" on its lost date; a
 * referring domain is "new" on a day it goes from no live backlink to some, "lost" on a day it goes
 * back to none.
 */
final class NewLost {
  private NewLost() {}

  /** The date range of a new/lost command: date_from defaults to yesterday, date_to to today. */
  private static int[] range(Call call) {
    LocalDate from = call.params.date("date_from", call.today.minusDays(1));
    LocalDate to = call.params.date("date_to", call.today);
    if (from.isAfter(to)) {
      throw ApiError.invalid("date_from");
    }
    return new int[] {(int) from.toEpochDay(), (int) to.toEpochDay()};
  }

  static Commands.Body backlinks(Index index, Call call) {
    Params p = call.params;
    TargetRef target = p.target();
    Mode mode = p.mode();
    String type = p.oneOf("new_lost_type", null, "new", "lost");
    int[] range = range(call);
    String linkType = p.oneOf("link_type", null, "href", "redirect");
    String anchorType = p.oneOf("anchor_type", null, "text", "image", "undefined");
    String dofollow = p.oneOf("dofollow", null, "dofollow", "nofollow", "undefined");
    String urlFrom = p.string("url_from");
    TargetRef fromHost = urlFrom == null ? null : TargetRef.parse(urlFrom);
    if (urlFrom != null && fromHost == null) {
      throw ApiError.invalid("url_from");
    }
    String order =
        p.oneOf("order_by", "new_lost_date", "new_lost_date", "domain_inlink_rank", "inlink_rank");
    int limit = p.integer("limit", 1000, 1, 10_000);
    Selection selection = index.select(Commands.notHuge(index, target), mode);
    Site site = selection.site;
    Map<Integer, Boolean> refdomainMatches = new HashMap<>();
    TopK top = new TopK(limit, Integer.MAX_VALUE);
    selection.forEachCore(
        (k, core) -> {
          if (!matches(core, linkType, anchorType, dofollow)) {
            return;
          }
          if (fromHost != null
              && !refdomainMatches.computeIfAbsent(
                  core.refdomain, id -> within(site.refdomainHost(id), fromHost.host()))) {
            return;
          }
          long rank =
              order.equals("inlink_rank")
                  ? core.inlinkRank + 1
                  : order.equals("domain_inlink_rank") ? site.domainRank(core.refdomain) + 1 : -1;
          if (!"lost".equals(type) && core.firstSeen >= range[0] && core.firstSeen <= range[1]) {
            top.offer(TopK.key(rank >= 0 ? rank : core.firstSeen, k * 2), 0);
          }
          if (!"new".equals(type) && core.lost >= range[0] && core.lost <= range[1]) {
            top.offer(TopK.key(rank >= 0 ? rank : core.lost, k * 2 + 1), 0);
          }
        });
    List<Long> best = top.best();
    call.charge(best.size());
    return out -> {
      out.beginResponse();
      out.beginArray("new_lost_backlinks");
      for (long key : best) {
        long event = TopK.tieBreak(key);
        boolean lost = (event & 1) == 1;
        Row row = site.row(selection.position(event / 2));
        out.beginItem();
        out.field("new_lost_date", IsoDates.of(lost ? row.lost() : row.firstSeen()));
        out.field("new_lost_type", lost ? "lost" : "new");
        out.field("url_from", row.urlFrom());
        out.field("url_to", row.urlTo());
        out.field("title", row.title());
        out.field("anchor", row.anchor());
        // As in the document's sample, this command sends empty strings where get-backlinks sends
        // null.
        out.field("alt", "");
        out.field("link_type", row.linkType());
        out.field("nofollow", row.nofollow());
        out.field("image", row.image());
        out.field("image_source", row.imageSource() == null ? "" : row.imageSource());
        out.field("reason_lost", lost ? row.reasonLost() : "");
        out.field("inlink_rank", row.inlinkRank());
        out.field("domain_inlink_rank", row.domainInlinkRank());
        out.field("first_seen", IsoDates.of(row.firstSeen()));
        out.endItem();
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  /**
   * link_type, anchor_type and dofollow filters; redirects have neither anchor nor rel, hence
   * "undefined".
   */
  private static boolean matches(
      RowCore core, String linkType, String anchorType, String dofollow) {
    boolean redirect = core.kind == RowCore.REDIRECT;
    if (linkType != null && linkType.equals("redirect") != redirect) {
      return false;
    }
    if (anchorType != null) {
      String actual = redirect ? "undefined" : core.kind == RowCore.IMAGE ? "image" : "text";
      if (!anchorType.equals(actual)) {
        return false;
      }
    }
    if (dofollow != null) {
      String actual = redirect ? "undefined" : core.nofollow ? "nofollow" : "dofollow";
      return dofollow.equals(actual);
    }
    return true;
  }

  /** Whether {@code host} is {@code domain} or one of its subdomains. */
  private static boolean within(String host, String domain) {
    return host.equals(domain) || host.endsWith("." + domain);
  }

  static Commands.Body refdomains(Index index, Call call) {
    Params p = call.params;
    TargetRef target = p.target();
    Mode mode = p.mode();
    String type = p.oneOf("new_lost_type", null, "new", "lost");
    int[] range = range(call);
    String order = p.oneOf("order_by", "new_lost_date", "new_lost_date", "domain_inlink_rank");
    int limit = p.integer("limit", 1000, 1, 10_000);
    Selection selection = index.select(Commands.notHuge(index, target), mode);
    Site site = selection.site;

    // Pass 1: referring domains with a backlink appearing or disappearing in the range.
    BitSet candidates = new BitSet();
    selection.forEachCore(
        (k, core) -> {
          if (core.firstSeen >= range[0] && core.firstSeen <= range[1]
              || core.lost >= range[0] && core.lost <= range[1]) {
            candidates.set(core.refdomain);
          }
        });
    // Pass 2: the full history of those domains only.
    Intervals intervals = new Intervals();
    selection.forEachCore(
        (k, core) -> {
          if (candidates.get(core.refdomain)) {
            intervals.add(core);
          }
        });
    List<Event> events = intervals.events(range, type);
    TopK top = new TopK(limit, Integer.MAX_VALUE);
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      long value = order.equals("new_lost_date") ? e.day : site.domainRank(e.refdomain) + 1;
      top.offer(TopK.key(value, i), 0);
    }
    List<Long> best = top.best();
    call.charge(best.size());
    return out -> {
      out.beginResponse();
      out.beginArray("new_lost_refdomains");
      for (long key : best) {
        Event e = events.get((int) TopK.tieBreak(key));
        out.beginItem();
        out.field("new_lost_date", IsoDates.of(e.day));
        out.field("new_lost_type", e.lost ? "lost" : "new");
        out.field("refdomain", site.refdomainHost(e.refdomain));
        out.field("backlinks", e.backlinks);
        out.field("dofollow_backlinks", e.dofollow);
        out.field("first_seen", IsoDates.of(e.firstSeen));
        out.field("domain_inlink_rank", site.domainRank(e.refdomain));
        out.endItem();
      }
      out.endArray();
      out.endResponse(false);
    };
  }

  /**
   * A referring domain becoming live (new) or not live any more (lost), with its backlinks around
   * that day.
   */
  private record Event(
      int refdomain, int day, boolean lost, int backlinks, int dofollow, int firstSeen) {}

  /** Live intervals of backlinks grouped by referring domain, in primitive arrays. */
  private static final class Intervals {
    private int size;
    private int[] refdomain = new int[64];
    private int[] from = new int[64];
    private int[] to = new int[64];
    private boolean[] nofollow = new boolean[64];

    void add(RowCore core) {
      if (size == refdomain.length) {
        refdomain = Arrays.copyOf(refdomain, size * 2);
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
        nofollow = Arrays.copyOf(nofollow, size * 2);
      }
      refdomain[size] = core.refdomain;
      from[size] = core.firstSeen;
      to[size] = core.lost;
      nofollow[size] = core.nofollow;
      size++;
    }

    List<Event> events(int[] range, String type) {
      long[] order = new long[size];
      for (int i = 0; i < size; i++) {
        order[i] = (long) refdomain[i] << 32 | i;
      }
      Arrays.sort(order);
      List<Event> events = new ArrayList<>();
      int start = 0;
      while (start < size) {
        int end = start;
        int id = (int) (order[start] >>> 32);
        while (end < size && (int) (order[end] >>> 32) == id) {
          end++;
        }
        int[] group = new int[end - start];
        for (int i = start; i < end; i++) {
          group[i - start] = (int) order[i];
        }
        domainEvents(id, group, range, type, events);
        start = end;
      }
      return events;
    }

    private void domainEvents(int id, int[] group, int[] range, String type, List<Event> events) {
      int[] days =
          Arrays.stream(group)
              .flatMap(i -> IntStream.of(from[i], to[i]))
              .filter(d -> d >= range[0] && d <= range[1])
              .sorted()
              .distinct()
              .toArray();
      for (int day : days) {
        int[] before = stats(group, day - 1);
        int[] at = stats(group, day);
        if (before[0] == 0 && at[0] > 0 && !"lost".equals(type)) {
          events.add(new Event(id, day, false, at[0], at[1], at[2]));
        } else if (before[0] > 0 && at[0] == 0 && !"new".equals(type)) {
          events.add(new Event(id, day, true, before[0], before[1], before[2]));
        }
      }
    }

    /** {live backlinks, live dofollow backlinks, oldest first_seen among them} on {@code day}. */
    private int[] stats(int[] group, int day) {
      int[] stats = {0, 0, Integer.MAX_VALUE};
      for (int i : group) {
        if (from[i] <= day && day < to[i]) {
          stats[0]++;
          if (!nofollow[i]) {
            stats[1]++;
          }
          stats[2] = Math.min(stats[2], from[i]);
        }
      }
      return stats;
    }
  }
}
