package io.spsbacklinks.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/** Fixtures, fake time and a client wired to a MockWebServer. */
final class TestSupport {
  static final String KEY = "S3CRET-key-42";

  private TestSupport() {}

  /** A document sample copied verbatim into src/test/resources/samples. */
  static String sample(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document's sample request whose line starts with {@code prefix}, as a URL. */
  static HttpUrl sampleRequest(String prefix) {
    return sample("sample-requests.txt")
        .lines()
        .map(line -> line.substring("GET: ".length()))
        .filter(url -> url.startsWith(prefix))
        .findFirst()
        .map(HttpUrl::get)
        .orElseThrow(() -> new IllegalArgumentException("no sample request " + prefix));
  }

  /** Decoded query parameters, in order, without the key and the doc's stray empty ones. */
  static Map<String, String> params(HttpUrl url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      if (!name.isEmpty() && !name.equalsIgnoreCase("apikey")) {
        params.put(name, url.queryParameterValue(i));
      }
    }
    return params;
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse ok(String body) {
    return json(200, body);
  }

  static MockResponse xml(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/xml; charset=utf-8")
        .body(body)
        .build();
  }

  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request was sent");
      }
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static BacklinksClient.Builder clientFor(MockWebServer server, FakeTime time) {
    return BacklinksClient.builder()
        .apiKey(KEY)
        .endpoint(server.url("/backlinks/v1.0/"))
        .clock(time)
        .sleeper(time)
        .retryPolicy(RetryPolicy.builder().jitter(0).build());
  }

  /** A clock that only moves when the client sleeps; records every sleep. */
  static final class FakeTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2024-05-01T10:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      now = now.plus(duration);
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
