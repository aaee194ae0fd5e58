package io.spsbacklinks.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RawBacklinksQuery;
import io.spsbacklinks.core.RawPage;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1: one 100,000-backlink get-raw-backlinks page, held in memory, to typed rows. Scores
 * are per row (rows/s; with {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per row).
 *
 * <p>{@code coreTypedRows} streams the page through the core client into {@code Backlink} records.
 * {@code peerJacksonMaps} is what a naive client does: Jackson databind of the whole body into a
 * {@code Map} holding a {@code List<Map<String,Object>>}. Both receive the body through the same
 * OkHttp call answered from memory by {@link CannedHttp}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RawPageParseBenchmark {
  static final int ROWS = 100_000;
  private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {};

  private BacklinksClient client;
  private RawBacklinksQuery query;
  private OkHttpClient peerHttp;
  private ObjectMapper peerMapper;

  @Setup
  public void setUp() {
    byte[] page = Fixtures.rawPage(ROWS);
    CannedHttp canned =
        CannedHttp.serving(() -> new ByteArrayInputStream(page), "application/json; charset=utf-8");
    client = canned.client();
    query =
        RawBacklinksQuery.builder(Fixtures.bigTarget(ROWS)).mode(Mode.DOMAIN).limit(ROWS).build();
    peerHttp = canned.okHttp();
    peerMapper = new ObjectMapper();
    long rows = typedRows(row -> {});
    if (rows != ROWS) {
      throw new IllegalStateException("the fixture page holds " + rows + " rows, not " + ROWS);
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long coreTypedRows(Blackhole blackhole) {
    return typedRows(blackhole::consume);
  }

  private long typedRows(Consumer<Backlink> sink) {
    try (RawPage page = client.getRawBacklinksPage(query, null)) {
      while (page.hasNext()) {
        sink.accept(page.next());
      }
      page.nextCursor(); // the members after the rows are part of the work
      return page.rowsRead();
    }
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public List<?> peerJacksonMaps() throws IOException {
    Request request = new Request.Builder().url(CannedHttp.ENDPOINT + "get-raw-backlinks").build();
    try (Response response = peerHttp.newCall(request).execute();
        InputStream body = response.body().byteStream()) {
      Map<String, Object> document = peerMapper.readValue(body, DOCUMENT);
      return (List<?>) document.get("backlinks");
    }
  }
}
