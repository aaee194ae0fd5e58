package io.spsbacklinks.nifi.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A NiFi laid out by the build under {@code target/nifi} (lib/ only), started headless as a child
 * JVM the way NiFi's bootstrap would start it ({@code java -cp "conf:lib/*" org.apache.nifi.NiFi}),
 * on loopback ports chosen at start.
 *
 * <p>Every start is from a clean slate: the conf files are rendered from {@code src/test/nifi-conf}
 * and all repositories, state and work directories of a previous run are deleted. {@link #close()}
 * ends the process tree whatever happened; a JVM shutdown hook does the same if the test JVM is
 * stopped first.
 */
final class NiFiProcess implements AutoCloseable {

  /**
   * Directories NiFi creates at run time under its home, per our nifi.properties and
   * state-management.xml.
   */
  private static final List<String> RUNTIME_DIRECTORIES =
      List.of(
          "conf",
          "logs",
          "work",
          "state",
          "extensions",
          "flowfile_repository",
          "content_repository",
          "provenance_repository",
          "database_repository",
          "status_repository",
          "nar_repository",
          "assets",
          "diagnostics",
          "run");

  /**
   * What {@code org.apache.nifi.runtime.Application} logs when startup fails; the JVM may stay up
   * after it.
   */
  private static final List<String> STARTUP_FAILURES =
      List.of("Starting NiFi failed", "Start Server failed");

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);

  private final Path home;
  private final Process process;
  private final int httpPort;
  private final int managementPort;
  private final Thread reaper;

  private NiFiProcess(Path home, Process process, int httpPort, int managementPort) {
    this.home = home;
    this.process = process;
    this.httpPort = httpPort;
    this.managementPort = managementPort;
    this.reaper = new Thread(() -> destroyTree(process.toHandle()), "nifi-e2e-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Renders the configuration, starts NiFi and waits until its REST API answers.
   *
   * @param home NiFi home with {@code lib/} laid out by the build
   * @param confTemplates our configuration files; {@code @HTTP_PORT@} and
   *     {@code @SENSITIVE_PROPS_KEY@} are substituted
   * @param startupTimeout bound on the wait for the REST API
   */
  static NiFiProcess start(Path home, Path confTemplates, Duration startupTimeout)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(home.resolve("lib"))) {
      throw new IllegalStateException(
          "No NiFi laid out at " + home + "/lib: run the build's pre-integration-test phase");
    }
    killLeftover(home);
    for (String directory : RUNTIME_DIRECTORIES) {
      deleteRecursively(home.resolve(directory));
    }
    int httpPort = freeLoopbackPort();
    int managementPort = freeLoopbackPort();
    renderConf(
        confTemplates,
        home.resolve("conf"),
        Map.of(
            "@HTTP_PORT@", Integer.toString(httpPort),
            "@SENSITIVE_PROPS_KEY@", randomKey()));
    Files.createDirectories(home.resolve("logs"));
    Files.createDirectories(home.resolve("run"));
    return launch(home, httpPort, managementPort, startupTimeout);
  }

  /**
   * Stops this NiFi (SIGTERM: its shutdown hook stops the flow and checkpoints the repositories)
   * and starts it again on the same home, configuration and ports, keeping the flow, queues, state
   * and repositories, as an operator's restart does.
   */
  NiFiProcess restart(Duration startupTimeout) throws IOException, InterruptedException {
    close();
    return launch(home, httpPort, managementPort, startupTimeout);
  }

  private static NiFiProcess launch(
      Path home, int httpPort, int managementPort, Duration startupTimeout)
      throws IOException, InterruptedException {
    String javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            javaExecutable,
            "-Xms256m",
            "-Xmx1g",
            "-Djava.awt.headless=true",
            // Lucene (provenance repository) calls native methods; JDK 22+ warns on stdout without
            // this.
            "--enable-native-access=ALL-UNNAMED",
            // The same system properties NiFi's bootstrap passes (bootstrap.conf and RunNiFi).
            "-Dsun.net.http.allowRestrictedHeaders=true",
            "-Djava.protocol.handler.pkgs=sun.net.www.protocol",
            "-Dnifi.properties.file.path=" + home.resolve("conf/nifi.properties"),
            "-Dorg.apache.nifi.bootstrap.config.log.dir=" + home.resolve("logs"),
            "-Dorg.apache.nifi.management.server.address=127.0.0.1:" + managementPort,
            "-cp",
            "conf" + File.pathSeparator + "lib/*",
            "org.apache.nifi.NiFi");
    Process process =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("logs/nifi-stdout.log").toFile())
            .start();
    Files.writeString(home.resolve("run/nifi.pid"), Long.toString(process.pid()));
    NiFiProcess nifi = new NiFiProcess(home, process, httpPort, managementPort);
    try {
      nifi.awaitRestApi(startupTimeout);
    } catch (RuntimeException | Error | InterruptedException e) {
      nifi.close();
      throw e;
    }
    return nifi;
  }

  /** {@code http://127.0.0.1:<port>/nifi-api/}. */
  URI apiBase() {
    return URI.create("http://127.0.0.1:" + httpPort + "/nifi-api/");
  }

  Path appLog() {
    return home.resolve("logs/nifi-app.log");
  }

  /**
   * The last lines of nifi-app.log (and of the JVM's own output, where NiFi could not log), for
   * failure reports.
   */
  String logTail(int lines) {
    StringBuilder tail = new StringBuilder();
    for (Path log : List.of(home.resolve("logs/nifi-stdout.log"), appLog())) {
      List<String> all = readLines(log);
      if (all.isEmpty()) {
        continue;
      }
      tail.append("----- last ")
          .append(Math.min(lines, all.size()))
          .append(" lines of ")
          .append(log)
          .append('\n');
      all.subList(Math.max(0, all.size() - lines), all.size())
          .forEach(line -> tail.append(line).append('\n'));
    }
    return tail.toString();
  }

  private void awaitRestApi(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest about =
        HttpRequest.newBuilder(apiBase().resolve("flow/about"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String lastProblem = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "NiFi exited with status "
                + process.exitValue()
                + " before its REST API answered\n"
                + logTail(80));
      }
      Optional<String> failure =
          readLines(appLog()).stream()
              .filter(line -> STARTUP_FAILURES.stream().anyMatch(line::contains))
              .findFirst();
      if (failure.isPresent()) {
        throw new IllegalStateException(
            "NiFi failed to start: " + failure.get() + "\n" + logTail(120));
      }
      try {
        HttpResponse<String> response = client.send(about, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        lastProblem = "HTTP " + response.statusCode();
      } catch (IOException e) {
        lastProblem = e.toString();
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
    throw new IllegalStateException(
        "NiFi REST API did not answer within "
            + timeout
            + " (last: "
            + lastProblem
            + ")\n"
            + logTail(120));
  }

  /**
   * Stops NiFi: SIGTERM first so its shutdown hook stops the flow, then SIGKILL for anything left.
   */
  @Override
  public void close() {
    destroyTree(process.toHandle());
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or will run; it does the same work.
    }
  }

  private static void destroyTree(ProcessHandle root) {
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    tree.add(root);
    tree.forEach(ProcessHandle::destroy);
    try {
      root.onExit().get(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception notStoppedInTime) {
      // Fall through to SIGKILL.
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        System.err.println("NiFi process " + handle.pid() + " did not exit after SIGKILL: " + e);
      }
    }
  }

  /**
   * A NiFi of an earlier run whose test JVM was killed before it could stop it: end it by its
   * recorded pid.
   */
  private static void killLeftover(Path home) throws IOException {
    Path pidFile = home.resolve("run/nifi.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    ProcessHandle.of(pid)
        .filter(
            handle ->
                handle
                    .info()
                    .commandLine()
                    .map(line -> line.contains("org.apache.nifi.NiFi"))
                    .orElse(false))
        .ifPresent(NiFiProcess::destroyTree);
  }

  private static void renderConf(Path templates, Path conf, Map<String, String> tokens)
      throws IOException {
    Files.createDirectories(conf);
    try (Stream<Path> files = Files.list(templates)) {
      for (Path template : files.toList()) {
        String text = Files.readString(template, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
          text = text.replace(token.getKey(), token.getValue());
        }
        Files.writeString(
            conf.resolve(template.getFileName().toString()), text, StandardCharsets.UTF_8);
      }
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String randomKey() {
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of("(could not read " + file + ": " + e + ")");
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
