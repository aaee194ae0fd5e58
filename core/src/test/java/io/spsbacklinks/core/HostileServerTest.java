package io.spsbacklinks.core;

import static io.spsbacklinks.core.TestSupport.ok;
import static io.spsbacklinks.core.TestSupport.sample;
import static io.spsbacklinks.core.TestSupport.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.Mode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server that does not play by the API's rules never turns into a clean result, a hang or an
 * exhausted heap: each case ends with a bounded, typed failure.
 */
class HostileServerTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final TestSupport.FakeTime time = new TestSupport.FakeTime();

  private BacklinksClient client() {
    return TestSupport.clientFor(server, time).build();
  }

  private static String backlinks(int rows) {
    StringBuilder body = new StringBuilder("{\"backlinks\": [");
    for (int i = 0; i < rows; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"url_from\": \"https://a.example/")
          .append(i)
          .append("\", \"inlink_rank\": 1}");
    }
    return body.append("]}").toString();
  }

  @Test
  void listNeverReturnsMoreRowsThanTheLimitAsked() {
    server.enqueue(ok(backlinks(5_000)));

    List<String> read = new ArrayList<>();
    try (RowStream<Backlink> rows =
        client().getBacklinks(BacklinksQuery.builder("example.com").limit(5).build())) {
      assertThatThrownBy(() -> rows.forEachRemaining(row -> read.add(row.urlFrom())))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("more rows than the 5 asked for");
    }
    assertThat(read).hasSize(5);
  }

  @Test
  void rawPageNeverReturnsMoreRowsThanItsLimit() {
    server.enqueue(ok(backlinks(50)));

    try (RawBacklinksWalk walk =
        client().rawBacklinks(RawBacklinksQuery.builder("example.com").limit(3).build())) {
      assertThatThrownBy(() -> walk.forEachRemaining(row -> {}))
          .isInstanceOf(MalformedResponseException.class)
          .hasMessageContaining("more rows than the 3 asked for");
      assertThat(walk.rowsRead()).isEqualTo(3);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aBodyThatDripsIsCutOffAtTheRequestDeadline() {
    // 1 byte every 100 ms: the idle timeout (60 s) never fires, the whole body takes minutes.
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(sample("get-subscription-info.json"))
            .throttleBody(1, 100, TimeUnit.MILLISECONDS)
            .build());
    BacklinksClient client =
        TestSupport.clientFor(server, time)
            .retryPolicy(RetryPolicy.none())
            .callTimeout(Duration.ofMillis(300))
            .build();

    assertThatThrownBy(client::getSubscriptionInfo)
        .isInstanceOf(BacklinksIoException.class)
        .hasMessageContaining("request deadline of PT0.3S");
  }

  @Test
  void aHugeXmlTextNodeIsAMalformedResponse() {
    String huge = "a".repeat(XmlDocument.MAX_TEXT + 1);
    server.enqueue(
        TestSupport.xml(
            200,
            "<response><subscription_info><status>"
                + huge
                + "</status></subscription_info></response>"));
    BacklinksClient client = TestSupport.clientFor(server, time).output(OutputFormat.XML).build();

    assertThatThrownBy(client::getSubscriptionInfo)
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("get-subscription-info");
  }

  @Test
  void anEndlessRunOfEmptyPagesStopsWithTheCursorToResumeFrom() {
    AtomicInteger pages = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int page = pages.incrementAndGet();
            // a safety stop so that a client without a bound ends too (and fails the assertions)
            return ok(
                page > 200
                    ? "{\"backlinks\": []}"
                    : "{\"backlinks\": [], \"next\": \"c" + page + "\"}");
          }
        });

    try (RawBacklinksWalk walk =
        client().rawBacklinks(RawBacklinksQuery.builder("example.com").build())) {
      CursorLoopException stop =
          catchThrowableOfType(CursorLoopException.class, () -> walk.forEachRemaining(row -> {}));
      assertThat(stop).isNotNull();
      assertThat(stop.cursor()).isEqualTo("c" + RawBacklinksWalk.MAX_EMPTY_PAGES);
      assertThat(stop).hasMessageContaining("empty pages in a row");
    }
    assertThat(pages.get()).isEqualTo(RawBacklinksWalk.MAX_EMPTY_PAGES);
  }

  @Test
  void anExportStartThatMayHaveBeenSentIsNotSentAgain() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok(sample("download-all-backlinks.json")));

    BacklinksIoException e =
        catchThrowableOfType(
            BacklinksIoException.class,
            () -> client().downloadAllBacklinks("example.com", Mode.DOMAIN));

    assertThat(e).isNotNull();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anExportStartThatNeverLeftIsRetried() throws Exception {
    HttpUrl closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = HttpUrl.get("http://127.0.0.1:" + socket.getLocalPort() + "/backlinks/v1.0/");
    }
    BacklinksClient client = TestSupport.clientFor(server, time).endpoint(closed).build();

    BacklinksIoException e =
        catchThrowableOfType(
            BacklinksIoException.class,
            () -> client.downloadAllBacklinks("example.com", Mode.DOMAIN));

    assertThat(e.attempts()).isEqualTo(RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void anExportStartAnsweredBusyIsRetried() {
    server.enqueue(
        TestSupport.json(
            503,
            "{\"error\": {\"code\": 503, "
                + "\"message\": \"System is busy. Please try again later.\"}}"));
    server.enqueue(ok(sample("download-all-backlinks.json")));

    assertThat(client().downloadAllBacklinks("example.com", Mode.DOMAIN).taskId()).isNotBlank();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anExpiredCursorSaysHowToRestart() {
    server.enqueue(
        TestSupport.json(
            400, "{\"error\": {\"code\": 400, " + "\"message\": \"Parameter next is invalid.\"}}"));

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> {
              try (RawBacklinksWalk walk =
                  client()
                      .rawBacklinks(
                          RawBacklinksQuery.builder("example.com").build(), "old-cursor")) {
                walk.hasNext();
              }
            });

    assertThat(e.isExpiredCursor()).isTrue();
    assertThat(e).hasMessageContaining("expired").hasMessageContaining("first page");
    take(server);
  }

  @Test
  void anEndpointWithAQueryStringIsRefused() {
    assertThatThrownBy(
            () ->
                BacklinksClient.builder()
                    .endpoint("https://api.example/backlinks/v1.0/?apikey=OTHER"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("endpoint")
        .hasMessageNotContaining("OTHER");
  }
}
