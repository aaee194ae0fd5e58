package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.json;
import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.TestSupport.FakeTime;
import io.spsbacklinks.core.model.SubscriptionInfo;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries with capped exponential backoff, Retry-After and a deadline, on a fake clock. */
class RetryTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private static MockResponse status(int code) {
    return json(code, "{\"error\": {\"code\": " + code + ", \"message\": \"m\"}}");
  }

  private BacklinksClient client(RetryPolicy policy) {
    return TestSupport.clientFor(server, time).retryPolicy(policy).build();
  }

  private BacklinksClient client() {
    return TestSupport.clientFor(server, time).build();
  }

  @Test
  void retriesServerErrorsWithExponentialBackoff() {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(status(504));
    server.enqueue(ok(sample("get-subscription-info.json")));

    SubscriptionInfo info = client().getSubscriptionInfo();

    assertThat(info.unitsLeft()).isEqualTo(123_456);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps)
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastException() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(500));
    }

    InternalServerException e =
        catchThrowableOfType(InternalServerException.class, () -> client().getSubscriptionInfo());

    assertThat(e.attempts()).isEqualTo(4);
    assertThat(e.getSuppressed()).hasSize(3).allMatch(s -> s instanceof InternalServerException);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(time.sleeps).hasSize(3);
  }

  @Test
  void backoffIsCappedAtMaxBackoff() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(503));
    }
    BacklinksClient client =
        client(
            RetryPolicy.builder()
                .maxAttempts(5)
                .jitter(0)
                .initialBackoff(Duration.ofSeconds(10))
                .multiplier(10)
                .maxBackoff(Duration.ofSeconds(15))
                .totalDeadline(Duration.ofHours(1))
                .build());

    assertThatThrownBy(client::getSubscriptionInfo).isInstanceOf(ServiceUnavailableException.class);

    assertThat(time.sleeps)
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15));
  }

  @Test
  void honoursRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "7").build());
    server.enqueue(ok(sample("get-subscription-info.json")));

    client().getSubscriptionInfo();

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void capsRetryAfter() {
    server.enqueue(new MockResponse.Builder(status(429)).addHeader("Retry-After", "3600").build());
    server.enqueue(ok(sample("get-subscription-info.json")));

    client().getSubscriptionInfo();

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void honoursRetryAfterHttpDate() {
    String in90s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            time.instant().plusSeconds(90).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder(status(503)).addHeader("Retry-After", in90s).build());
    server.enqueue(ok(sample("get-subscription-info.json")));

    client().getSubscriptionInfo();

    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(60)); // 90 s capped at 60 s
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 402, 403, 404, 405, 406, 244})
  void neverRetriesClientErrorsOr244(int code) {
    server.enqueue(status(code));
    server.enqueue(ok(sample("get-subscription-info.json")));

    BacklinksApiException e =
        catchThrowableOfType(BacklinksApiException.class, () -> client().getSubscriptionInfo());

    assertThat(e.status()).isEqualTo(code);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void stopsAtTheTotalDeadline() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    BacklinksClient client =
        client(
            RetryPolicy.builder()
                .jitter(0)
                .initialBackoff(Duration.ofMillis(600))
                .totalDeadline(Duration.ofSeconds(1))
                .build());

    ServiceUnavailableException e =
        catchThrowableOfType(ServiceUnavailableException.class, client::getSubscriptionInfo);

    // 0.6 s fits in 1 s; the next wait of 1.2 s would end after the deadline.
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(600));
    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void deadlineCountsTimeSpentInRequests() {
    server.enqueue(status(503));
    BacklinksClient client =
        TestSupport.clientFor(server, time)
            .retryPolicy(
                RetryPolicy.builder().jitter(0).totalDeadline(Duration.ofSeconds(10)).build())
            .okHttpClient(
                new okhttp3.OkHttpClient.Builder()
                    .addInterceptor(
                        chain -> {
                          time.advance(Duration.ofSeconds(10)); // a slow server
                          return chain.proceed(chain.request());
                        })
                    .build())
            .build();

    assertThatThrownBy(client::getSubscriptionInfo).isInstanceOf(ServiceUnavailableException.class);
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void retriesIoFailures() {
    server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok(sample("get-subscription-info.json")));

    assertThat(client().getSubscriptionInfo().unitsLimit()).isEqualTo(5_000_000);
    assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void ioFailuresAfterAllAttemptsAreBacklinksIoException() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    }

    BacklinksIoException e =
        catchThrowableOfType(
            BacklinksIoException.class,
            () ->
                client(RetryPolicy.builder().maxAttempts(2).jitter(0).build())
                    .getSubscriptionInfo());

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.command()).isEqualTo("get-subscription-info");
    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void retriesAnErrorDocumentWithARetryableCode() {
    server.enqueue(ok("{\"error\": {\"code\": 503, \"message\": \"System is busy.\"}}"));
    server.enqueue(ok(sample("get-subscription-info.json")));

    client().getSubscriptionInfo();

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void jitterOnlyShortensTheWait() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0.2).build();

    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(450));
    assertThat(policy.backoff(3, 0.999_999))
        .isBetween(Duration.ofMillis(1600), Duration.ofMillis(2000));
  }

  @Test
  void jitteredWaitsStayWithinBounds() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }

    assertThatThrownBy(
            () -> client(RetryPolicy.builder().jitter(0.5).build()).getSubscriptionInfo())
        .isInstanceOf(ServiceUnavailableException.class);

    assertThat(time.sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(time.sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(time.sleeps.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
  }

  @Test
  void interruptedWaitStopsRetrying() {
    server.enqueue(status(503));
    BacklinksClient client =
        TestSupport.clientFor(server, time)
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build();

    try {
      assertThatThrownBy(client::getSubscriptionInfo)
          .isInstanceOf(BacklinksIoException.class)
          .hasRootCauseInstanceOf(java.io.InterruptedIOException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void noneMakesOneAttempt() {
    server.enqueue(status(503));

    assertThatThrownBy(() -> client(RetryPolicy.none()).getSubscriptionInfo())
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void policyRejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
