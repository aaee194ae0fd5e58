package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.Sandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it: {@code java -jar cli/target/backlinks.jar ...} in a new process.
 */
class JarIT {
  private static final Path JAR =
      Path.of(System.getProperty("backlinks.jar", "target/backlinks.jar"));
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  @Test
  void theDemoRunsFromTheJarAndWritesItsReports() throws Exception {
    Run run = java(Map.of(), "demo", "--report-dir", dir.resolve("report").toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("Gate FAIL for acme-outdoor.example");
    assertThat(dir.resolve("report/gate-report.html")).isNotEmptyFile();
    assertThat(dir.resolve("report/gate-junit.xml")).isNotEmptyFile();
  }

  @Test
  void apiCommandsRunAgainstTheInProcessSandboxAndBadInputExitsTwo() throws Exception {
    Run metrics = java(Map.of(), "--sandbox", "metrics", "-t", "example.com", "--format", "csv");
    assertThat(metrics.exit).as(metrics.toString()).isZero();
    assertThat(metrics.out).startsWith("target,backlinks,refdomains,subnets,ips,");

    Run bad = java(Map.of(), "--sandbox", "backlinks", "-t", "example.com", "--mode", "page");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("--mode").contains("domain, host, url");
  }

  @Test
  void theKeyFromTheEnvironmentIsUsedAndNeverPrinted() throws Exception {
    String key = "sk-env-SECRET-123456";
    try (Sandbox sandbox = Sandbox.builder().port(0).build().start()) {
      Run run = java(Map.of("SPS_API_KEY", key), "--endpoint", sandbox.endpoint(), "subscription");

      assertThat(run.exit).as(run.toString()).isEqualTo(3);
      assertThat(run.err).contains("401").contains("Authentication failed");
      assertThat(run.out + run.err).doesNotContain(key);
      assertThat(sandbox.requestLog()).hasSize(1).allMatch(line -> line.contains("apikey=***"));
    }
  }

  @Test
  void stoppingRawBacklinksPrintsTheCursorToResumeWith() throws Exception {
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                JAVA,
                "-jar",
                JAR.toString(),
                "--sandbox",
                "raw-backlinks",
                "-t",
                "big-2000000.example",
                "--limit",
                "500",
                "--format",
                "csv")
            .redirectError(err.toFile())
            .start();
    BufferedReader rows =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (int i = 0; i < 1200; i++) {
      assertThat(rows.readLine()).isNotNull();
    }

    // SIGTERM, like Ctrl-C: shutdown hooks run. Through the handle, because Process.destroy() also
    // closes our end of stdout, and a write failing first would end the run as a closed pipe.
    process.toHandle().destroy();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err))
        .contains("interrupted")
        .containsPattern("--start-cursor \\S+");
  }

  @Test
  void aClosedPipeStopsTheRunQuietly() throws Exception {
    Path err = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                JAVA,
                "-jar",
                JAR.toString(),
                "--sandbox",
                "raw-backlinks",
                "-t",
                "big-2000000.example",
                "--limit",
                "500",
                "--format",
                "csv")
            .redirectError(err.toFile())
            .start();
    BufferedReader rows =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(rows.readLine()).startsWith("url_from,");
    for (int i = 0; i < 1200; i++) {
      assertThat(rows.readLine()).isNotNull();
    }

    rows.close(); // what `| head -1201` does once it has its lines

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(err)).isEmpty(); // like `seq 1e9 | head`: the reader had enough
  }

  @Test
  void theSandboxCommandServesOtherProcessesUntilStopped() throws Exception {
    Process server =
        new ProcessBuilder(JAVA, "-jar", JAR.toString(), "sandbox", "--port", "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String endpoint = null;
      for (String line = lines.readLine();
          line != null && endpoint == null;
          line = lines.readLine()) {
        if (line.trim().startsWith("endpoint:")) {
          endpoint = line.substring(line.indexOf("http"));
        }
      }
      assertThat(endpoint).startsWith("http://127.0.0.1:").endsWith("/backlinks/v1.0/");

      Run client =
          java(
              Map.of(),
              "--endpoint",
              endpoint,
              "--api-key",
              "sandbox-demo-key",
              "subscription",
              "--format",
              "json");
      assertThat(client.exit).as(client.toString()).isZero();
      assertThat(client.out).contains("\"status\": \"active\"");
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private Run java(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("SPS_API_KEY");
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
