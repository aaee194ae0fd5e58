package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.apache.nifi.controller.AbstractControllerService;

/**
 * An API service that breaks one chosen call: the body of a get-raw-backlinks response breaks
 * halfway, like a network failure, or a batch call is answered with a 503. Requests are never
 * retried.
 */
final class InterruptingApiService extends AbstractControllerService
    implements BacklinksApiService {
  private final BacklinksClient client;
  private final AtomicInteger calls = new AtomicInteger();

  /**
   * @param breakingCall the 1-based number of the get-raw-backlinks call to break
   */
  InterruptingApiService(String endpoint, String apiKey, int breakingCall) {
    this(endpoint, apiKey, "get-raw-backlinks", breakingCall, true);
  }

  /**
   * A service whose {@code failingCall}th call of {@code command} is answered with a 503 (or, when
   * {@code breakBody}, has its body broken), before or instead of reaching the API.
   */
  InterruptingApiService(
      String endpoint, String apiKey, String command, int failingCall, boolean breakBody) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  boolean counted = chain.request().url().encodedPath().endsWith("/" + command);
                  if (counted && calls.incrementAndGet() == failingCall) {
                    if (!breakBody) {
                      return new Response.Builder()
                          .request(chain.request())
                          .protocol(Protocol.HTTP_1_1)
                          .code(503)
                          .message("Service Unavailable")
                          .body(
                              ResponseBody.create(
                                  "Service Unavailable", MediaType.get("text/plain")))
                          .build();
                    }
                    Response response = chain.proceed(chain.request());
                    return response.newBuilder().body(breakAfter(response.body(), 3000)).build();
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    client =
        BacklinksClient.builder()
            .apiKey(apiKey)
            .endpoint(endpoint)
            .okHttpClient(http)
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @Override
  public BacklinksClient client() {
    return client;
  }

  /** How many calls of the command were made. */
  int rawCalls() {
    return calls.get();
  }

  /** {@code body}, whose connection resets after {@code limit} bytes. */
  static ResponseBody breakAfter(ResponseBody body, long limit) {
    BufferedSource source =
        Okio.buffer(
            new ForwardingSource(body.source()) {
              private long read;

              @Override
              public long read(Buffer sink, long byteCount) throws IOException {
                if (read >= limit) {
                  throw new IOException("connection reset (simulated)");
                }
                long n = super.read(sink, Math.min(byteCount, limit - read));
                if (n > 0) {
                  read += n;
                }
                return n;
              }
            });
    return ResponseBody.create(source, body.contentType(), -1);
  }
}
