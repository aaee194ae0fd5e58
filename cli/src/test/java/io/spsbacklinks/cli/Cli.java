package io.spsbacklinks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.Sleeper;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real entry point, {@link BacklinksCli#run}, in-process and captures what it printed. */
final class Cli {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env = new HashMap<>();
  private Platform platform;
  private OutputStream stdoutTap;

  private Cli(Platform platform) {
    this.platform = platform;
  }

  /** No terminal, no real sleeping, the clock at {@code sandbox}'s today. */
  static Cli against(Sandbox sandbox) {
    Clock clock =
        Clock.fixed(sandbox.today().atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return new Cli(new Platform(Terminal.NONE, d -> {}, clock, System::nanoTime));
  }

  /** No terminal, no real sleeping, the machine's clock. */
  static Cli plain() {
    return new Cli(new Platform(Terminal.NONE, d -> {}, Clock.systemUTC(), System::nanoTime));
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli platform(Platform platform) {
    this.platform = platform;
    return this;
  }

  Cli sleeper(Sleeper sleeper) {
    platform = new Platform(platform.terminal(), sleeper, platform.clock(), platform.nanoTime());
    return this;
  }

  /** Also copies stdout's bytes to {@code tap} as they are written. */
  Cli tapStdout(OutputStream tap) {
    this.stdoutTap = tap;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream stdout = stdoutTap == null ? out : new Tee(out, stdoutTap);
    int exit =
        BacklinksCli.run(
            args,
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            platform);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code args} after {@code --endpoint E --api-key K} of the sandbox. */
  Result api(Sandbox sandbox, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of("--endpoint", sandbox.endpoint(), "--api-key", Sandbox.DEMO_API_KEY));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(String[]::new));
  }

  /** What one run printed. */
  record Result(int exit, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
      }
    }

    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }
}
