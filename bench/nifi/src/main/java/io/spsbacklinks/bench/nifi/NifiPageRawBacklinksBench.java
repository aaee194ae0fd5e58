package io.spsbacklinks.bench.nifi;

import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_FAILURE;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_ORIGINAL;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_RETRY;
import static io.spsbacklinks.nifi.AbstractBacklinksProcessor.REL_SUCCESS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.management.OperatingSystemMXBean;
import io.spsbacklinks.bench.Fixtures;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.nifi.FetchRawBacklinks;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.nifi.util.MockFlowFile;
import org.apache.nifi.util.TestRunner;

/**
 * Benchmark 4: PageRawBacklinks with a JsonRecordSetWriter on nifi-mock walking a {@code
 * big-<rows>.example} of an in-process sandbox over loopback; rows/s, rows per CPU second of the
 * process (sandbox included, the same pages for both sides) and heap.
 *
 * <p>The processor runs in input mode (one page per trigger, the walk's cursor on the FlowFile), so
 * the mock's in-memory content repository can be emptied after every page; in source mode the whole
 * walk is one trigger and the mock would hold every page. The peer, measured in the same JVM pair
 * by pair, is the floor under it: the same pages through the core client written as the same JSON
 * records with a Jackson generator into a byte counter.
 *
 * <pre>java -Xmx1g -jar bench/nifi/target/nifi-bench.jar [runs] [rows] [page size]</pre>
 *
 * <p>Defaults: 5 runs, 1,000,000 rows, pages of 10,000.
 */
public final class NifiPageRawBacklinksBench {
  private static final String KEY = Sandbox.DEMO_API_KEY;
  private static final JsonFactory JSON = new JsonFactory();

  private final Sandbox sandbox;
  private final String target;
  private final long rows;
  private final int pageSize;

  private NifiPageRawBacklinksBench(Sandbox sandbox, long rows, int pageSize) {
    this.sandbox = sandbox;
    this.target = Fixtures.bigTarget(Math.toIntExact(rows));
    this.rows = rows;
    this.pageSize = pageSize;
  }

  /** One side of one run. */
  private record Sample(
      long rows,
      long bytes,
      double seconds,
      double cpuSeconds,
      double peakHeapMb,
      double peakAfterGcMb) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    /** Rows per second of the process's CPU time: less sensitive than wall time to other load. */
    double rowsPerCpuSecond() {
      return rows / cpuSeconds;
    }
  }

  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
      System.out.println(
          "usage: java -Xmx1g -jar nifi-bench.jar [runs 5] [rows 1000000] " + "[page size 10000]");
      return;
    }
    // The JDK's HttpServer (the sandbox's) leaves Nagle's algorithm on unless told: with the
    // client's delayed ACKs that costs ~40 ms per page. A real API server does not wait like that.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    try (Sandbox sandbox = Sandbox.builder().build().start()) {
      new NifiPageRawBacklinksBench(sandbox, rows, pageSize).run(runs);
    }
  }

  private void run(int runs) {
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores, Java %s (%s), max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().maxMemory() / 1048576);
    System.out.printf(Locale.ROOT, "target %s, page size %d, %d pairs%n", target, pageSize, runs);
    System.out.println("warm-up: one untimed run of each");
    measure(this::nifi);
    measure(this::peer);
    List<Sample[]> pairs = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Sample nifi;
      Sample peer;
      if (run % 2 == 1) {
        nifi = measure(this::nifi);
        peer = measure(this::peer);
      } else {
        peer = measure(this::peer);
        nifi = measure(this::nifi);
      }
      pairs.add(new Sample[] {nifi, peer});
      System.out.printf(
          Locale.ROOT,
          "run %d: nifi %.0f rows/s (heap peak %.0f MB, after GC %.0f"
              + " MB), peer %.0f rows/s (heap peak %.0f MB, after GC %.0f MB)%n",
          run,
          nifi.rowsPerSecond(),
          nifi.peakHeapMb(),
          nifi.peakAfterGcMb(),
          peer.rowsPerSecond(),
          peer.peakHeapMb(),
          peer.peakAfterGcMb());
    }
    System.out.println();
    System.out.println(
        "| run | NiFi rows/s | NiFi heap peak MB | NiFi heap after GC MB "
            + "| peer rows/s | peer heap peak MB | peer heap after GC MB | rows/s NiFi/peer |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < pairs.size(); i++) {
      Sample nifi = pairs.get(i)[0];
      Sample peer = pairs.get(i)[1];
      System.out.printf(
          Locale.ROOT,
          "| %d | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |%n",
          i + 1,
          nifi.rowsPerSecond(),
          nifi.peakHeapMb(),
          nifi.peakAfterGcMb(),
          peer.rowsPerSecond(),
          peer.peakHeapMb(),
          peer.peakAfterGcMb(),
          nifi.rowsPerSecond() / peer.rowsPerSecond());
    }
    System.out.println();
    System.out.println("| figure | median | min | max |");
    System.out.println("|---|---:|---:|---:|");
    summary("NiFi rows/s", pairs, p -> p[0].rowsPerSecond());
    summary("peer rows/s", pairs, p -> p[1].rowsPerSecond());
    summary(
        "ratio rows/s NiFi/peer (per pair)",
        pairs,
        p -> p[0].rowsPerSecond() / p[1].rowsPerSecond());
    summary("NiFi rows per CPU s (process)", pairs, p -> p[0].rowsPerCpuSecond());
    summary("peer rows per CPU s (process)", pairs, p -> p[1].rowsPerCpuSecond());
    summary(
        "ratio rows per CPU s NiFi/peer (per pair)",
        pairs,
        p -> p[0].rowsPerCpuSecond() / p[1].rowsPerCpuSecond());
    summary("NiFi heap peak MB", pairs, p -> p[0].peakHeapMb());
    summary("NiFi heap after GC MB (max)", pairs, p -> p[0].peakAfterGcMb());
    summary("peer heap peak MB", pairs, p -> p[1].peakHeapMb());
    summary("peer heap after GC MB (max)", pairs, p -> p[1].peakAfterGcMb());
  }

  private static void summary(
      String figure, List<Sample[]> pairs, java.util.function.ToDoubleFunction<Sample[]> value) {
    List<Double> values = new ArrayList<>();
    pairs.forEach(pair -> values.add(value.applyAsDouble(pair)));
    Collections.sort(values);
    int n = values.size();
    double median =
        n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f |%n",
        figure,
        median,
        values.get(0),
        values.get(n - 1));
  }

  /** Runs {@code side}, returning rows and bytes written, timed and heap-watched. */
  private Sample measure(Supplier<long[]> side) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = os.getProcessCpuTime();
      long[] written = side.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
      if (written[0] != rows) {
        throw new IllegalStateException("wrote " + written[0] + " rows, expected " + rows);
      }
      return new Sample(
          written[0], written[1], seconds, cpuSeconds, heap.peakUsedMb(), heap.peakAfterGcMb());
    }
  }

  /** The input-driven processor: one page per trigger until the FlowFile goes to original. */
  private long[] nifi() {
    TestRunner runner =
        NifiFlows.rawBacklinks(
            new FetchRawBacklinks(), sandbox.endpoint(), KEY, 1, target, pageSize);
    runner.enqueue(new byte[0]);
    long records = 0;
    long bytes = 0;
    for (int trigger = 0; ; trigger++) {
      runner.run(1, false, trigger == 0);
      for (MockFlowFile page : runner.getFlowFilesForRelationship(REL_SUCCESS)) {
        records += Long.parseLong(page.getAttribute("record.count"));
        bytes += page.getSize();
      }
      boolean done = !runner.getFlowFilesForRelationship(REL_ORIGINAL).isEmpty();
      if (!runner.getFlowFilesForRelationship(REL_FAILURE).isEmpty()
          || !runner.getFlowFilesForRelationship(REL_RETRY).isEmpty()) {
        throw new IllegalStateException(
            "the walk failed: " + runner.getLogger().getErrorMessages());
      }
      runner.clearTransferState();
      runner.clearProvenanceEvents();
      if (done) {
        runner.stop();
        return new long[] {records, bytes};
      }
    }
  }

  /** The floor: the same pages through the core client, written as JSON records. */
  private long[] peer() {
    BacklinksClient client =
        BacklinksClient.builder().apiKey(KEY).endpoint(sandbox.endpoint()).build();
    RawBacklinksQuery query =
        RawBacklinksQuery.builder(target).mode(Mode.DOMAIN).limit(pageSize).build();
    CountingSink sink = new CountingSink();
    long records = 0;
    String cursor = null;
    do {
      try (RawPage page = client.getRawBacklinksPage(query, cursor);
          JsonGenerator json = JSON.createGenerator(sink)) {
        json.writeStartArray();
        while (page.hasNext()) {
          write(json, page.next());
          records++;
        }
        json.writeEndArray();
        Optional<String> next = page.nextCursor();
        cursor = next.orElse(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } while (cursor != null);
    return new long[] {records, sink.bytes};
  }

  private static void write(JsonGenerator json, Backlink b) throws IOException {
    json.writeStartObject();
    json.writeStringField("url_from", b.urlFrom());
    json.writeStringField("url_to", b.urlTo());
    json.writeStringField("title", b.title());
    json.writeStringField("anchor", b.anchor());
    json.writeStringField("alt", b.alt());
    json.writeBooleanField("nofollow", b.nofollow());
    json.writeBooleanField("image", b.image());
    json.writeStringField("image_source", b.imageSource());
    rank(json, "inlink_rank", b.inlinkRank());
    rank(json, "domain_inlink_rank", b.domainInlinkRank());
    date(json, "first_seen", b.firstSeen());
    date(json, "last_visited", b.lastVisited());
    json.writeEndObject();
  }

  private static void rank(JsonGenerator json, String name, InlinkRank rank) throws IOException {
    if (rank.isKnown()) {
      json.writeNumberField(name, rank.raw());
    } else {
      json.writeNullField(name);
    }
  }

  private static void date(JsonGenerator json, String name, LocalDate date) throws IOException {
    json.writeStringField(name, date == null ? null : date.toString());
  }

  /** Discards bytes, counting them. */
  private static final class CountingSink extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
