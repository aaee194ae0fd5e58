package io.spsbacklinks.sandbox;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A local server that behaves like the SEO PowerSuite Backlinks API v1.0 as documented, over a
 * deterministic synthetic backlink index. Start one on a free loopback port:
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().build().start()) {
 *     String endpoint = sandbox.endpoint();   // http://127.0.0.1:<port>/backlinks/v1.0/
 *     String key = Sandbox.DEMO_API_KEY;
 * }
 * }</pre>
 *
 * Time is the sandbox clock: by default it ticks in real time from midnight UTC of {@link
 * Builder#today}; {@link #setToday} and {@link #advance} move it, which is how tests expire cursors
 * or finish exports without sleeping.
 */
public final class Sandbox implements AutoCloseable {
  /** An active key with a large unit balance, present in every sandbox. */
  public static final String DEMO_API_KEY = "sandbox-demo-key";

  /** Units of {@link #DEMO_API_KEY}. */
  public static final long DEMO_UNITS = 1_000_000_000L;

  /** The default "today" of the sandbox clock. */
  public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 28);

  private final SandboxClock clock;
  private final Keys keys;
  private final Index index;
  private final SandboxIndex sandboxIndex;
  private final ApiServer api;
  private final LocalHttpServer server;

  private Sandbox(Builder builder) {
    Scenario scenario = builder.scenario;
    LocalDate today = builder.today != null ? builder.today : scenario.today();
    if (builder.clock != null) {
      clock = SandboxClock.of(builder.clock, today);
    } else {
      clock = SandboxClock.startingAt(today != null ? today : DEFAULT_TODAY);
    }
    keys = new Keys(clock);
    keys.add(DEMO_API_KEY, KeyState.ACTIVE, DEMO_UNITS);
    scenario.addKeys(keys);
    index = new Index(clock.today(), scenario);
    sandboxIndex = new SandboxIndex(index, clock);
    server = new LocalHttpServer("sandbox", "sandbox-http", builder.host, builder.port);
    api =
        new ApiServer(
            index,
            keys,
            clock,
            builder.exportDelay,
            builder.rateLimitPerSecond,
            builder.faults,
            builder.requestListener);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the server and starts answering.
   *
   * @return this
   * @throws UncheckedIOException when the port cannot be bound
   */
  public synchronized Sandbox start() {
    server.start(api);
    api.baseUrl(baseUrl());
    return this;
  }

  /** Stops the server; in-flight responses are cut. */
  @Override
  public synchronized void close() {
    // synchronized like start: a close never falls between binding and publishing the base URL
    server.stop();
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** {@code http://<host>:<port>}, without a trailing slash; export files live under it. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * {@code http://<host>:<port>/backlinks/v1.0/}: the API endpoint, commands are appended to it.
   */
  public String endpoint() {
    return baseUrl() + ApiServer.PREFIX;
  }

  /** The API keys; {@link #DEMO_API_KEY} is always there. */
  public Keys keys() {
    return keys;
  }

  /** Replaces the fault injection settings, effective for the next request. */
  public void faults(Faults faults) {
    api.faults(Objects.requireNonNull(faults, "faults"));
  }

  /** The sandbox's current day (UTC). */
  public LocalDate today() {
    return clock.today();
  }

  /** Moves the sandbox clock to {@code date}, keeping the time of day. */
  public void setToday(LocalDate date) {
    clock.setToday(Objects.requireNonNull(date, "date"));
  }

  /**
   * Moves the sandbox clock forward by {@code amount} (e.g. past a cursor's 24 hours or an export's
   * delay).
   */
  public void advance(Duration amount) {
    clock.advance(Objects.requireNonNull(amount, "amount"));
  }

  /** The ground truth the API answers from. */
  public SandboxIndex index() {
    return sandboxIndex;
  }

  /** Number of HTTP requests received so far (API calls and export downloads). */
  public long requestCount() {
    return api.log().count();
  }

  /**
   * The most recent requests (up to 10,000), oldest first, as "METHOD path?query -> status" with
   * the key redacted.
   */
  public List<String> requestLog() {
    return api.log().entries();
  }

  /** Configures a {@link Sandbox}. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private LocalDate today;
    private Clock clock;
    private Scenario scenario = Scenario.EMPTY;
    private Duration exportDelay = Duration.ofSeconds(1);
    private int rateLimitPerSecond;
    private Faults faults = Faults.none();
    private Consumer<String> requestListener = line -> {};

    private Builder() {}

    /** Port to bind; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = LocalHttpServer.checkPort(port);
      return this;
    }

    /** Address to bind; default 127.0.0.1. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The sandbox's "today" at start (default 2026-11-28, or the scenario's). The synthetic history
     * ends on this day: it is the index date.
     */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /**
     * A clock to follow instead of real time (e.g. a test's mutable clock); with {@link #today} it
     * is shifted to that day.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Loads a scenario file (JSON, format in the README). */
    public Builder scenario(Path file) {
      this.scenario = Scenario.read(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Uses a scenario given as JSON text. */
    public Builder scenario(String json) {
      this.scenario = Scenario.parse(Objects.requireNonNull(json, "json"));
      return this;
    }

    /**
     * Time an export takes from queued_for_processing to complete, on the sandbox clock; default 1
     * s.
     */
    public Builder exportDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("exportDelay must not be negative, was " + delay);
      }
      this.exportDelay = delay;
      return this;
    }

    /**
     * Calls per key and second (of the sandbox clock) before 429; 0, the default, means unlimited.
     */
    public Builder rateLimitPerSecond(int callsPerSecond) {
      if (callsPerSecond < 0) {
        throw new IllegalArgumentException(
            "rateLimitPerSecond must be >= 0, was " + callsPerSecond);
      }
      this.rateLimitPerSecond = callsPerSecond;
      return this;
    }

    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** Receives each request log line (key redacted) as it is answered, e.g. to print it. */
    public Builder requestListener(Consumer<String> listener) {
      this.requestListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public Sandbox build() {
      return new Sandbox(this);
    }
  }
}
