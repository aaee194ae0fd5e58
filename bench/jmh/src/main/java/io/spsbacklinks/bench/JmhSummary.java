package io.spsbacklinks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises several JMH runs ({@code -rf json} files, one per run, each run measuring a benchmark
 * and its peers back to back) as Markdown: per benchmark the median, min and max of the runs'
 * scores, and per pair the ratio computed run by run, so that machine noise hits both sides of each
 * ratio alike.
 *
 * <p>In a class, every benchmark named {@code core*} is paired with every {@code peer*} one. The
 * ratio is core/peer for throughput and time core/peer for average time.
 *
 * <pre>java -cp bench/jmh/target/benchmarks.jar io.spsbacklinks.bench.JmhSummary run-*.json</pre>
 */
public final class JmhSummary {
  private JmhSummary() {}

  /** One benchmark's results over the runs. */
  private record Series(
      String name, String mode, String unit, List<Double> scores, List<Double> allocPerOp) {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: JmhSummary run-1.json [run-2.json ...]");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Series> series = new LinkedHashMap<>();
    for (String file : args) {
      for (JsonNode result : mapper.readTree(Path.of(file).toFile())) {
        String name = result.path("benchmark").asText();
        JsonNode primary = result.path("primaryMetric");
        Series s =
            series.computeIfAbsent(
                name,
                n ->
                    new Series(
                        n,
                        result.path("mode").asText(),
                        primary.path("scoreUnit").asText(),
                        new ArrayList<>(),
                        new ArrayList<>()));
        s.scores().add(primary.path("score").asDouble());
        result
            .path("secondaryMetrics")
            .properties()
            .forEach(
                metric -> {
                  if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                    s.allocPerOp().add(metric.getValue().path("score").asDouble());
                  }
                });
      }
    }
    System.out.println(
        "| benchmark | mode | unit | median | min | max | runs | alloc B/op (median) |");
    System.out.println("|---|---|---|---:|---:|---:|---:|---:|");
    for (Series s : series.values()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %d | %s |%n",
          shortName(s.name()),
          s.mode(),
          s.unit(),
          format(median(s.scores())),
          format(min(s.scores())),
          format(max(s.scores())),
          s.scores().size(),
          s.allocPerOp().isEmpty() ? "-" : format(median(s.allocPerOp())));
    }
    System.out.println();
    System.out.println("| pair (run by run) | ratio | median | min | max | per run |");
    System.out.println("|---|---|---:|---:|---:|---|");
    for (Series core : series.values()) {
      if (!method(core.name()).startsWith("core")) {
        continue;
      }
      for (Series peer : series.values()) {
        if (!method(peer.name()).startsWith("peer")
            || !owner(peer.name()).equals(owner(core.name()))
            || peer.scores().size() != core.scores().size()) {
          continue;
        }
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < core.scores().size(); run++) {
          ratios.add(core.scores().get(run) / peer.scores().get(run));
        }
        String kind = core.mode().equals("thrpt") ? "rate core/peer" : "time core/peer";
        List<String> perRun = ratios.stream().map(JmhSummary::format).toList();
        System.out.printf(
            Locale.ROOT,
            "| %s vs %s | %s | %s | %s | %s | %s |%n",
            shortName(core.name()),
            method(peer.name()),
            kind,
            format(median(ratios)),
            format(min(ratios)),
            format(max(ratios)),
            String.join(", ", perRun));
      }
    }
  }

  private static String shortName(String benchmark) {
    String owner = owner(benchmark);
    return owner.substring(owner.lastIndexOf('.') + 1) + "." + method(benchmark);
  }

  private static String owner(String benchmark) {
    return benchmark.substring(0, benchmark.lastIndexOf('.'));
  }

  private static String method(String benchmark) {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return Collections.min(values);
  }

  private static double max(List<Double> values) {
    return Collections.max(values);
  }

  private static String format(double value) {
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.3f", value);
  }
}
