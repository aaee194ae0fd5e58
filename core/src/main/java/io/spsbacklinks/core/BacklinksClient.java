package io.spsbacklinks.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.ExportTask;
import io.spsbacklinks.core.model.Metrics;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostBacklink;
import io.spsbacklinks.core.model.NewLostRefdomain;
import io.spsbacklinks.core.model.PageInlinkRank;
import io.spsbacklinks.core.model.Refdomain;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.TaskStatus;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Client of the SEO PowerSuite Backlinks API v1.0: one method per command. Immutable and
 * thread-safe once built; share one instance.
 *
 * <p>Every method validates its input first and throws {@link InvalidParameterException} before any
 * request. API errors surface as {@link BacklinksApiException} subclasses (244 included), unusable
 * 200 bodies as {@link MalformedResponseException}, network failures as {@link
 * BacklinksIoException}; 429, 5xx and I/O failures are retried per {@link RetryPolicy}. List
 * commands return a {@link RowStream} that parses rows while the body streams in: close it.
 *
 * <pre>{@code
 * BacklinksClient client = BacklinksClient.builder().apiKey(System.getenv("SPS_API_KEY")).build();
 * try (RowStream<Backlink> rows = client.getBacklinks(
 *     BacklinksQuery.builder("example.com").mode(Mode.DOMAIN).limit(500).build())) {
 *   rows.forEachRemaining(System.out::println);
 * }
 * }</pre>
 *
 * <p>The API key is sent as the {@code apikey} query parameter and never appears in exceptions,
 * {@link #toString()} or the {@link RedactingLoggingInterceptor}'s lines.
 */
public final class BacklinksClient {
  /** The production endpoint; commands are path segments below it. */
  public static final String DEFAULT_ENDPOINT = "https://api.seopowersuite.com/backlinks/v1.0/";

  /** get-metrics and get-inlink-rank accept at most this many targets per POST. */
  public static final int MAX_BATCH = 100;

  /** Batch POSTs of one call in flight at once by default; see {@link Builder#batchConcurrency}. */
  public static final int DEFAULT_BATCH_CONCURRENCY = 4;

  /** The most batch POSTs of one call {@link Builder#batchConcurrency} allows in flight. */
  public static final int MAX_BATCH_CONCURRENCY = 16;

  static final String DOWNLOAD_COMMAND = "download-file";
  private static final String DEFAULT_USER_AGENT = "sps-backlinks-java/0.1.0";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final JsonFactory BATCH_BODIES = new JsonFactory();

  private final HttpUrl endpoint;
  private final String apiKey;
  private final OutputFormat output;
  private final String userAgent;
  private final Set<String> downloadHosts;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Transport transport;
  private final BatchRunner batches;

  private BacklinksClient(Builder builder, OkHttpClient http) {
    this.endpoint = builder.endpoint;
    this.apiKey = builder.apiKey;
    this.output = builder.output;
    this.userAgent = builder.userAgent;
    this.downloadHosts = Set.copyOf(builder.downloadHosts);
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
    this.transport =
        new Transport(
            http,
            builder.callTimeout,
            builder.downloadTimeout,
            builder.retryPolicy,
            clock,
            BatchRunner.watching(sleeper),
            apiKey);
    this.batches = new BatchRunner(builder.batchConcurrency);
  }

  /** A builder; only the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint commands are sent to. */
  public HttpUrl endpoint() {
    return endpoint;
  }

  /** The response format requested with {@code output}. */
  public OutputFormat output() {
    return output;
  }

  // ---------------------------------------------------------------------------------------------
  // get-metrics, get-inlink-rank

  /**
   * get-metrics for any number of targets: one GET for a single target, else POSTs of at most
   * {@value #MAX_BATCH} targets. Results come in the order of {@code targets}.
   *
   * @param mode {@code mode}, or null for the API default (host)
   */
  public List<Metrics> getMetrics(Collection<String> targets, Mode mode) {
    List<String> checked = targets(targets);
    return batched("get-metrics", checked, mode, "metrics", Mappers::metrics, Metrics::target);
  }

  /**
   * get-inlink-rank for any number of page URLs, batched like {@link #getMetrics}; results in the
   * order of {@code targets}.
   */
  public List<PageInlinkRank> getInlinkRank(Collection<String> targets) {
    List<String> checked = targets(targets);
    return batched(
        "get-inlink-rank", checked, null, "pages", Mappers::pageInlinkRank, PageInlinkRank::url);
  }

  // ---------------------------------------------------------------------------------------------
  // list commands

  /** get-backlinks: the target's backlinks, streamed. */
  public RowStream<Backlink> getBacklinks(BacklinksQuery query) {
    Objects.requireNonNull(query, "query");
    return list(
        "get-backlinks",
        query.target(),
        query.params(),
        query.limit(),
        "backlinks",
        Mappers::backlink);
  }

  /** get-refdomains: the target's referring domains, streamed. */
  public RowStream<Refdomain> getRefdomains(RefdomainsQuery query) {
    Objects.requireNonNull(query, "query");
    return list(
        "get-refdomains",
        query.target(),
        query.params(),
        query.limit(),
        "refdomains",
        Mappers::refdomain);
  }

  /** get-new-lost-backlinks: backlinks found or lost in a date range, streamed. */
  public RowStream<NewLostBacklink> getNewLostBacklinks(NewLostBacklinksQuery query) {
    Objects.requireNonNull(query, "query");
    return list(
        "get-new-lost-backlinks",
        query.target(),
        query.params(),
        query.limit(),
        "new_lost_backlinks",
        Mappers::newLostBacklink);
  }

  /** get-new-lost-refdomains: referring domains found or lost in a date range, streamed. */
  public RowStream<NewLostRefdomain> getNewLostRefdomains(NewLostRefdomainsQuery query) {
    Objects.requireNonNull(query, "query");
    return list(
        "get-new-lost-refdomains",
        query.target(),
        query.params(),
        query.limit(),
        "new_lost_refdomains",
        Mappers::newLostRefdomain);
  }

  /**
   * @param limit the query's {@code limit}; null for the API's default, at most the maximum
   */
  private <T> RowStream<T> list(
      String command,
      String target,
      Map<String, String> params,
      Integer limit,
      String member,
      Function<Row, T> mapper) {
    RowLimit rows = new RowLimit(limit != null ? limit : Checks.LIST_LIMIT_MAX, command, target);
    return new ListRowStream<>(openList(command, target, params, member, mapper), rows);
  }

  private <T> ListReader<T> openList(
      String command,
      String target,
      Map<String, String> params,
      String member,
      Function<Row, T> mapper) {
    Request request = get(url(command, params));
    return transport.execute(
        command,
        target,
        request,
        null,
        response ->
            new ListReader<>(document(response), member, mapper, command, target, apiKey).start());
  }

  // ---------------------------------------------------------------------------------------------
  // get-raw-backlinks

  /**
   * One page of get-raw-backlinks, streamed.
   *
   * @param cursor the {@code next} cursor of the previous page; null or empty for the first page
   *     ({@code next} is then not sent, as the API requires)
   */
  public RawPage getRawBacklinksPage(RawBacklinksQuery query, String cursor) {
    Objects.requireNonNull(query, "query");
    return rawPage(query, emptyToNull(cursor), 0);
  }

  /**
   * All backlinks of get-raw-backlinks from the first page on, fetched page by page lazily. A page
   * that breaks off mid-body is requested again (see {@link RawBacklinksWalk}).
   */
  public RawBacklinksWalk rawBacklinks(RawBacklinksQuery query) {
    return rawBacklinks(query, null);
  }

  /**
   * All backlinks of get-raw-backlinks from the page of {@code startCursor} on (e.g. a saved {@link
   * RawBacklinksWalk#currentCursor()}); null or empty starts at the first page.
   */
  public RawBacklinksWalk rawBacklinks(RawBacklinksQuery query, String startCursor) {
    return walk(query, startCursor, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #rawBacklinks(RawBacklinksQuery, String)}, but requests at most {@code maxPages}
   * pages: once the last of them is read the walk ends without requesting the next one, and its
   * {@link RawBacklinksWalk#currentCursor()} is the cursor to continue with (empty when the API had
   * no further page). For reading a large set in bounded runs.
   *
   * @throws InvalidParameterException if {@code maxPages} is less than 1
   */
  public RawBacklinksWalk rawBacklinks(RawBacklinksQuery query, String startCursor, int maxPages) {
    if (maxPages < 1) {
      throw new InvalidParameterException("max_pages", String.valueOf(maxPages), "1 or more");
    }
    return walk(query, startCursor, maxPages);
  }

  private RawBacklinksWalk walk(RawBacklinksQuery query, String startCursor, int maxPages) {
    Objects.requireNonNull(query, "query");
    return new RawBacklinksWalk(
        (cursor, index) -> rawPage(query, cursor, index),
        query.target(),
        transport::budget,
        emptyToNull(startCursor),
        maxPages);
  }

  private RawPage rawPage(RawBacklinksQuery query, String cursor, int index) {
    Map<String, String> params = new LinkedHashMap<>(query.params());
    if (cursor != null) {
      params.put("next", cursor);
    }
    String command = "get-raw-backlinks";
    RowLimit rows =
        new RowLimit(
            query.limit() != null ? query.limit() : Checks.RAW_LIMIT_MAX, command, query.target());
    return new RawPage(
        openList(command, query.target(), params, "backlinks", Mappers::backlink), rows, index);
  }

  // ---------------------------------------------------------------------------------------------
  // get-subscription-info

  /** get-subscription-info: the subscription's status and API units left. */
  public SubscriptionInfo getSubscriptionInfo() {
    String command = "get-subscription-info";
    Map<String, String> fields =
        single(command, null, Map.of(), "subscription_info", Transport.Repeat.IDEMPOTENT);
    return Mappers.subscriptionInfo(new Row(fields, command, null));
  }

  // ---------------------------------------------------------------------------------------------
  // download-all-backlinks (async export)

  /**
   * download-all-backlinks: starts the export of all backlinks of {@code target}. The returned task
   * may already be {@code rejected} (a previous export is still running).
   *
   * @param mode {@code mode}, or null for the API default (host)
   */
  public ExportTask downloadAllBacklinks(String target, Mode mode) {
    Checks.target(target);
    String command = "download-all-backlinks";
    Map<String, String> params = Checks.Params.query(target, mode).values();
    // Each start is billed: sent again only when it provably never reached the server.
    Map<String, String> fields =
        single(command, target, params, null, Transport.Repeat.ONLY_IF_NOT_SENT);
    return Mappers.exportTask(new Row(fields, command, target));
  }

  /** download-all-backlinks-status: the current status of an export task. */
  public ExportTask downloadAllBacklinksStatus(String taskId) {
    taskId(taskId);
    String command = "download-all-backlinks-status";
    Map<String, String> params = Map.of("task_id", taskId);
    Map<String, String> fields = single(command, null, params, null, Transport.Repeat.IDEMPOTENT);
    return Mappers.exportTask(new Row(fields, command, null));
  }

  /**
   * Polls {@link #downloadAllBacklinksStatus} until the task is complete, waiting per {@code
   * policy} with this client's {@link Sleeper}.
   *
   * @return the complete task, with its download location
   * @throws ExportTaskException if the task is {@code rejected}, {@code task id is unknown or
   *     deleted}, or not complete within the policy's timeout
   */
  public ExportTask awaitExport(String taskId, PollPolicy policy) {
    taskId(taskId);
    Objects.requireNonNull(policy, "policy");
    Instant start = clock.instant();
    for (int poll = 1; ; poll++) {
      ExportTask task = downloadAllBacklinksStatus(taskId);
      TaskStatus status = task.taskStatus();
      if (status.isComplete()) {
        if (task.downloadFile() == null) {
          throw new MalformedResponseException(
              "download-all-backlinks-status",
              null,
              "task " + taskId + " is complete but has no download_file",
              null);
        }
        return task;
      }
      if (status.equals(TaskStatus.REJECTED) || status.equals(TaskStatus.UNKNOWN_OR_DELETED)) {
        throw new ExportTaskException(taskId, status, "the export cannot complete");
      }
      Duration wait = policy.delay(poll);
      Duration elapsed = Duration.between(start, clock.instant());
      if (elapsed.plus(wait).compareTo(policy.timeout()) > 0) {
        throw new ExportTaskException(
            taskId,
            status,
            "not complete after " + elapsed + " (timeout " + policy.timeout() + ")");
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BacklinksIoException(
            "download-all-backlinks-status",
            null,
            new InterruptedIOException("interrupted while waiting for export " + taskId));
      }
    }
  }

  /**
   * Streams the export file of a complete task as backlinks. The file is fetched without the API
   * key, and only from this client's endpoint scheme and host or a host allowed with {@link
   * Builder#allowDownloadHost} (redirects included).
   *
   * <p>When the download breaks off (connection dropped, gzip ending early), the file is downloaded
   * again under the client's {@link RetryPolicy} and the rows already returned are skipped, so each
   * row is returned once. When the retries are exhausted, reading fails with {@link
   * StreamResumeException} naming the download location and the rows to skip.
   *
   * <p>The CSV writes null as an empty cell, so an empty {@code alt} or {@code image_source} (the
   * fields get-backlinks and get-raw-backlinks send as null when absent) is returned as null: an
   * export decodes to the same {@link Backlink} records as get-raw-backlinks. Other empty cells
   * stay "".
   *
   * @param downloadFile the task's {@code download_file}, absolute or relative to the endpoint
   */
  public RowStream<Backlink> openExport(String downloadFile) {
    if (downloadFile == null || downloadFile.isBlank()) {
      throw new InvalidParameterException(
          "download_file", downloadFile, "the download_file of a complete export task");
    }
    HttpUrl url = endpoint.resolve(downloadFile.trim());
    if (url == null) {
      throw new InvalidParameterException(
          "download_file", Redaction.redact(downloadFile), "an http(s) URL");
    }
    Request request =
        new Request.Builder()
            .url(checkDownloadHost(url))
            .header("User-Agent", userAgent)
            .get()
            .build();
    String location = Redaction.redact(url.toString(), apiKey);
    return new ResumingRowStream<>(
        () ->
            transport.execute(
                DOWNLOAD_COMMAND,
                null,
                request,
                this::checkDownloadHost,
                (response, call) ->
                    CsvRowStream.open(response, call, Mappers::exportBacklink, DOWNLOAD_COMMAND)),
        transport::budget,
        (why, delivered, cause) ->
            StreamResumeException.export(DOWNLOAD_COMMAND, location, delivered, why, cause));
  }

  private HttpUrl checkDownloadHost(HttpUrl url) {
    boolean sameOrigin =
        url.scheme().equals(endpoint.scheme())
            && url.host().equals(endpoint.host())
            && url.port() == endpoint.port();
    boolean allowed =
        downloadHosts.contains(url.host())
            && (url.scheme().equals("https") || url.scheme().equals(endpoint.scheme()));
    if (!sameOrigin && !allowed) {
      String origins =
          endpoint.scheme()
              + "://"
              + endpoint.host()
              + ":"
              + endpoint.port()
              + (downloadHosts.isEmpty() ? "" : " or hosts " + downloadHosts);
      throw new InvalidParameterException(
          "download_file",
          Redaction.redact(url.toString()),
          "a URL on " + origins + " (allow more with allowDownloadHost)");
    }
    return url;
  }

  // ---------------------------------------------------------------------------------------------
  // plumbing

  private <T> List<T> batched(
      String command,
      List<String> targets,
      Mode mode,
      String member,
      Function<Row, T> mapper,
      Function<T, String> key) {
    int count = (targets.size() + MAX_BATCH - 1) / MAX_BATCH;
    return batches.run(
        command,
        count,
        index -> {
          int from = index * MAX_BATCH;
          List<String> batch = targets.subList(from, Math.min(targets.size(), from + MAX_BATCH));
          String target = batch.size() == 1 ? batch.get(0) : null;
          Request request;
          if (targets.size() == 1) {
            request = get(url(command, Checks.Params.query(target, mode).values()));
          } else {
            request =
                new Request.Builder()
                    .url(url(command, Map.of()))
                    .headers(headers())
                    .post(RequestBody.create(batchBody(batch, mode), JSON))
                    .build();
          }
          List<T> page = new ArrayList<>(batch.size());
          try (ListReader<T> reader =
              transport.execute(
                  command,
                  target,
                  request,
                  null,
                  response ->
                      new ListReader<>(document(response), member, mapper, command, target, apiKey)
                          .start())) {
            for (T row = reader.next(); row != null; row = reader.next()) {
              page.add(row);
            }
          }
          return inInputOrder(command, target, batch, page, key);
        });
  }

  /**
   * Results matched to the batch's targets by the target the API echoes; when the API echoes them
   * differently (normalised), its order is trusted.
   */
  private static <T> List<T> inInputOrder(
      String command, String target, List<String> batch, List<T> results, Function<T, String> key) {
    if (results.size() != batch.size()) {
      throw new MalformedResponseException(
          command,
          target,
          "expected " + batch.size() + " result(s) for the batch, got " + results.size(),
          null);
    }
    Map<String, Deque<T>> byTarget = new HashMap<>();
    for (T result : results) {
      byTarget.computeIfAbsent(key.apply(result), k -> new ArrayDeque<>()).add(result);
    }
    List<T> ordered = new ArrayList<>(batch.size());
    for (String wanted : batch) {
      Deque<T> matches = byTarget.get(wanted);
      if (matches == null || matches.isEmpty()) {
        return results;
      }
      ordered.add(matches.poll());
    }
    return ordered;
  }

  private static String batchBody(List<String> targets, Mode mode) {
    StringWriter json = new StringWriter();
    try (JsonGenerator generator = BATCH_BODIES.createGenerator(json)) {
      generator.writeStartObject();
      generator.writeArrayFieldStart("target");
      for (String target : targets) {
        generator.writeString(target);
      }
      generator.writeEndArray();
      if (mode != null) {
        generator.writeStringField("mode", mode.wireValue());
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to a StringWriter does not fail
    }
    return json.toString();
  }

  /**
   * A document with one object member ({@code objectMember}) or only scalar members (null): its
   * fields. An {@code error} member raises the API error.
   */
  private Map<String, String> single(
      String command,
      String target,
      Map<String, String> params,
      String objectMember,
      Transport.Repeat repeat) {
    return transport.execute(
        command,
        target,
        get(url(command, params)),
        null,
        repeat,
        response -> {
          try (ApiDocument document = document(response)) {
            Map<String, String> fields = new HashMap<>();
            Map<String, String> object = null;
            for (String member = document.nextMember();
                member != null;
                member = document.nextMember()) {
              if (member.equals("error")) {
                throw ApiErrors.forDocument(document.readObject(), command, target, apiKey);
              } else if (member.equals(objectMember)) {
                object = document.readObject();
              } else if (objectMember == null) {
                fields.put(member, document.readText());
              } else {
                document.skipValue();
              }
            }
            if (objectMember == null) {
              return fields;
            }
            if (object == null) {
              throw new MalformedDocumentException("no '" + objectMember + "' object", null);
            }
            return object;
          }
        });
  }

  private ApiDocument document(Response response) throws IOException {
    return output == OutputFormat.XML
        ? XmlDocument.open(response.body().byteStream())
        : JsonDocument.open(response.body().byteStream());
  }

  private Request get(HttpUrl url) {
    return new Request.Builder().url(url).headers(headers()).get().build();
  }

  private okhttp3.Headers headers() {
    return new okhttp3.Headers.Builder()
        .add("User-Agent", userAgent)
        .add("Accept", output == OutputFormat.XML ? "application/xml" : "application/json")
        .build();
  }

  /** {@code apikey}, the command's parameters in order, then {@code output}. */
  private HttpUrl url(String command, Map<String, String> params) {
    HttpUrl.Builder url =
        endpoint
            .newBuilder()
            .addPathSegment(command)
            .addEncodedQueryParameter("apikey", encode(apiKey));
    params.forEach((name, value) -> url.addEncodedQueryParameter(name, encode(value)));
    return url.addEncodedQueryParameter("output", output.wireValue()).build();
  }

  /**
   * Percent-encodes everything but RFC 3986 unreserved characters, so cursors with {@code /},
   * {@code +} and {@code =} and URLs as targets arrive intact.
   */
  static String encode(String value) {
    StringBuilder result = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        result.append((char) c);
      } else {
        result.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return result.toString();
  }

  private static List<String> targets(Collection<String> targets) {
    if (targets == null || targets.isEmpty()) {
      throw new InvalidParameterException("target", null, "at least one target");
    }
    List<String> checked = new ArrayList<>(targets.size());
    for (String target : targets) {
      checked.add(Checks.target(target));
    }
    return checked;
  }

  private static void taskId(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new InvalidParameterException(
          "task_id", taskId, "the task_id returned by download-all-backlinks");
    }
  }

  private static String emptyToNull(String cursor) {
    return cursor == null || cursor.isEmpty() ? null : cursor;
  }

  /** Shows the endpoint and output, never the API key. */
  @Override
  public String toString() {
    return "BacklinksClient{endpoint="
        + Redaction.redact(endpoint.toString())
        + ", output="
        + output.wireValue()
        + ", apikey="
        + Redaction.MASK
        + "}";
  }

  /** Builds a {@link BacklinksClient}. */
  public static final class Builder {
    private String apiKey;
    private HttpUrl endpoint = HttpUrl.get(DEFAULT_ENDPOINT);
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout = Duration.ofMinutes(5);
    private Duration downloadTimeout = Duration.ofHours(1);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = DEFAULT_USER_AGENT;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private int batchConcurrency = DEFAULT_BATCH_CONCURRENCY;
    private OutputFormat output = OutputFormat.JSON;
    private final Set<String> downloadHosts = new LinkedHashSet<>();

    private Builder() {}

    /** The API key (required). Kept secret: sent only as {@code apikey}, never shown. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The endpoint (default {@value BacklinksClient#DEFAULT_ENDPOINT}).
     *
     * @throws InvalidParameterException if not an http(s) URL
     */
    public Builder endpoint(String endpoint) {
      HttpUrl url = endpoint == null ? null : HttpUrl.parse(endpoint.trim());
      if (url == null) {
        throw new InvalidParameterException(
            "endpoint", Redaction.redact(endpoint), "an http(s) URL such as " + DEFAULT_ENDPOINT);
      }
      return endpoint(url);
    }

    /**
     * The endpoint (default {@value BacklinksClient#DEFAULT_ENDPOINT}).
     *
     * @throws InvalidParameterException if it carries a query string or fragment: parameters go
     *     after the command's path segment, and a stray one (an {@code apikey} above all) would be
     *     sent with every request
     */
    public Builder endpoint(HttpUrl endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      if (endpoint.encodedQuery() != null || endpoint.encodedFragment() != null) {
        throw new InvalidParameterException(
            "endpoint",
            Redaction.redact(endpoint.toString()),
            "a URL without a query string or fragment, such as " + DEFAULT_ENDPOINT);
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * The OkHttp client to derive from (shares its connection pool and interceptors). Redirects are
     * turned off for this client's calls: the API never redirects and export redirects are checked
     * by hand.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** Connect timeout (default: OkHttp's, 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /** Timeout between two reads (default 60 s). */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Deadline of one API request, reading its whole body included (default 5 min; zero for none).
     * A server that sends a byte now and then is cut off at it: the request is retried under the
     * {@link RetryPolicy} while its body was not handed out yet, a get-raw-backlinks page is
     * requested again, another list fails with {@link BacklinksIoException}. A page of 100,000 raw
     * backlinks takes well under a minute on a usable connection.
     *
     * @throws InvalidParameterException if negative
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = nonNegative("callTimeout", callTimeout);
      return this;
    }

    /**
     * Deadline of one download of an export file, reading it whole included (default 1 h; zero for
     * none). A download cut off by it is downloaded again like one that broke off.
     *
     * @throws InvalidParameterException if negative
     */
    public Builder downloadTimeout(Duration downloadTimeout) {
      this.downloadTimeout = nonNegative("downloadTimeout", downloadTimeout);
      return this;
    }

    private static Duration nonNegative(String name, Duration duration) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative()) {
        throw new InvalidParameterException(name, duration.toString(), "zero or more");
      }
      return duration;
    }

    /**
     * How many batch POSTs of one {@link BacklinksClient#getMetrics} or {@link
     * BacklinksClient#getInlinkRank} call may be in flight at once, 1..{@value
     * BacklinksClient#MAX_BATCH_CONCURRENCY} (default {@value
     * BacklinksClient#DEFAULT_BATCH_CONCURRENCY}; 1 sends them one after the other). Results keep
     * the input order either way. Once a batch has to wait for a retry (429 with its Retry-After,
     * or 5xx), the rest of that call goes one request at a time.
     *
     * @throws InvalidParameterException outside 1..{@value BacklinksClient#MAX_BATCH_CONCURRENCY}
     */
    public Builder batchConcurrency(int batchConcurrency) {
      if (batchConcurrency < 1 || batchConcurrency > MAX_BATCH_CONCURRENCY) {
        throw new InvalidParameterException(
            "batchConcurrency", Integer.toString(batchConcurrency), "1.." + MAX_BATCH_CONCURRENCY);
      }
      this.batchConcurrency = batchConcurrency;
      return this;
    }

    /** Retries of 429, 5xx and I/O failures (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The User-Agent header. */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /** The clock deadlines and Retry-After dates are measured with (default UTC system). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the client waits between retries and polls (default {@link Sleeper#SYSTEM}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The response format, {@code output} (default JSON). */
    public Builder output(OutputFormat output) {
      this.output = Objects.requireNonNull(output, "output");
      return this;
    }

    /**
     * Also allows export downloads from {@code host} (over https, or the endpoint's scheme), for
     * exports served from a CDN. By default only the endpoint's scheme, host and port are allowed.
     */
    public Builder allowDownloadHost(String host) {
      if (host == null || host.isBlank()) {
        throw new InvalidParameterException("download host", host, "a host name");
      }
      downloadHosts.add(host.trim().toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws InvalidParameterException if the API key is missing or blank
     */
    public BacklinksClient build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new InvalidParameterException("apikey", null, "a non-blank API key");
      }
      OkHttpClient.Builder http =
          okHttpClient != null
              ? okHttpClient.newBuilder()
              : new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60));
      if (connectTimeout != null) {
        http.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        http.readTimeout(readTimeout);
      }
      http.followRedirects(false).followSslRedirects(false);
      return new BacklinksClient(this, http.build());
    }
  }
}
