package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.Faults;
import io.spsbacklinks.sandbox.Sandbox;
import io.spsbacklinks.sandbox.SandboxBacklink;
import io.spsbacklinks.sandbox.SandboxExtension;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** raw-backlinks --start-cursor and download-all --task-id: stopping and going on loses nothing. */
class ResumeTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().exportDelay(Duration.ofMinutes(3)).build();

  private static final Pattern CURSOR = Pattern.compile("--start-cursor (\\S+)");

  @AfterEach
  void noFaults() {
    SANDBOX.sandbox().faults(Faults.none());
  }

  @Test
  void maxPagesStopsAndPrintsTheCursorThatContinuesWhereItStopped() {
    Sandbox sandbox = SANDBOX.sandbox();
    Cli cli = Cli.against(sandbox);

    Cli.Result first = cli.api(sandbox, "raw-backlinks", "-t", "example.com", "--limit", "40",
        "--max-pages", "2", "--format", "csv");
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.lines()).hasSize(1 + 80);
    String cursor = cursor(first.err());

    Cli.Result rest = cli.api(sandbox, "raw-backlinks", "-t", "example.com", "--limit", "40",
        "--start-cursor", cursor, "--format", "csv");
    assertThat(rest.exit()).as(rest.toString()).isZero();
    assertThat(rest.err()).isEmpty();

    List<String> all = new ArrayList<>(first.lines().subList(1, first.lines().size()));
    all.addAll(rest.lines().subList(1, rest.lines().size()));
    assertThat(all.stream().map(line -> line.substring(0, line.indexOf(','))).toList())
        .isEqualTo(sandbox.index().backlinks("example.com", "host").map(SandboxBacklink::urlFrom).toList());
  }

  @Test
  void aFailureMidWayPrintsTheCursorOfThePageThatFailedAndResumingCompletesTheSet() {
    Sandbox sandbox = SANDBOX.sandbox();
    // Once the first page reached stdout, every later request fails: the run dies on page 2.
    AtomicInteger written = new AtomicInteger();
    OutputStream breaker = new OutputStream() {
      @Override
      public void write(int b) {
        if (written.incrementAndGet() == 1) {
          sandbox.faults(Faults.builder().error503(1.0).build());
        }
      }
    };
    Cli.Result failed = Cli.against(sandbox).tapStdout(breaker).api(sandbox, "raw-backlinks",
        "-t", "example.com", "--limit", "30", "--format", "jsonl");

    assertThat(failed.exit()).as(failed.toString()).isEqualTo(3);
    assertThat(failed.err()).contains("503");
    assertThat(failed.lines()).hasSize(30);
    String cursor = cursor(failed.err());

    sandbox.faults(Faults.none());
    Cli.Result resumed = Cli.against(sandbox).api(sandbox, "raw-backlinks", "-t", "example.com",
        "--limit", "30", "--next", cursor, "--format", "jsonl");

    assertThat(resumed.exit()).as(resumed.toString()).isZero();
    List<String> urls = new ArrayList<>();
    failed.lines().forEach(line -> urls.add(urlFrom(line)));
    resumed.lines().forEach(line -> urls.add(urlFrom(line)));
    assertThat(urls).isEqualTo(
        sandbox.index().backlinks("example.com", "host").map(SandboxBacklink::urlFrom).toList());
  }

  @Test
  void anInvalidStartCursorIsAnApiErrorThatStillSaysWhereToResume() {
    Cli.Result result = Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), "raw-backlinks",
        "-t", "example.com", "--start-cursor", "not-a-cursor");
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("next").contains("--start-cursor not-a-cursor");
  }

  @Test
  void downloadAllPollsUntilTheExportIsReadyWithoutWaitingForReal() {
    Sandbox sandbox = SANDBOX.sandbox();
    List<Duration> waits = new ArrayList<>();
    Cli cli = Cli.against(sandbox).sleeper(wait -> {
      waits.add(wait);
      sandbox.advance(wait); // the sandbox's clock moves instead of this thread sleeping
    });

    Cli.Result result = cli.api(sandbox, "download-all", "-t", "example.com", "--mode", "domain", "--format", "jsonl");

    assertThat(result.exit()).as(result.toString()).isZero();
    assertThat(waits).isNotEmpty();
    assertThat(result.lines().stream().map(ResumeTest::urlFrom).toList()).isEqualTo(
        sandbox.index().backlinks("example.com", "domain").map(SandboxBacklink::urlFrom).toList());
  }

  @Test
  void aPollTimeoutKeepsTheTaskIdToResumeWith() {
    Sandbox sandbox = SANDBOX.sandbox();
    Cli.Result result = Cli.against(sandbox).api(sandbox, "download-all", "-t", "example.com",
        "--poll-timeout", "1s");
    assertThat(result.exit()).isEqualTo(3);
    Matcher id = Pattern.compile("--task-id (\\S+)").matcher(result.err());
    assertThat(id.find()).as(result.err()).isTrue();
    assertThat(result.err()).contains("To resume: backlinks download-all --task-id " + id.group(1));
  }

  private static String cursor(String err) {
    Matcher m = CURSOR.matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return m.group(1);
  }

  private static String urlFrom(String jsonLine) {
    try {
      return Cli.JSON.readTree(jsonLine).get("url_from").asText();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
