package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RetryPolicy;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.apache.nifi.controller.AbstractControllerService;

/**
 * An API service whose connection breaks in the middle of the body of one chosen get-raw-backlinks
 * response, like a network failure halfway through a page. Requests are never retried.
 */
final class InterruptingApiService extends AbstractControllerService
    implements BacklinksApiService {
  private final BacklinksClient client;
  private final AtomicInteger rawCalls = new AtomicInteger();

  /**
   * @param breakingCall the 1-based number of the get-raw-backlinks call to break
   */
  InterruptingApiService(String endpoint, String apiKey, int breakingCall) {
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      boolean raw = chain.request().url().encodedPath().endsWith("/get-raw-backlinks");
      if (raw && rawCalls.incrementAndGet() == breakingCall) {
        return response.newBuilder().body(breakAfter(response.body(), 3000)).build();
      }
      return response;
    }).build();
    client = BacklinksClient.builder().apiKey(apiKey).endpoint(endpoint).okHttpClient(http)
        .retryPolicy(RetryPolicy.none()).build();
  }

  @Override
  public BacklinksClient client() {
    return client;
  }

  /** How many get-raw-backlinks calls were made. */
  int rawCalls() {
    return rawCalls.get();
  }

  /** {@code body}, whose connection resets after {@code limit} bytes. */
  static ResponseBody breakAfter(ResponseBody body, long limit) {
    BufferedSource source = Okio.buffer(new ForwardingSource(body.source()) {
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
