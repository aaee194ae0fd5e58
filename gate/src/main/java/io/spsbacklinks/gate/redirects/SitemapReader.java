package io.spsbacklinks.gate.redirects;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads the deployed site's sitemaps: robots.txt {@code Sitemap:} lines and {@code /sitemap.xml},
 * following sitemap indexes, gzip or not, with a streaming (StAX) parser. Bounded: at most {@link
 * SitemapLimits#maxSitemaps()} files, {@link SitemapLimits#maxUrls()} distinct page URLs kept,
 * {@link SitemapLimits#maxBytes()} bytes parsed in all (after decompression, so a gzip bomb stops
 * too), and {@link SitemapLimits#timeBudget()}; a limit reached stops reading and is reported,
 * never an error. Only sitemaps on the site itself are requested.
 */
final class SitemapReader {
  private final OkHttpClient http;
  private final HttpUrl base;
  private final Predicate<HttpUrl> onSite;
  private final SitemapLimits limits;
  private final LongSupplier nanoTime;

  private final Set<String> pages = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private long bytes;
  private long urlsSeen;
  private long offSite;
  private int files;
  private String stopped;
  private long deadline;

  SitemapReader(
      OkHttpClient http,
      HttpUrl base,
      Predicate<HttpUrl> onSite,
      SitemapLimits limits,
      LongSupplier nanoTime) {
    this.http =
        http.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .callTimeout(limits.timeBudget())
            .build();
    this.base = base;
    this.onSite = onSite;
    this.limits = limits;
    this.nanoTime = nanoTime;
  }

  /** The pages the sitemaps list, as encoded paths with query; in sitemap order. */
  Set<String> pages() {
    return pages;
  }

  SitemapStats stats() {
    return new SitemapStats(files, urlsSeen, pages.size(), offSite, bytes, stopped, problems);
  }

  /** Reads robots.txt, then every sitemap it names and {@code /sitemap.xml}, breadth first. */
  SitemapReader read() {
    deadline = nanoTime.getAsLong() + limits.timeBudget().toNanos();
    Deque<HttpUrl> queue = new ArrayDeque<>();
    Set<HttpUrl> queued = new HashSet<>();
    for (HttpUrl sitemap : robotsSitemaps()) {
      enqueue(sitemap, queue, queued);
    }
    enqueue(Paths.onBase(base, "/sitemap.xml"), queue, queued);
    while (!queue.isEmpty() && stopped == null) {
      if (files >= limits.maxSitemaps()) {
        stop("sitemap files (" + limits.maxSitemaps() + ")");
        break;
      }
      HttpUrl sitemap = queue.removeFirst();
      files++;
      for (HttpUrl child : parse(sitemap)) {
        enqueue(child, queue, queued);
      }
    }
    return this;
  }

  private void enqueue(HttpUrl url, Deque<HttpUrl> queue, Set<HttpUrl> queued) {
    HttpUrl local = onSite(url);
    if (local != null && queued.add(local)) {
      queue.addLast(local);
    }
  }

  // A URL on one of the site's hosts, moved onto the deployed base; null for another site's URL.
  private HttpUrl onSite(HttpUrl url) {
    if (url == null || !onSite.test(url)) {
      offSite++;
      return null;
    }
    return Paths.onBase(base, Paths.pathAndQuery(url));
  }

  private List<HttpUrl> robotsSitemaps() {
    List<HttpUrl> found = new ArrayList<>();
    try (Response r = get(Paths.onBase(base, "/robots.txt"))) {
      if (r.code() != 200) {
        return found;
      }
      String text =
          new String(r.body().byteStream().readNBytes(512 * 1024), StandardCharsets.UTF_8);
      for (String line : text.split("\r?\n|\r")) {
        String[] kv = line.split(":", 2);
        if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("sitemap")) {
          found.add(base.resolve(kv[1].strip()));
        }
      }
    } catch (IOException e) {
      problems.add("robots.txt: " + e.getClass().getSimpleName());
    }
    return found;
  }

  // The child sitemaps of an index; page URLs go straight into pages.
  private List<HttpUrl> parse(HttpUrl sitemap) {
    List<HttpUrl> children = new ArrayList<>();
    String name = sitemap.encodedPath();
    try (Response r = get(sitemap)) {
      String location = r.header("Location");
      if (r.isRedirect() && location != null) {
        // e.g. /sitemap.xml -> /sitemap_index.xml: queued like an index entry, so off-site and
        // loops stop there.
        children.add(sitemap.resolve(location));
        return children;
      }
      if (r.code() != 200) {
        if (!name.equals("/sitemap.xml") || r.code() != 404) {
          problems.add(name + ": HTTP " + r.code());
        }
        return children;
      }
      try (InputStream in = capped(r.body().byteStream())) {
        XMLStreamReader xml = factory().createXMLStreamReader(in);
        boolean inIndexEntry = false;
        while (xml.hasNext() && stopped == null) {
          int event = xml.next();
          if (event != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String element = xml.getLocalName();
          if (element.equals("sitemap")) {
            inIndexEntry = true;
          } else if (element.equals("url")) {
            inIndexEntry = false;
          } else if (element.equals("loc")) {
            // Relative locations break the protocol but occur; resolved against the sitemap.
            HttpUrl loc = sitemap.resolve(xml.getElementText().strip());
            if (inIndexEntry) {
              children.add(loc);
            } else {
              page(loc);
            }
            checkTime();
          }
        }
      }
    } catch (IOException | XMLStreamException e) {
      // The parser may wrap the stream's exception: the counters tell which limit ended the read.
      if (bytes >= limits.maxBytes()) {
        stop("bytes (" + limits.maxBytes() + ")");
        return children;
      }
      if (e instanceof InterruptedIOException || nanoTime.getAsLong() - deadline > 0) {
        stop("time (" + limits.timeBudget() + ")");
        return children;
      }
      problems.add(
          name
              + ": "
              + (e instanceof XMLStreamException
                  ? "not a sitemap (" + firstLine(e) + ")"
                  : e.getClass().getSimpleName()));
    }
    return children;
  }

  private void page(HttpUrl loc) {
    urlsSeen++;
    HttpUrl local = onSite(loc);
    if (local == null) {
      return;
    }
    if (pages.size() >= limits.maxUrls()) {
      stop("URLs (" + limits.maxUrls() + ")");
      return;
    }
    pages.add(Paths.pathAndQuery(local));
  }

  private void checkTime() {
    if (nanoTime.getAsLong() - deadline > 0) {
      stop("time (" + limits.timeBudget() + ")");
    }
  }

  private void stop(String limit) {
    if (stopped == null) {
      stopped = limit;
    }
  }

  private Response get(HttpUrl url) throws IOException {
    return http.newCall(
            new Request.Builder().url(url).header("User-Agent", SiteProbe.USER_AGENT).get().build())
        .execute();
  }

  // Gzip is recognised by its magic bytes: servers send .gz sitemaps under many content types.
  private InputStream capped(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return new Counting(gzip ? new GZIPInputStream(in) : in);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // A sitemap needs neither a DTD nor entities; both are ways to make a parser fetch or expand.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).toLowerCase(Locale.ROOT).strip();
  }

  /** Counts every byte handed to the parser against the shared byte cap. */
  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      long left = limits.maxBytes() - bytes;
      if (left <= 0) {
        throw new IOException("byte cap reached");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        bytes += n;
      }
      return n;
    }
  }
}
