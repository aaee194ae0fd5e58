package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cli/target/backlinks}, the launcher the build puts beside the jar, run as users run it.
 */
class LauncherIT {
  private static final Path LAUNCHER =
      Path.of(System.getProperty("backlinks.jar", "target/backlinks.jar"))
          .resolveSibling("backlinks");

  @TempDir Path dir;

  @Test
  void theLauncherRunsCommandsWithOnlyRowsOnStdoutAndItsArchiveBesideTheJar() throws Exception {
    Run run =
        launch(
            Map.of(),
            LAUNCHER.toString(),
            "--sandbox",
            "metrics",
            "-t",
            "example.com",
            "--format",
            "csv");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).startsWith("target,backlinks,");
    assertThat(run.err).as("no JVM or archive messages").isEmpty();
    try (Stream<Path> files = Files.list(LAUNCHER.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.matches("backlinks-.+\\.jsa"));
    }
  }

  @Test
  void javaOptsComeLastSoTheUserWins() throws Exception {
    Run run = launch(Map.of("JAVA_OPTS", "-Xmx1k"), LAUNCHER.toString(), "--version");

    assertThat(run.exit).isNotZero();
    assertThat(run.out + run.err)
        .containsIgnoringCase("heap"); // the JVM refused -Xms8m above -Xmx1k
  }

  @Test
  void aSymlinkOnThePathFindsTheJarBesideTheRealScript() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("backlinks"), LAUNCHER.toAbsolutePath());

    Run run = launch(Map.of(), link.toString(), "--version");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).startsWith("backlinks ");
  }

  private Run launch(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(new ArrayList<>(List.of(command)))
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("JAVA_OPTS");
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
