package io.spsbacklinks.core;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs one line per request and per response or failure, with every API key redacted, e.g. {@code
 * --> GET https://.../get-metrics?apikey=***&target=...} and {@code <-- 200 (35 ms)}. Add it to the
 * {@link okhttp3.OkHttpClient} given to {@link BacklinksClient.Builder#okHttpClient}. Bodies and
 * headers are not logged.
 */
public final class RedactingLoggingInterceptor implements Interceptor {
  private final Consumer<String> logger;

  /** Logs to {@code logger}, e.g. {@code System.err::println} or a logging framework. */
  public RedactingLoggingInterceptor(Consumer<String> logger) {
    this.logger = Objects.requireNonNull(logger, "logger");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String url = Redaction.redact(request.url().toString());
    logger.accept("--> " + request.method() + " " + url);
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      logger.accept("<-- " + response.code() + " " + url + " (" + millis + " ms)");
      return response;
    } catch (IOException e) {
      logger.accept("<-- FAILED " + url + ": " + Redaction.redact(String.valueOf(e)));
      throw e;
    }
  }
}
