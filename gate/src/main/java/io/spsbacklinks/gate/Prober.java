package io.spsbacklinks.gate;

import io.spsbacklinks.gate.redirects.ProbePacing;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Requests backlinked URLs on the deployed site: HEAD, falling back to GET when HEAD is refused
 * (405, 501) or fails without timing out; redirects followed here (the client follows none) up to
 * the policy's limit, with loops detected, but only within the {@link ProbeScope} (a redirect off
 * the site is reported, not followed); a timeout or connection failure is retried once and then
 * reported as unknown, never as broken. A HEAD that times out is not retried as GET: a server too
 * slow for HEAD is as slow for GET, and the retry already doubles the wait. Requests go through the
 * run's {@link ProbePacing} (several at once; a 429 or 503 with Retry-After is waited for and sent
 * again); a 429 that persists is {@link ProbeOutcome#THROTTLED}, unknown like a timeout.
 */
final class Prober {
  static final String USER_AGENT = "sps-backlinks-gate/0.1";

  private final OkHttpClient http;
  private final int maxRedirects;
  private final ProbePacing pacing;
  private final Duration timeout;
  private final ProbeScope scope;

  Prober(OkHttpClient base, BrokenTargetsPolicy policy, ProbeScope scope, ProbePacing pacing) {
    this.timeout = policy.requestTimeout();
    this.http =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout)
            .build();
    this.maxRedirects = policy.maxRedirects();
    this.pacing = pacing;
    this.scope = scope;
  }

  /** One URL's probe result. */
  record Probe(
      ProbeOutcome outcome,
      String probedUrl,
      int status,
      List<String> chain,
      String detail,
      int attempts) {}

  /** Probes every URL, paced ({@link ProbePacing}); results in input order. */
  List<Probe> probeAll(List<HttpUrl> urls) {
    return pacing.map(urls, this::probe);
  }

  /** Probes one URL, retrying once when the first attempt cannot tell. */
  Probe probe(HttpUrl url) {
    Probe first = attempt(url, 1);
    return first.outcome().isUnknown() ? attempt(url, 2) : first;
  }

  private Probe attempt(HttpUrl url, int attempt) {
    HttpUrl current = scope.rewrite(url);
    String probed = current.toString();
    List<String> chain = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    Set<HttpUrl> seen = new HashSet<>();
    seen.add(current);
    while (true) {
      Hop hop = request(current);
      steps.add(hop.note());
      String detail = String.join(" -> ", steps);
      if (hop.outcome() != null) {
        return new Probe(hop.outcome(), probed, 0, chain, detail, attempt);
      }
      int code = hop.code();
      boolean redirects = !chain.isEmpty();
      if (code >= 300 && code < 400 && code != 304) {
        HttpUrl next = hop.location() == null ? null : current.resolve(hop.location());
        if (next == null) {
          return new Probe(
              ProbeOutcome.BAD_REDIRECT,
              probed,
              code,
              chain,
              detail + (hop.location() == null ? " without Location" : " to unusable Location"),
              attempt);
        }
        next = scope.rewrite(next);
        chain.add(next.toString());
        if (!scope.follows(next)) {
          return new Probe(
              ProbeOutcome.OFF_SITE_REDIRECT,
              probed,
              code,
              chain,
              detail + " to another site (reported, not followed)",
              attempt);
        }
        if (!seen.add(next)) {
          return new Probe(
              ProbeOutcome.REDIRECT_LOOP, probed, code, chain, detail + " (loop)", attempt);
        }
        if (chain.size() > maxRedirects) {
          return new Probe(
              ProbeOutcome.TOO_MANY_REDIRECTS,
              probed,
              code,
              chain,
              detail + " (more than " + maxRedirects + " redirects)",
              attempt);
        }
        current = next;
        continue;
      }
      if (code == 429) {
        return new Probe(
            ProbeOutcome.THROTTLED,
            probed,
            code,
            chain,
            detail + " (still after backing off)",
            attempt);
      }
      ProbeOutcome outcome =
          code < 400
              ? ProbeOutcome.OK
              : redirects ? ProbeOutcome.REDIRECT_TO_ERROR : ProbeOutcome.HTTP_ERROR;
      return new Probe(outcome, probed, code, chain, detail, attempt);
    }
  }

  /** One request: a status and Location, or an unknown outcome. */
  private record Hop(int code, String location, String note, ProbeOutcome outcome) {}

  private Hop request(HttpUrl url) {
    String headNote;
    try (Response r = pacing.execute(http, newRequest(url).head().build())) {
      if (r.code() != 405 && r.code() != 501) {
        return new Hop(r.code(), r.header("Location"), "HEAD " + r.code(), null);
      }
      headNote = "HEAD " + r.code() + ", ";
    } catch (InterruptedIOException e) {
      return timedOut("HEAD");
    } catch (IOException e) {
      headNote = "HEAD failed (" + failure(e) + "), ";
    }
    try (Response r = pacing.execute(http, newRequest(url).get().build())) {
      return new Hop(r.code(), r.header("Location"), headNote + "GET " + r.code(), null);
    } catch (InterruptedIOException e) {
      return timedOut(headNote + "GET");
    } catch (IOException e) {
      return new Hop(
          0, null, headNote + "GET failed (" + failure(e) + ")", ProbeOutcome.UNREACHABLE);
    }
  }

  private Hop timedOut(String what) {
    return new Hop(
        0, null, what + " timed out after " + Durations.format(timeout), ProbeOutcome.TIMEOUT);
  }

  private static Request.Builder newRequest(HttpUrl url) {
    return new Request.Builder().url(url).header("User-Agent", USER_AGENT);
  }

  private static String failure(IOException e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
