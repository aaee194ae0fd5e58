package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.InvalidParameterException;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Runs the lost-backlinks gate. Thread-safe and reusable: each {@link #run} is independent.
 *
 * <pre>{@code
 * Gate gate = Gate.builder().client(client).build();
 * GateResult result = gate.run(new GateRequest("example.com", Mode.HOST,
 *     "https://staging.example.com/", Baselines.read(state), GatePolicy.defaults()));
 * GateReports.writeAll(result, Path.of("reports"));
 * Baselines.write(result.newBaseline(), state);
 * }</pre>
 *
 * <p>A run first estimates its API units and refuses to spend beyond {@link
 * GatePolicy#unitBudget()}; API failures become the {@code api-errors} rule (judged by {@link
 * GatePolicy#apiErrors()}) and the affected rules are reported as not evaluated. Bad input throws
 * {@link InvalidParameterException} before any request.
 */
public final class Gate {
  private final BacklinksClient client;
  private final OkHttpClient probeClient;
  private final Clock clock;

  private Gate(Builder b) {
    this.client = Objects.requireNonNull(b.client, "client");
    this.probeClient = b.probeClient != null ? b.probeClient : new OkHttpClient();
    this.clock = b.clock != null ? b.clock : Clock.systemUTC();
  }

  /** A new builder; {@link Builder#client} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs every enabled check and returns the verdict with its evidence. */
  public GateResult run(GateRequest request) {
    return new GateRun(client, probeClient, clock, request).execute();
  }

  /** The units {@link #run} would spend at most, without any request: {@link UnitEstimate#of}. */
  public UnitEstimate estimate(GateRequest request) {
    return UnitEstimate.of(request);
  }

  /** Builds a {@link Gate}. */
  public static final class Builder {
    private BacklinksClient client;
    private OkHttpClient probeClient;
    private Clock clock;

    private Builder() {}

    /** The API client (required). */
    public Builder client(BacklinksClient client) {
      this.client = client;
      return this;
    }

    /**
     * The HTTP client that probes the deployed site (default: a new {@link OkHttpClient}). The gate
     * derives its own client from it: redirects off, the policy's timeouts.
     */
    public Builder probeClient(OkHttpClient probeClient) {
      this.probeClient = probeClient;
      return this;
    }

    /** The clock that decides "today" and {@link GateResult#ranAt()} (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Builds the gate; the client is required. */
    public Gate build() {
      return new Gate(this);
    }
  }
}
