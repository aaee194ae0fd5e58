package io.spsbacklinks.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A tiny local web server playing a deployed web site, for link-gate tests and demos: chosen paths
 * are broken, redirect, loop or answer slowly; every other path answers 200 with a small HTML page,
 * to GET and HEAD (or 405 to HEAD with {@link Builder#headNotAllowed()}, to exercise a GET
 * fallback), or 404 with {@link Builder#notFoundByDefault()}. Pages may carry a title ({@link
 * Builder#page}), and any path may serve raw bytes ({@link Builder#resource}): robots.txt,
 * sitemaps, gzip sitemaps, streamed or not. A path may answer 429 a number of times first ({@link
 * Builder#throttle}), and the site counts the most requests it had in flight at once ({@link
 * #maxInFlight()}).
 *
 * <pre>{@code
 * try (DeployedSite site = DeployedSite.builder().brokenPath("/pricing", 404).build().start()) {
 *     URI pricing = URI.create(site.baseUrl() + "/pricing");
 * }
 * }</pre>
 */
public final class DeployedSite implements AutoCloseable {
  private final LocalHttpServer server;
  private final Map<String, Integer> broken;
  private final Map<String, String> redirects;
  private final Set<String> loops;
  private final Map<String, Duration> slow;
  private final boolean headNotAllowed;
  private final Map<String, String> titles;
  private final Map<String, Resource> resources;
  private final boolean notFoundByDefault;
  private final Map<String, Throttle> throttled;
  private final ArrayDeque<String> log = new ArrayDeque<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private DeployedSite(Builder builder) {
    server = new LocalHttpServer("deployed site", "deployed-site", builder.host, builder.port);
    broken = Map.copyOf(builder.broken);
    redirects = Map.copyOf(builder.redirects);
    loops = Set.copyOf(builder.loops);
    slow = Map.copyOf(builder.slow);
    headNotAllowed = builder.headNotAllowed;
    titles = Map.copyOf(builder.titles);
    resources = Map.copyOf(builder.resources);
    notFoundByDefault = builder.notFoundByDefault;
    throttled = new HashMap<>();
    builder.throttled.forEach(
        (path, t) ->
            throttled.put(path, new Throttle(new AtomicInteger(t.times()), t.retryAfter())));
  }

  /** A path's 429 answers still to come, and the Retry-After they carry (null: none). */
  private record Throttle(AtomicInteger remaining, String retryAfter) {}

  private record ThrottleRule(int times, String retryAfter) {}

  /** Raw content served at one path; the body is opened anew for every GET. */
  private record Resource(String contentType, Supplier<InputStream> body) {}

  public static Builder builder() {
    return new Builder();
  }

  /** Binds and starts answering; returns this. */
  public DeployedSite start() {
    server.start(this::handle);
    return this;
  }

  @Override
  public void close() {
    server.stop();
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** {@code http://<host>:<port>}, without a trailing slash. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The most requests this site was answering at once so far (from a request's arrival until its
   * answer starts going out).
   */
  public int maxInFlight() {
    return maxInFlight.get();
  }

  /** Requests received so far, as "METHOD /path -> status", oldest first. */
  public List<String> requestLog() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    answer(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
  }

  // Logged before the answer goes out, so a client that has its response sees the entry. A request
  // is in flight until then: once the client has its answer it may send the next one before this
  // thread is done closing the exchange, and that is not two at once.
  private void record(HttpExchange exchange, int status) {
    inFlight.decrementAndGet();
    synchronized (log) {
      log.addLast(
          exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getRawPath()
              + " -> "
              + status);
    }
  }

  private int answer(HttpExchange exchange, String method, String path) throws IOException {
    try (exchange) {
      Duration delay = slow.get(path);
      if (delay != null) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          record(exchange, 0);
          return 0;
        }
      }
      boolean head = method.equals("HEAD");
      Throttle throttle = throttled.get(path);
      if (throttle != null && throttle.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        if (throttle.retryAfter() != null) {
          exchange.getResponseHeaders().set("Retry-After", throttle.retryAfter());
        }
        return send(exchange, 429, "Too Many Requests", head);
      }
      if (!head && !method.equals("GET") || head && headNotAllowed) {
        exchange.getResponseHeaders().set("Allow", headNotAllowed ? "GET" : "GET, HEAD");
        return send(exchange, 405, "Method Not Allowed", head);
      }
      if (loops.contains(path)) {
        exchange.getResponseHeaders().set("Location", path);
        return send(exchange, 302, "Found", head);
      }
      String target = redirects.get(path);
      if (target != null) {
        exchange.getResponseHeaders().set("Location", target);
        return send(exchange, 301, "Moved Permanently", head);
      }
      Integer status = broken.get(path);
      if (status != null) {
        return send(exchange, status, "Error " + status, head);
      }
      Resource resource = resources.get(path);
      if (resource != null) {
        return sendResource(exchange, resource, head);
      }
      String title = titles.get(path);
      if (title == null && notFoundByDefault) {
        return send(exchange, 404, "Error 404", head);
      }
      return send(exchange, 200, title == null ? "OK" : title, head);
    }
  }

  // Length unknown (0 = chunked): a streamed body, e.g. a huge sitemap, is never held in memory.
  private int sendResource(HttpExchange exchange, Resource resource, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", resource.contentType());
    record(exchange, 200);
    exchange.sendResponseHeaders(200, head ? -1 : 0);
    if (!head) {
      try (InputStream in = resource.body().get();
          OutputStream out = exchange.getResponseBody()) {
        in.transferTo(out);
      } catch (IOException clientGone) {
        // a reader that stops early (a capped sitemap reader) closes the connection: expected
      }
    }
    return 200;
  }

  private int send(HttpExchange exchange, int status, String text, boolean head)
      throws IOException {
    byte[] page =
        ("<!doctype html><html><head><title>"
                + escape(text)
                + "</title></head><body><p>"
                + escape(text)
                + "</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    record(exchange, status);
    exchange.sendResponseHeaders(status, head ? -1 : page.length);
    if (!head) {
      exchange.getResponseBody().write(page);
    }
    return status;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Configures a {@link DeployedSite}. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private final Map<String, Integer> broken = new LinkedHashMap<>();
    private final Map<String, String> redirects = new LinkedHashMap<>();
    private final Set<String> loops = new HashSet<>();
    private final Map<String, Duration> slow = new LinkedHashMap<>();
    private boolean headNotAllowed;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private boolean notFoundByDefault;
    private final Map<String, ThrottleRule> throttled = new LinkedHashMap<>();

    private Builder() {}

    /** Port to bind; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = LocalHttpServer.checkPort(port);
      return this;
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** {@code path} answers {@code status} (4xx or 5xx). */
    public Builder brokenPath(String path, int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "status of a broken path must be within [400, 599], was " + status);
      }
      broken.put(checkPath(path), status);
      return this;
    }

    /** {@code from} answers 301 to {@code to} (a path or an absolute URL). */
    public Builder redirect(String from, String to) {
      redirects.put(checkPath(from), Objects.requireNonNull(to, "to"));
      return this;
    }

    /** {@code path} redirects (302) to itself forever. */
    public Builder redirectLoop(String path) {
      loops.add(checkPath(path));
      return this;
    }

    /** {@code path} answers after {@code delay} of real time. */
    public Builder slowPath(String path, Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, was " + delay);
      }
      slow.put(checkPath(path), delay);
      return this;
    }

    /**
     * The first {@code times} requests to {@code path} answer 429 Too Many Requests, with {@code
     * Retry-After: retryAfter} unless it is null (e.g. {@code "0"}, {@code "120"} or an HTTP-date);
     * later ones answer as configured otherwise.
     */
    public Builder throttle(String path, int times, String retryAfter) {
      if (times < 1) {
        throw new IllegalArgumentException("times must be at least 1, was " + times);
      }
      throttled.put(checkPath(path), new ThrottleRule(times, retryAfter));
      return this;
    }

    /** Answers 405 to every HEAD request, like servers that only serve GET. */
    public Builder headNotAllowed() {
      this.headNotAllowed = true;
      return this;
    }

    /** {@code path} answers 200 with an HTML page titled {@code title}. */
    public Builder page(String path, String title) {
      titles.put(checkPath(path), Objects.requireNonNull(title, "title"));
      return this;
    }

    /**
     * {@code path} answers 200 with {@code body} as {@code contentType}, e.g. robots.txt or a
     * sitemap.
     */
    public Builder resource(String path, String contentType, String body) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return resource(path, contentType, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * {@code path} answers 200 with the bytes {@code body} supplies, opened anew for every GET and
     * streamed: a generated body of any size (a huge or gzip sitemap) never sits in memory.
     */
    public Builder resource(String path, String contentType, Supplier<InputStream> body) {
      resources.put(
          checkPath(path),
          new Resource(
              Objects.requireNonNull(contentType, "contentType"),
              Objects.requireNonNull(body, "body")));
      return this;
    }

    /** Paths not configured otherwise answer 404 instead of 200, like a real site. */
    public Builder notFoundByDefault() {
      this.notFoundByDefault = true;
      return this;
    }

    /**
     * Serves the 301 rules of a Netlify / Cloudflare Pages {@code _redirects} file ({@code /old
     * /new 301} a line; blank lines and {@code #} comments skipped), as a host applying it would: a
     * rule wins over a broken path. Only exact paths with status 301 are accepted, so a test that
     * applies a generated file proves the file itself.
     *
     * @throws IllegalArgumentException naming the line that is not such a rule
     */
    public Builder netlifyRedirects(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\\s+");
        if (fields.length != 3
            || !fields[2].equals("301")
            || !fields[0].startsWith("/")
            || !fields[1].startsWith("/")
            || line.contains("*")) {
          throw new IllegalArgumentException(
              file.getFileName() + " line " + (i + 1) + " is not '/from /to 301': " + line);
        }
        loops.remove(fields[0]);
        redirect(fields[0], fields[1]);
      }
      return this;
    }

    /** Applies the {@code site} section of a scenario file. */
    public Builder fromScenario(Path file) {
      return apply(Scenario.read(file));
    }

    /** Applies the {@code site} section of a scenario given as JSON text. */
    public Builder fromScenario(String json) {
      return apply(Scenario.parse(json));
    }

    private Builder apply(Scenario scenario) {
      Map<String, Object> site = scenario.site();
      Scenario.check(
          site,
          "site",
          "broken_paths",
          "redirects",
          "redirect_loops",
          "slow_paths",
          "head_not_allowed");
      if (site.containsKey("broken_paths")) {
        Scenario.object(site.get("broken_paths"), "site.broken_paths")
            .forEach(
                (path, status) ->
                    brokenPath(
                        path, (int) Scenario.number(status, "site.broken_paths." + path, 404)));
      }
      if (site.containsKey("redirects")) {
        Scenario.object(site.get("redirects"), "site.redirects")
            .forEach(
                (from, to) -> redirect(from, Scenario.string(to, "site.redirects." + from, null)));
      }
      for (Object loop : Scenario.list(site.get("redirect_loops"), "site.redirect_loops")) {
        redirectLoop(Scenario.string(loop, "site.redirect_loops[]", null));
      }
      if (site.containsKey("slow_paths")) {
        Scenario.object(site.get("slow_paths"), "site.slow_paths")
            .forEach(
                (path, delay) ->
                    slowPath(path, Scenario.duration(delay, "site.slow_paths." + path)));
      }
      if (Boolean.TRUE.equals(site.get("head_not_allowed"))) {
        headNotAllowed();
      }
      return this;
    }

    private static String checkPath(String path) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/', was " + path);
      }
      return path;
    }

    public DeployedSite build() {
      return new DeployedSite(this);
    }
  }
}
