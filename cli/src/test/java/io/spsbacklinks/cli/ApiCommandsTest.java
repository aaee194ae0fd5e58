package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.spsbacklinks.cli.output.Column;
import io.spsbacklinks.cli.output.Layouts;
import io.spsbacklinks.sandbox.SandboxBacklink;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every API command in every output format, against the sandbox. */
class ApiCommandsTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.builder().exportDelay(Duration.ZERO).build();

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(
            List.of("metrics", "-t", "example.com", "-t", "acme.com", "--mode", "domain"),
            Layouts.METRICS,
            false),
        Arguments.of(
            List.of("inlink-rank", "-t", "https://example.com/", "-t", "https://nothing.example/x"),
            Layouts.INLINK_RANK,
            false),
        Arguments.of(
            List.of(
                "backlinks",
                "-t",
                "example.com",
                "--limit",
                "7",
                "--order-by",
                "inlink_rank",
                "--per-domain",
                "1"),
            Layouts.BACKLINK,
            false),
        Arguments.of(
            List.of(
                "refdomains",
                "-t",
                "example.com",
                "--mode",
                "domain",
                "--limit",
                "6",
                "--order-by",
                "domain_inlink_rank"),
            Layouts.REFDOMAIN,
            false),
        Arguments.of(
            List.of("raw-backlinks", "-t", "example.com", "--limit", "100"),
            Layouts.BACKLINK,
            false),
        Arguments.of(List.of("download-all", "-t", "example.com"), Layouts.BACKLINK, false),
        Arguments.of(
            List.of(
                "new-lost-backlinks",
                "-t",
                "example.com",
                "--date-from",
                "2026-10-01",
                "--date-to",
                "2026-11-28",
                "--new-lost-type",
                "lost",
                "--link-type",
                "href",
                "--anchor-type",
                "text",
                "--dofollow",
                "dofollow",
                "--order-by",
                "domain_inlink_rank",
                "--limit",
                "25"),
            Layouts.NEW_LOST_BACKLINK,
            false),
        Arguments.of(
            List.of(
                "new-lost-refdomains",
                "-t",
                "example.com",
                "--date-from",
                "2026-10-01",
                "--order-by",
                "new_lost_date",
                "--limit",
                "15"),
            Layouts.NEW_LOST_REFDOMAIN,
            false),
        Arguments.of(List.of("subscription"), Layouts.SUBSCRIPTION, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  <T> void everyFormatCarriesTheSameRowsWithTheApiFieldNames(
      List<String> args, List<Column<T>> columns, boolean single) throws IOException {
    List<String> names = columns.stream().map(Column::name).toList();

    Cli.Result json = run(args, "json");
    assertThat(json.exit()).as(json.toString()).isZero();
    List<JsonNode> rows = new ArrayList<>();
    if (single) {
      assertThat(json.json().isObject()).isTrue();
      rows.add(json.json());
    } else {
      assertThat(json.json().isArray()).as(json.out()).isTrue();
      json.json().forEach(rows::add);
    }
    assertThat(rows).isNotEmpty();
    for (JsonNode row : rows) {
      assertThat(fieldNames(row)).isEqualTo(names);
    }

    Cli.Result jsonl = run(args, "jsonl");
    assertThat(jsonl.exit()).isZero();
    assertThat(jsonl.lines()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(Cli.JSON.readTree(jsonl.lines().get(i))).isEqualTo(rows.get(i));
    }

    Cli.Result csv = run(args, "csv");
    assertThat(csv.exit()).isZero();
    assertThat(csv.lines().get(0)).isEqualTo(String.join(",", names));
    List<Map<String, String>> records = csv(csv.out());
    assertThat(records).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> expected = new LinkedHashMap<>();
      rows.get(i)
          .properties()
          .forEach(
              e -> expected.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
      assertThat(records.get(i)).isEqualTo(expected);
    }

    Cli.Result table = run(args, "table");
    assertThat(table.exit()).isZero();
    if (single) {
      assertThat(table.lines()).hasSize(names.size());
      IntStream.range(0, names.size())
          .forEach(i -> assertThat(table.lines().get(i)).startsWith(names.get(i) + " "));
    } else {
      assertThat(table.lines().get(0).split("\\s+")).containsExactlyElementsOf(names);
      assertThat(table.lines().get(1)).matches("[- ]+");
      assertThat(table.lines()).hasSize(rows.size() + 2);
    }
  }

  @Test
  void withoutFormatStdoutThatIsNotATerminalGetsJsonAndATerminalGetsATable() {
    Cli.Result piped =
        Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), "metrics", "-t", "example.com");
    assertThat(piped.json().get(0).get("target").asText()).isEqualTo("example.com");

    Cli terminal = Cli.against(SANDBOX.sandbox());
    terminal.platform(
        new Platform(
            new Terminal(true, false), d -> {}, java.time.Clock.systemUTC(), System::nanoTime));
    Cli.Result tty = terminal.api(SANDBOX.sandbox(), "metrics", "-t", "example.com");
    assertThat(tty.lines().get(0)).startsWith("target ");
  }

  @Test
  void globalOptionsAlsoWorkAfterTheCommandName() {
    Cli.Result result =
        Cli.plain()
            .run(
                "subscription",
                "--endpoint",
                SANDBOX.endpoint(),
                "--api-key",
                SANDBOX.apiKey(),
                "--output",
                "xml",
                "--format",
                "csv");
    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(result.lines().get(1)).startsWith("active,");
  }

  @Test
  void inlinkRankMinusOneStaysMinusOneInJsonAndCsvAndReadsUnknownInATable() {
    String[] args = {"inlink-rank", "-t", "https://nothing.example/x"};
    assertThat(run(List.of(args), "json").json().get(0).get("inlink_rank").asInt()).isEqualTo(-1);
    assertThat(run(List.of(args), "csv").lines().get(1))
        .isEqualTo(
            "https://nothing.example/x,-1,"
                + run(List.of(args), "json").json().get(0).get("domain_inlink_rank").asInt());
    assertThat(run(List.of(args), "table").lines().get(2)).contains("unknown");
  }

  @Test
  void metricsBatchesAnyNumberOfTargetsFromOptionsAndAFileInInputOrder(@TempDir Path dir)
      throws IOException {
    List<String> targets = IntStream.range(0, 150).mapToObj(i -> "site" + i + ".example").toList();
    Path file = dir.resolve("targets.txt");
    Files.writeString(
        file, "# one per line\n" + String.join("\n", targets.subList(1, 150)) + "\n\n");
    long before = SANDBOX.sandbox().requestCount();

    Cli.Result result =
        Cli.against(SANDBOX.sandbox())
            .api(
                SANDBOX.sandbox(),
                "metrics",
                "-t",
                targets.get(0),
                "--target-file",
                file.toString());

    assertThat(result.exit()).as(result.toString()).isZero();
    List<String> printed = new ArrayList<>();
    result.json().forEach(row -> printed.add(row.get("target").asText()));
    assertThat(printed).isEqualTo(targets);
    assertThat(SANDBOX.sandbox().requestCount() - before).isEqualTo(2); // 100 + 50 per POST
  }

  @Test
  void rawBacklinksPrintsEveryBacklinkOfEveryPageInTheApiOrder() {
    Cli.Result result =
        run(
            List.of("raw-backlinks", "-t", "example.com", "--mode", "domain", "--limit", "50"),
            "jsonl");

    assertThat(result.exit()).isZero();
    List<String> expected =
        SANDBOX
            .sandbox()
            .index()
            .backlinks("example.com", "domain")
            .map(SandboxBacklink::urlFrom)
            .toList();
    assertThat(expected.size()).isGreaterThan(100);
    assertThat(result.lines().stream().map(line -> read(line).get("url_from").asText()).toList())
        .isEqualTo(expected);
  }

  @Test
  void xmlOnTheWirePrintsTheSameRowsAsJson() {
    List<String> args = List.of("backlinks", "-t", "example.com", "--limit", "20");
    Cli.Result json = run(args, "json");
    List<String> xmlArgs = new ArrayList<>(List.of("--output", "xml"));
    xmlArgs.addAll(args);
    Cli.Result xml = run(xmlArgs, "json");
    assertThat(xml.exit()).isZero();
    assertThat(xml.json()).isEqualTo(json.json());
  }

  @Test
  void downloadAllResumesATaskById() {
    Cli cli = Cli.against(SANDBOX.sandbox());
    Cli.Result started =
        cli.api(
            SANDBOX.sandbox(),
            "download-all",
            "-t",
            "example.com",
            "--no-wait",
            "--format",
            "json");
    assertThat(started.exit()).isZero();
    String taskId = started.json().get("task_id").asText();
    assertThat(started.err()).contains("--task-id " + taskId);

    Cli.Result resumed =
        cli.api(SANDBOX.sandbox(), "download-all", "--task-id", taskId, "--format", "jsonl");

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    assertThat(resumed.lines())
        .hasSize((int) SANDBOX.sandbox().index().count("example.com", "host"));
  }

  @Test
  void anUnknownTaskIdIsAnApiErrorWithoutAResumeHint() {
    Cli.Result result =
        Cli.against(SANDBOX.sandbox())
            .api(SANDBOX.sandbox(), "download-all", "--task-id", "NO-SUCH-TASK");
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("task id is unknown or deleted").doesNotContain("To resume");
  }

  private static Cli.Result run(List<String> args, String format) {
    List<String> all = new ArrayList<>(args);
    all.add("--format");
    all.add(format);
    return Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), all.toArray(String[]::new));
  }

  private static List<String> fieldNames(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode read(String line) {
    try {
      return Cli.JSON.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> csv(String text) throws IOException {
    List<Map<String, String>> records = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text)) {
      Iterator<Map<String, String>> rows = it;
      rows.forEachRemaining(records::add);
    }
    return records;
  }
}
