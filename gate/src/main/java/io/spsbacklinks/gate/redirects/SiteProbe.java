package io.spsbacklinks.gate.redirects;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * GETs paths on the deployed site only: redirects are followed here (the client follows none) and a
 * redirect off the site ends the probe unverified, so no other host is ever requested. Results are
 * cached per path, as one candidate is often the best match of several broken URLs.
 */
final class SiteProbe {
  static final String USER_AGENT = "sps-backlinks-redirects/0.1";
  private static final int MAX_HOPS = 5;
  private static final int TITLE_BYTES = 64 * 1024;
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final OkHttpClient http;
  private final HttpUrl base;
  // Futures, not results: a path asked for by two threads at once is requested once, and a slow
  // request never holds up the others (ConcurrentHashMap.computeIfAbsent would).
  private final Map<String, FutureTask<Result>> cache = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final ProbePacing pacing;

  SiteProbe(OkHttpClient http, HttpUrl base, ProbePacing pacing) {
    this.http = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.base = base;
    this.pacing = pacing;
  }

  /**
   * What one path answered.
   *
   * @param status the last status seen, 0 if none
   * @param finalPath the path (with query) that answered last
   * @param title the HTML title of a 200 page, or null
   * @param detail e.g. {@code "301 -> /new, 200"}
   */
  record Result(int status, String finalPath, String title, String detail) {
    boolean ok() {
      return status == 200;
    }

    boolean redirected(String path) {
      return !finalPath.equals(path);
    }
  }

  /** Probes {@code pathAndQuery} (starting with '/') on the deployed site; thread-safe. */
  Result probe(String pathAndQuery) {
    FutureTask<Result> task = new FutureTask<>(() -> fetch(pathAndQuery));
    FutureTask<Result> known = cache.putIfAbsent(pathAndQuery, task);
    if (known == null) {
      task.run();
      known = task;
    }
    try {
      return known.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while probing " + pathAndQuery);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** Probes every path, paced; afterwards {@link #probe} answers them from the cache. */
  void probeAll(Collection<String> paths) {
    pacing.map(List.copyOf(new LinkedHashSet<>(paths)), this::probe);
  }

  /** Requests sent so far. */
  int requests() {
    return requests.get();
  }

  private Result fetch(String start) {
    String path = start;
    List<String> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      if (!seen.add(path)) {
        return new Result(0, path, null, String.join(", ", steps) + " (redirect loop)");
      }
      HttpUrl url = Paths.onBase(base, path);
      requests.incrementAndGet();
      try (Response r =
          pacing.execute(
              http,
              new Request.Builder().url(url).header("User-Agent", USER_AGENT).get().build())) {
        int code = r.code();
        String location = r.header("Location");
        if (code >= 300 && code < 400 && location != null) {
          HttpUrl next = url.resolve(location);
          if (next == null || !Paths.sameOrigin(next, base)) {
            steps.add(code + " off the site");
            return new Result(code, path, null, String.join(", ", steps));
          }
          steps.add(code + " -> " + Paths.pathAndQuery(next));
          path = Paths.pathAndQuery(next);
          continue;
        }
        steps.add(String.valueOf(code));
        String title = code == 200 ? title(r.body(), r.header("Content-Type")) : null;
        return new Result(code, path, title, String.join(", ", steps));
      } catch (IOException e) {
        steps.add("failed (" + e.getClass().getSimpleName() + ")");
        return new Result(0, path, null, String.join(", ", steps));
      }
    }
    return new Result(
        0, path, null, String.join(", ", steps) + " (more than " + MAX_HOPS + " redirects)");
  }

  // Only the head of an HTML page is read: the title is all the matcher wants.
  private static String title(ResponseBody body, String contentType) throws IOException {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).contains("html")) {
      return null;
    }
    try (InputStream in = body.byteStream()) {
      String head = new String(in.readNBytes(TITLE_BYTES), StandardCharsets.UTF_8);
      Matcher m = TITLE.matcher(head);
      return m.find() ? unescape(m.group(1).strip().replaceAll("\\s+", " ")) : null;
    }
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
