package io.spsbacklinks.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The synthetic backlink index of one registrable domain (a "site"), a pure function of the domain
 * name, the index date and the scenario.
 *
 * <p>Positions {@code [0, live)} are synthetic backlinks live on the index date, {@code [live,
 * live+lost)} synthetic backlinks lost before or on it, then the scenario's backlinks. Within the
 * live and the lost part, positions are laid out in contiguous blocks per target host (apex first,
 * then www and a few subdomains) and, inside a host's block, per destination page. So a host or a
 * page is a contiguous range and counts are arithmetic; row {@code p} itself is computed from
 * {@code (seed, p)} alone.
 */
final class Site {
  private static final Pattern BIG = Pattern.compile("big-(\\d{1,12})\\.example");
  private static final Pattern NUMBERED_PAGE = Pattern.compile(".*-(\\d+)(?:/|\\.html)?");
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int SMALL_UNIVERSE_BITS = 22;
  private static final int[] TLD_CLASS =
      Arrays.stream(Names.TLDS)
          .mapToInt(tld -> tld.equals("edu") ? 1 : tld.equals("gov") ? 2 : 0)
          .toArray();

  final String domain;
  final long seed;
  final int indexDay;
  final long live;
  final long lost;
  final String[] hosts;
  private final long[] liveHostStart;
  private final long[] lostHostStart;
  private final long[][] livePageStart;
  private final long[][] lostPageStart;
  private final int pool;
  private final long affineA;
  private final long affineB;
  private final long universeMask;
  private final int subnets;
  private final String[][] titles;
  private final String[][] anchors;
  private final String[][] imageAlts;
  final List<Row> scenarioRows;
  private final List<String> scenarioHosts;
  private final Map<String, Integer> scenarioHostIds;
  private final int[] scenarioRowHost;

  Site(String domain, LocalDate indexDate, Long syntheticOverride, List<Row> scenarioRows) {
    this.domain = domain;
    this.seed = mix(fnv(domain));
    this.indexDay = (int) indexDate.toEpochDay();
    String brand = Names.brand(domain);
    this.titles = Names.prefill(Names.TITLES, brand);
    this.anchors = Names.prefill(Names.ANCHORS, brand);
    this.imageAlts = Names.prefill(Names.IMAGE_ALTS, brand);
    Matcher big = BIG.matcher(domain);
    boolean isBig = big.matches();
    if (syntheticOverride != null) {
      live = syntheticOverride;
    } else if (isBig) {
      live = Long.parseLong(big.group(1));
    } else if (domain.equals("empty.example")) {
      live = 0;
    } else {
      // Log-uniform between 50 and 5,000 live backlinks.
      live = Math.round(50 * Math.pow(100, unit(mix(seed ^ 1))));
    }
    double lostShare = isBig ? 0.1 : 0.08 + 0.12 * unit(mix(seed ^ 2));
    lost = Math.round(live * lostShare);
    hosts = isBig ? new String[] {domain} : hostsOf(domain, seed);
    double[] hostWeights = hostWeights(hosts.length);
    liveHostStart = split(0, live, hostWeights);
    lostHostStart = split(live, lost, hostWeights);
    livePageStart = new long[hosts.length][];
    lostPageStart = new long[hosts.length][];
    for (int h = 0; h < hosts.length; h++) {
      long rows =
          (liveHostStart[h + 1] - liveHostStart[h]) + (lostHostStart[h + 1] - lostHostStart[h]);
      double[] pageWeights = pageWeights((int) Math.max(1, Math.min(2000, rows / 8)));
      livePageStart[h] =
          split(liveHostStart[h], liveHostStart[h + 1] - liveHostStart[h], pageWeights);
      lostPageStart[h] =
          split(lostHostStart[h], lostHostStart[h + 1] - lostHostStart[h], pageWeights);
    }
    double linksPerRefdomain = isBig ? 3.0 : 1.5 + 3.0 * unit(mix(seed ^ 3));
    pool =
        (int)
            Math.max(
                1, Math.min(Integer.MAX_VALUE / 2, Math.ceil((live + lost) / linksPerRefdomain)));
    affineA = mix(seed ^ 4) | 1;
    affineB = mix(seed ^ 5);
    universeMask =
        pool <= (1 << SMALL_UNIVERSE_BITS) ? (1L << SMALL_UNIVERSE_BITS) - 1 : (1L << 36) - 1;
    subnets = Math.max(1, (int) (pool * 0.3));
    this.scenarioRows = List.copyOf(scenarioRows);
    scenarioHosts = new ArrayList<>();
    scenarioHostIds = new HashMap<>();
    scenarioRowHost = new int[scenarioRows.size()];
    for (int i = 0; i < scenarioRows.size(); i++) {
      String host = scenarioRows.get(i).refdomain();
      Integer id = scenarioHostIds.get(host);
      if (id == null) {
        id = pool + scenarioHosts.size();
        scenarioHostIds.put(host, id);
        scenarioHosts.add(host);
      }
      scenarioRowHost[i] = id;
    }
  }

  /** Number of refdomain ids: synthetic pool then scenario referring hosts. */
  int refdomainIds() {
    return pool + scenarioHosts.size();
  }

  // ---- layout ----

  int hostIndex(String host) {
    for (int h = 0; h < hosts.length; h++) {
      if (hosts[h].equals(host)) {
        return h;
      }
    }
    return -1;
  }

  /** Live and lost position ranges of host {@code h}: {liveFrom, liveTo, lostFrom, lostTo}. */
  long[] hostRanges(int h) {
    return new long[] {
      liveHostStart[h], liveHostStart[h + 1], lostHostStart[h], lostHostStart[h + 1]
    };
  }

  /** Live and lost position ranges of page {@code page} of host {@code h}. */
  long[] pageRanges(int h, int page) {
    return new long[] {
      livePageStart[h][page],
      livePageStart[h][page + 1],
      lostPageStart[h][page],
      lostPageStart[h][page + 1]
    };
  }

  /** The page index of {@code path} on host {@code h}, or -1 when the host has no such page. */
  int pageIndex(int h, String path) {
    int pages = livePageStart[h].length - 1;
    for (int j = 0; j < Math.min(pages, Names.FIXED_PAGES.length); j++) {
      if (Names.FIXED_PAGES[j].equals(path)) {
        return j;
      }
    }
    Matcher m = NUMBERED_PAGE.matcher(path);
    if (m.matches() && m.group(1).length() < 6) {
      int j = Integer.parseInt(m.group(1));
      if (j >= Names.FIXED_PAGES.length && j < pages && pagePath(h, j).equals(path)) {
        return j;
      }
    }
    return -1;
  }

  String pagePath(int h, int page) {
    if (page < Names.FIXED_PAGES.length) {
      return Names.FIXED_PAGES[page];
    }
    long z = mix(seed ^ (h * 1_000_003L + page) * GOLDEN);
    String topic = pick(Names.TOPICS, z);
    switch ((int) ((z >>> 40) % 3)) {
      case 0:
        return "/blog/" + topic + "-" + page + "/";
      case 1:
        return "/tools/" + topic + "-" + page;
      default:
        return "/docs/" + topic + "-" + page + ".html";
    }
  }

  private int hostOf(long position) {
    long[] starts = position < live ? liveHostStart : lostHostStart;
    return bucket(starts, position);
  }

  private int pageOf(int h, long position) {
    return bucket(position < live ? livePageStart[h] : lostPageStart[h], position);
  }

  // ---- rows ----

  /** Fills {@code core} with row {@code position}'s counting fields. */
  void core(long position, RowCore core) {
    if (position >= live + lost) {
      int i = (int) (position - live - lost);
      Row row = scenarioRows.get(i);
      core.refdomain = scenarioRowHost[i];
      core.nofollow = row.nofollow();
      core.kind = row.redirect() ? RowCore.REDIRECT : row.image() ? RowCore.IMAGE : RowCore.TEXT;
      core.inlinkRank = row.inlinkRank();
      core.firstSeen = (int) row.firstSeen().toEpochDay();
      core.lost = row.lost() == null ? Integer.MAX_VALUE : (int) row.lost().toEpochDay();
      return;
    }
    long h1 = mix(seed + position * GOLDEN);
    long h2 = mix(h1 ^ 0x5DEECE66DL);
    double u = unit(h1);
    core.refdomain = (int) (pool * u * u);
    int kindRoll = (int) ((h2 >>> 8) % 100);
    core.kind = kindRoll < 3 ? RowCore.REDIRECT : kindRoll < 13 ? RowCore.IMAGE : RowCore.TEXT;
    // ~20% nofollow; a redirect has no rel attribute, so it is never nofollow.
    core.nofollow = core.kind != RowCore.REDIRECT && (h2 >>> 1) % 100 < 20;
    int domainRank = domainRank(core.refdomain);
    int rankRoll = (int) ((h2 >>> 16) % 100);
    core.inlinkRank =
        rankRoll < 5 ? -1 : (int) (Math.max(domainRank, 20) * unit(mix(h2)) * unit(mix(h2 + 1)));
    int ageRoll = (int) ((h2 >>> 24) % 1000);
    if (position < live) {
      core.firstSeen = indexDay - age(ageRoll, 0, mix(h1 + 7));
      core.lost = Integer.MAX_VALUE;
    } else {
      int age = age(ageRoll, 2, mix(h1 + 7));
      int lostRoll = (int) ((h2 >>> 34) % 1000);
      int lostAge =
          Math.min(
              age - 1,
              lostRoll < 15
                  ? (int) (mix(h1 + 8) >>> 62) % 2
                  : lostRoll < 95
                      ? 2 + (int) ((mix(h1 + 8) >>> 1) % 29)
                      : 31 + (int) ((mix(h1 + 8) >>> 1) % Math.max(1, age - 31)));
      core.firstSeen = indexDay - age;
      core.lost = indexDay - lostAge;
    }
  }

  /**
   * Age in days: ~1% within 0-1 days, ~6% within 2-30, ~20% within 31-365, the rest up to ten
   * years.
   */
  private static int age(int roll, int min, long z) {
    long r = z >>> 1;
    int age;
    if (roll < 10) {
      age = (int) (r % 2);
    } else if (roll < 70) {
      age = 2 + (int) (r % 29);
    } else if (roll < 270) {
      age = 31 + (int) (r % 335);
    } else {
      age = 366 + (int) (r % 3285);
    }
    return Math.max(min, age);
  }

  /** The full row at {@code position}. */
  Row row(long position) {
    if (position >= live + lost) {
      return scenarioRows.get((int) (position - live - lost));
    }
    RowCore core = new RowCore();
    core(position, core);
    long h3 = mix(seed ^ (position * GOLDEN + 0x1234567L));
    int h = hostOf(position);
    String urlTo =
        ((h3 & 7) == 0 ? "http://" : "https://") + hosts[h] + pagePath(h, pageOf(h, position));
    String refHost = refdomainHost(core.refdomain);
    int topicIndex = index(Names.TOPICS, h3 >>> 3);
    String topic = Names.TOPICS[topicIndex];
    long number = 3 + (h3 >>> 20) % 97;
    LocalDate firstSeen = LocalDate.ofEpochDay(core.firstSeen);
    LocalDate lost = core.lost == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(core.lost);
    int visitedDay =
        lost != null
            ? core.lost
            : indexDay - (int) ((h3 >>> 30) % Math.min(60, indexDay - core.firstSeen + 1));
    String reason = lost == null ? null : reasonLost(core.kind, h3 >>> 40);
    String title;
    String anchor;
    String urlFrom;
    String imageSource = null;
    if (core.kind == RowCore.REDIRECT) {
      urlFrom = "http://" + refHost + ((h3 & 8) == 0 ? "/old/" : "/go/") + topic + "-" + position;
      title = "";
      anchor = "";
    } else {
      urlFrom = "https://" + refHost + fromPath(h3, topic, position);
      title =
          titles[index(Names.TITLES, h3 >>> 11)][topicIndex].replace("{2}", Long.toString(number));
      if (core.kind == RowCore.IMAGE) {
        anchor = imageAlts[index(Names.IMAGE_ALTS, h3 >>> 17)][topicIndex].replace("{2}", urlTo);
        imageSource =
            "https://" + refHost + "/images/" + topic + "-" + (position % 10_000) + ".png";
      } else {
        anchor = anchors[index(Names.ANCHORS, h3 >>> 17)][topicIndex].replace("{2}", urlTo);
      }
    }
    return new Row(
        urlFrom,
        urlTo,
        title,
        anchor,
        core.nofollow,
        core.kind == RowCore.IMAGE,
        imageSource,
        core.kind == RowCore.REDIRECT,
        core.inlinkRank,
        domainRank(core.refdomain),
        firstSeen,
        LocalDate.ofEpochDay(visitedDay),
        lost,
        reason,
        refHost);
  }

  private static String fromPath(long z, String topic, long position) {
    switch ((int) ((z >>> 50) % 5)) {
      case 0:
        return "/blog/" + topic + "-tips-" + position + "/";
      case 1:
        return "/"
            + (2012 + (z >>> 45) % 14)
            + "/"
            + twoDigits((int) (1 + (z >>> 41) % 12))
            + "/"
            + topic
            + "-"
            + position
            + ".html";
      case 2:
        return "/forum/topic/" + position;
      case 3:
        return "/resources/" + topic + "/?p=" + position;
      default:
        return "/links.php?id=" + position;
    }
  }

  private static String reasonLost(byte kind, long z) {
    int roll = (int) (z % 100);
    if (kind == RowCore.REDIRECT) {
      return roll < 50 ? "broken_redirect" : roll < 80 ? "link_removed" : "page_not_found";
    }
    return roll < 35
        ? "link_removed"
        : roll < 60
            ? "page_not_found"
            : roll < 68
                ? "redirect"
                : roll < 75
                    ? "crawl_error"
                    : roll < 82
                        ? "page_dropped"
                        : roll < 88 ? "noindex" : roll < 94 ? "not_canonical" : "other";
  }

  // ---- referring domains ----

  /** Host name of refdomain {@code id}; synthetic names are injective in the id. */
  String refdomainHost(int id) {
    if (id >= pool) {
      return scenarioHosts.get(id - pool);
    }
    long g = universeId(id);
    long root = g >>> 2;
    int tld = (int) ((root >>> 12) & 63);
    String name = Names.ADJECTIVES[(int) (root & 63)] + Names.NOUNS[(int) ((root >>> 6) & 63)];
    int style = (int) ((root >>> 18) & 3);
    String styled =
        style == 0
            ? name
            : style == 1
                ? Names.ADJECTIVES[(int) (root & 63)] + "-" + Names.NOUNS[(int) ((root >>> 6) & 63)]
                : style == 2 ? "the" + name : name + "hq";
    String suffix = (root >>> 20) == 0 ? "" : Long.toString(root >>> 20);
    return Names.HOST_PREFIXES[tldClass(tld)][(int) (g & 3)]
        + styled
        + suffix
        + "."
        + Names.TLDS[tld];
  }

  /** 1 for .edu, 2 for .gov, 0 otherwise. */
  int refdomainTldClass(int id) {
    if (id >= pool) {
      String host = scenarioHosts.get(id - pool);
      return host.endsWith(".edu") ? 1 : host.endsWith(".gov") ? 2 : 0;
    }
    return tldClass((int) ((universeId(id) >>> 14) & 63));
  }

  private static int tldClass(int tld) {
    return TLD_CLASS[tld];
  }

  /** Domain InLink Rank of the refdomain's root domain: skewed low, ~3% unknown (-1). */
  int domainRank(int id) {
    if (id >= pool) {
      return scenarioDomainRank(id);
    }
    long root = universeId(id) >>> 2;
    long z = mix(root * GOLDEN + 99);
    if ((z >>> 1) % 100 < 3) {
      return -1;
    }
    int rank = (int) (100 * Math.pow(unit(z), 2.5));
    return tldClass((int) ((root >>> 12) & 63)) == 0 ? rank : Math.min(100, rank + 30);
  }

  private int scenarioDomainRank(int id) {
    for (int i = 0; i < scenarioRows.size(); i++) {
      if (scenarioRowHost[i] == id) {
        return scenarioRows.get(i).domainInlinkRank();
      }
    }
    return -1;
  }

  /**
   * IPv4 address of the refdomain's root (hosts of one root share it); subnets are shared across
   * roots.
   */
  int refdomainIp(int id) {
    long key =
        id >= pool
            ? fnv(TargetRef.registrableDomain(scenarioHosts.get(id - pool)))
            : universeId(id) >>> 2;
    long z = mix(seed ^ key * GOLDEN);
    long subnet = Long.remainderUnsigned(z, subnets);
    int net = (int) (mix(seed + subnet) & 0xFFFFFF00L);
    // Few host addresses per subnet, so shared hosting makes ips a little lower than refdomains.
    return net | (int) (2 + ((z >>> 40) % 6));
  }

  private long universeId(int id) {
    return (id * affineA + affineB) & universeMask;
  }

  // ---- helpers ----

  private static String[] hostsOf(String domain, long seed) {
    int extra = (int) ((mix(seed ^ 6) >>> 1) % 4);
    String[] hosts = new String[2 + extra];
    hosts[0] = domain;
    hosts[1] = "www." + domain;
    int first = (int) ((mix(seed ^ 7) >>> 1) % Names.SUBDOMAINS.length);
    for (int i = 0; i < extra; i++) {
      hosts[2 + i] = Names.SUBDOMAINS[(first + i) % Names.SUBDOMAINS.length] + "." + domain;
    }
    return hosts;
  }

  private static double[] hostWeights(int hosts) {
    if (hosts == 1) {
      return new double[] {1};
    }
    double[] weights = new double[hosts];
    weights[0] = 0.45;
    weights[1] = hosts == 2 ? 0.55 : 0.35;
    for (int i = 2; i < hosts; i++) {
      weights[i] = 0.2 / (hosts - 2);
    }
    return weights;
  }

  private static double[] pageWeights(int pages) {
    double[] weights = new double[pages];
    for (int j = 0; j < pages; j++) {
      weights[j] = j == 0 ? 0.25 * pages + 1 : 1.0 / Math.pow(j, 0.5);
    }
    return weights;
  }

  /** Boundaries splitting {@code count} positions starting at {@code from} by {@code weights}. */
  private static long[] split(long from, long count, double[] weights) {
    double sum = Arrays.stream(weights).sum();
    long[] starts = new long[weights.length + 1];
    double acc = 0;
    starts[0] = from;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      starts[i + 1] = i == weights.length - 1 ? from + count : from + Math.round(count * acc / sum);
    }
    return starts;
  }

  /** Index i with starts[i] <= position < starts[i+1]; empty buckets are skipped. */
  private static int bucket(long[] starts, long position) {
    int lo = 0;
    int hi = starts.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static String pick(String[] values, long z) {
    return values[index(values, z)];
  }

  private static int index(String[] values, long z) {
    return (int) Long.remainderUnsigned(z, values.length);
  }

  /** {@code String.format("%02d", value)} for 0-99, without the formatter's cost. */
  static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform double in [0, 1) from the top 53 bits. */
  static double unit(long z) {
    return (z >>> 11) * 0x1.0p-53;
  }

  static long fnv(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x100000001B3L;
    }
    return h;
  }
}
