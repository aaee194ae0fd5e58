package io.spsbacklinks.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5: get-metrics for 10,000 targets, which the API takes as 100 POSTs of 100 targets;
 * wall time per 10,000 targets against an in-process sandbox over loopback. The targets are hosts
 * of {@code big-1.example}, which the sandbox answers without scanning an index, so that the time
 * is HTTP plus client work rather than the sandbox's (10,000 ordinary targets cost the sandbox
 * about 0.6 ms each, which would drown both clients alike). {@code coreClient} is {@code
 * BacklinksClient.getMetrics} as configured by default (batch POSTs in flight together); {@code
 * peerOneAtATime} is the same client with {@code batchConcurrency(1)}; {@code peerOkHttpJackson}
 * sends the same 100 POSTs one after the other by hand with OkHttp and parses them with Jackson
 * databind. A network interceptor adds {@code latencyMs} to every request (the round trip a real
 * API has and loopback has not), counts requests and the most ever in flight at once; both are
 * printed at the end of the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
// The JDK's HttpServer (the sandbox's) leaves Nagle's algorithm on unless told: with the client's
// delayed ACKs that costs ~40 ms per response. A real API server does not wait like that.
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dsun.net.httpserver.nodelay=true"})
public class BatchMetricsBenchmark {
  static final int TARGETS = 10_000;
  private static final int BATCH = BacklinksClient.MAX_BATCH;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

  /** Added to every request, as a network round trip. */
  @Param("20")
  public int latencyMs;

  private final InFlight coreCalls = new InFlight();
  private final InFlight oneAtATimeCalls = new InFlight();
  private final InFlight peerCalls = new InFlight();
  private BacklinksClient oneAtATime;
  private Sandbox sandbox;
  private List<String> targets;
  private BacklinksClient client;
  private OkHttpClient peerHttp;
  private ObjectMapper peerMapper;
  private String peerUrl;

  @Setup(Level.Trial)
  public void setUp() {
    sandbox = Sandbox.builder().build().start();
    targets = targets(TARGETS);
    for (InFlight calls : List.of(coreCalls, oneAtATimeCalls, peerCalls)) {
      calls.latencyMs = latencyMs;
    }
    client = client(coreCalls).build();
    oneAtATime = client(oneAtATimeCalls).batchConcurrency(1).build();
    peerHttp = new OkHttpClient.Builder().addNetworkInterceptor(peerCalls).build();
    peerMapper = new ObjectMapper();
    peerUrl = sandbox.endpoint() + "get-metrics?apikey=" + Sandbox.DEMO_API_KEY + "&output=json";
  }

  private BacklinksClient.Builder client(InFlight calls) {
    return BacklinksClient.builder()
        .apiKey(Sandbox.DEMO_API_KEY)
        .endpoint(sandbox.endpoint())
        .okHttpClient(new OkHttpClient.Builder().addNetworkInterceptor(calls).build())
        .retryPolicy(RetryPolicy.none());
  }

  /** {@code h00001.big-1.example} ...: distinct hosts, cheap for the sandbox. */
  static List<String> targets(int count) {
    List<String> targets = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      targets.add(String.format(Locale.ROOT, "h%05d.big-1.example", i));
    }
    return targets;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.println();
    coreCalls.report("coreClient");
    oneAtATimeCalls.report("peerOneAtATime");
    peerCalls.report("peerOkHttpJackson");
    sandbox.close();
  }

  @Benchmark
  public List<Metrics> coreClient() {
    coreCalls.operation();
    return checked(client.getMetrics(targets, Mode.HOST));
  }

  @Benchmark
  public List<Metrics> peerOneAtATime() {
    oneAtATimeCalls.operation();
    return checked(oneAtATime.getMetrics(targets, Mode.HOST));
  }

  /** All results, in input order. */
  private List<Metrics> checked(List<Metrics> metrics) {
    for (int i = 0; i < TARGETS; i++) {
      if (i >= metrics.size() || !metrics.get(i).target().equals(targets.get(i))) {
        throw new IllegalStateException("result " + i + " is not for " + targets.get(i));
      }
    }
    return metrics;
  }

  @Benchmark
  public List<Object> peerOkHttpJackson() throws IOException {
    peerCalls.operation();
    List<Object> metrics = new ArrayList<>(TARGETS);
    for (int from = 0; from < TARGETS; from += BATCH) {
      Map<String, Object> body =
          Map.of("target", targets.subList(from, from + BATCH), "mode", "host");
      Request request =
          new Request.Builder()
              .url(peerUrl)
              .post(RequestBody.create(peerMapper.writeValueAsBytes(body), JSON))
              .build();
      try (Response response = peerHttp.newCall(request).execute()) {
        if (response.code() != 200) {
          throw new IOException("get-metrics answered " + response.code());
        }
        Map<String, Object> document = peerMapper.readValue(response.body().byteStream(), DOCUMENT);
        metrics.addAll((List<?>) document.get("metrics"));
      }
    }
    return metrics;
  }

  /** Counts requests per operation and the most requests in flight at once. */
  static final class InFlight implements Interceptor {
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    private volatile int latencyMs;

    void operation() {
      operations.incrementAndGet();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      requests.incrementAndGet();
      max.accumulateAndGet(current.incrementAndGet(), Math::max);
      try {
        Thread.sleep(latencyMs);
        return chain.proceed(chain.request());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted in the added latency");
      } finally {
        current.decrementAndGet();
      }
    }

    /** Prints the counts, if this benchmark ran in this fork. */
    void report(String benchmark) {
      if (operations.get() > 0) {
        System.out.println(
            benchmark
                + ": "
                + requests.get() / (double) operations.get()
                + " requests per "
                + TARGETS
                + " targets, at most "
                + max.get()
                + " in flight");
      }
    }
  }
}
