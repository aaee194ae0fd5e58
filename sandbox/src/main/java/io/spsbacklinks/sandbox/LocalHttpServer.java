package io.spsbacklinks.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK HTTP server as the sandbox and the deployed site run it: bound to a host and port (0
 * picks a free one), answered on daemon threads, started once and stopped with in-flight responses
 * cut.
 */
final class LocalHttpServer {
  static {
    // The JDK server leaves Nagle's algorithm on, adding ~40 ms to every small response (measured
    // in bench/); it reads this property once, when its first server is created. A value the
    // embedding JVM set itself wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final String threadName;
  private final String host;
  private final int requestedPort;
  private HttpServer server;
  private ExecutorService executor;

  /**
   * @param name what the server plays, for messages, e.g. {@code sandbox}
   * @param threadName prefix of its threads' names
   */
  LocalHttpServer(String name, String threadName, String host, int port) {
    this.name = name;
    this.threadName = threadName;
    this.host = host;
    this.requestedPort = port;
  }

  /** Checks a port to bind: 0 picks a free one. */
  static int checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be within [0, 65535], was " + port);
    }
    return port;
  }

  /**
   * Binds and starts answering every path with {@code handler}.
   *
   * @throws UncheckedIOException when the port cannot be bound
   */
  synchronized void start(HttpHandler handler) {
    if (server != null) {
      throw new IllegalStateException(name + " already started");
    }
    try {
      server = HttpServer.create(new InetSocketAddress(host, requestedPort), 64);
    } catch (IOException e) {
      // Usually the port is taken (another sandbox still running): say how to get any free one.
      throw new UncheckedIOException(
          "cannot bind the "
              + name
              + " to "
              + host
              + ":"
              + requestedPort
              + " (is the port in use? --port 0 picks a free one)",
          e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, threadName + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", handler);
    server.start();
  }

  /**
   * Stops answering, cutting in-flight responses, and waits briefly for the handlers to end;
   * idempotent.
   */
  synchronized void stop() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
    }
  }

  /** The bound port. */
  synchronized int port() {
    if (server == null) {
      throw new IllegalStateException(name + " not started");
    }
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>}, without a trailing slash; an IPv6 host in brackets. */
  String baseUrl() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }
}
