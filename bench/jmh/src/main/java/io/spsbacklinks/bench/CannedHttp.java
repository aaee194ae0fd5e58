package io.spsbacklinks.bench;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import java.io.InputStream;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Okio;

/**
 * Answers every call of an OkHttp client with 200 and a body streamed from memory or a file,
 * without any network. The core client has no public entry point that parses a page or an export
 * from a stream, so the benchmarks measure it through its public API with this interceptor in place
 * of the server: what is timed is OkHttp's call plumbing plus the parsing, no socket.
 */
public final class CannedHttp implements Interceptor {
  /** An endpoint that never resolves: nothing may leave the process. */
  public static final String ENDPOINT = "http://bench.invalid/backlinks/v1.0/";

  private final Supplier<InputStream> body;
  private final MediaType type;

  private CannedHttp(Supplier<InputStream> body, MediaType type) {
    this.body = body;
    this.type = type;
  }

  /** Serves {@code body}'s stream (opened anew per call) as {@code contentType}. */
  public static CannedHttp serving(Supplier<InputStream> body, String contentType) {
    return new CannedHttp(body, MediaType.get(contentType));
  }

  /** A plain OkHttp client answered by this interceptor. */
  public OkHttpClient okHttp() {
    return new OkHttpClient.Builder().addInterceptor(this).build();
  }

  /** A core client whose every request this interceptor answers; no retries. */
  public BacklinksClient client() {
    return BacklinksClient.builder()
        .apiKey("bench-key")
        .endpoint(ENDPOINT)
        .okHttpClient(okHttp())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Override
  public Response intercept(Chain chain) {
    BufferedSource source = Okio.buffer(Okio.source(body.get()));
    ResponseBody responseBody =
        new ResponseBody() {
          @Override
          public MediaType contentType() {
            return type;
          }

          @Override
          public long contentLength() {
            return -1;
          }

          @Override
          public BufferedSource source() {
            return source;
          }
        };
    return new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(responseBody)
        .build();
  }
}
