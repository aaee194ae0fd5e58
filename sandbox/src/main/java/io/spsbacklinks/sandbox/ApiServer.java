package io.spsbacklinks.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The HTTP side: routing, methods, output format, faults, authentication, rate limit, then the
 * command. Checks run in that order, so e.g. an unknown path is 404 whatever the key.
 */
final class ApiServer implements HttpHandler {
  static final String PREFIX = "/backlinks/v1.0/";
  static final String EXPORT_PREFIX = "/export/c/";

  private final Commands commands;
  private final Map<String, Commands.Command> byName;
  private final ExportFiles exportFiles;
  private final Keys keys;
  private final SandboxClock clock;
  private final RateLimiter rateLimiter;
  private final FaultInjector faults;
  private final RequestLog log;

  ApiServer(
      Index index,
      Keys keys,
      SandboxClock clock,
      Duration exportDelay,
      int rateLimitPerSecond,
      Faults faults,
      Consumer<String> listener) {
    Exports exports = new Exports(exportDelay);
    this.commands = new Commands(index, exports);
    this.byName = commands.all();
    this.exportFiles = new ExportFiles(index, exports);
    this.keys = keys;
    this.clock = clock;
    this.rateLimiter = new RateLimiter(rateLimitPerSecond);
    this.faults = new FaultInjector(faults);
    this.log = new RequestLog(listener);
  }

  void baseUrl(String baseUrl) {
    commands.baseUrl(baseUrl);
  }

  void faults(Faults faults) {
    this.faults.set(faults);
  }

  RequestLog log() {
    return log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    log.received();
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    FaultInjector.Plan plan = faults.next();
    String outcome = "?";
    try {
      if (plan.delayMillis() > 0) {
        Thread.sleep(plan.delayMillis());
      }
      OutputStream body =
          plan.drop() ? new DroppingStream(exchange.getResponseBody()) : exchange.getResponseBody();
      outcome = Integer.toString(route(exchange, body, method, path, rawQuery, plan));
      if (plan.drop()) {
        throw new DroppedConnection(); // a body shorter than what DroppingStream lets through
      }
      exchange.close();
    } catch (DroppedConnection e) {
      outcome = "dropped";
      throw e; // the server closes the connection without ending the chunked body
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
      throw new IOException("sandbox stopping", e);
    } catch (IOException | UncheckedIOException e) {
      outcome = "aborted";
      throw e;
    } finally {
      log.add(
          clock.instant()
              + " "
              + method
              + " "
              + path
              + (rawQuery == null ? "" : "?" + RequestLog.redact(rawQuery))
              + " -> "
              + outcome
              + " ("
              + (System.nanoTime() - started) / 1_000_000
              + " ms)");
    }
  }

  /** Answers the request; returns the HTTP status sent. */
  private int route(
      HttpExchange exchange,
      OutputStream body,
      String method,
      String path,
      String rawQuery,
      FaultInjector.Plan plan)
      throws IOException {
    Map<String, List<String>> query;
    try {
      query = parseQuery(rawQuery);
    } catch (IllegalArgumentException e) {
      return sendError(exchange, body, "json", ApiError.invalidParameters());
    }
    String output = single(query, "output");
    boolean outputOk =
        output == null || output.isEmpty() || output.equals("json") || output.equals("xml");
    String format = outputOk && "xml".equals(output) ? "xml" : "json";
    try {
      if (path.startsWith(EXPORT_PREFIX)) {
        if (!method.equals("GET")) {
          exchange.getResponseHeaders().set("Allow", "GET");
          throw ApiError.methodNotAllowed();
        }
        return exportFiles.serve(
            exchange,
            body,
            path.substring(EXPORT_PREFIX.length()),
            clock.instant(),
            plan.truncateGzip());
      }
      String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : null;
      Commands.Command command = name == null ? null : byName.get(name);
      if (command == null) {
        throw ApiError.notFound();
      }
      boolean post = Commands.allowsPost(name);
      if (!method.equals("GET") && !(post && method.equals("POST"))) {
        exchange.getResponseHeaders().set("Allow", post ? "GET, POST" : "GET");
        throw ApiError.methodNotAllowed();
      }
      if (!outputOk) {
        throw ApiError.unsupportedOutput();
      }
      if (plan.error() != null) {
        throw plan.error();
      }
      Call call =
          authenticate(
              query,
              name,
              method.equals("POST")
                  ? Params.ofBody(
                      new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                  : Params.ofQuery(query));
      Commands.Body reply = command.run(call);
      exchange.getResponseHeaders().set("Content-Type", contentType(format));
      exchange.sendResponseHeaders(200, 0);
      ResponseWriter writer = ResponseWriter.create(format, body);
      reply.write(writer);
      return 200;
    } catch (ApiError e) {
      return sendError(exchange, body, format, e);
    }
  }

  private Call authenticate(Map<String, List<String>> query, String command, Params params) {
    String key = single(query, "apikey");
    if (key == null) {
      key = single(query, "apiKey");
    }
    if (key == null || key.isEmpty()) {
      throw ApiError.missing("apikey");
    }
    Keys.Account account = keys.find(key);
    if (account == null) {
      throw ApiError.unauthorized();
    }
    // get-subscription-info reports the key's state instead of refusing it: its status enum has
    // them all.
    if (!command.equals("get-subscription-info")) {
      switch (account.state) {
        case INACTIVE:
        case EXPIRED:
          throw ApiError.unauthorized();
        case DISABLED:
          throw ApiError.forbidden();
        case INSUFFICIENT_FUNDS:
          throw ApiError.insufficientFunds();
        default:
          break;
      }
    }
    Instant now = clock.instant();
    long retryAfter = rateLimiter.acquire(key, now);
    if (retryAfter > 0) {
      throw ApiError.rateLimited(retryAfter);
    }
    return new Call(params, key, account, now, clock.today());
  }

  static int sendError(HttpExchange exchange, OutputStream body, String format, ApiError error)
      throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ResponseWriter writer = ResponseWriter.create(format, buffer);
    writer.beginResponse();
    writer.beginObject("error");
    writer.field("code", error.status);
    writer.field("message", error.getMessage());
    writer.endObject();
    writer.endResponse(false);
    byte[] bytes = buffer.toByteArray();
    exchange.getResponseHeaders().set("Content-Type", contentType(format));
    if (error.status == 429) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(error.retryAfterSeconds));
    }
    exchange.sendResponseHeaders(error.status, bytes.length);
    body.write(bytes);
    body.flush();
    return error.status;
  }

  static String contentType(String format) {
    return format.equals("xml")
        ? "application/xml; charset=utf-8"
        : "application/json; charset=utf-8";
  }

  /**
   * Query parameters in order; '+' is a space as in forms, so unencoded cursors break as they would
   * for real.
   */
  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (rawQuery == null) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    return values == null ? null : values.get(0);
  }

  /** Thrown to cut a response mid-body. */
  static final class DroppedConnection extends IOException {
    private static final long serialVersionUID = 1L;

    DroppedConnection() {
      super("connection dropped by fault injection");
    }
  }

  /** Lets the headers and a few body bytes through, then drops the connection. */
  static final class DroppingStream extends FilterOutputStream {
    private static final int PASS = 24;
    private int written;

    DroppingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int pass = Math.min(len, PASS - written);
      if (pass > 0) {
        out.write(b, off, pass);
        written += pass;
      }
      if (pass < len) {
        out.flush();
        throw new DroppedConnection();
      }
    }
  }
}
