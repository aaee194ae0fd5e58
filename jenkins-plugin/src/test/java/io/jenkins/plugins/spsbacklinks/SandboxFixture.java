package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.sandbox.DeployedSite;
import io.spsbacklinks.sandbox.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * The staged deploy the gate-run tests use: {@code shop.example} in the API sandbox and its deployed
 * site, both on 127.0.0.1, on the sandbox's default day 2026-11-28.
 *
 * <p>The JenkinsRule tests, whose gate reads the system clock, move the whole scenario to today.
 *
 * <p>Live backlinks point to /pricing (404 on the deployed site, from a rank-80 domain: weight 4),
 * / and /docs (200). Lost in the last 7 days: page_not_found, link_removed, noindex (counted) and
 * crawl_error (ignored by default): 3 counted lost backlinks, 3 counted lost referring domains. With
 * the default thresholds that is WARN (one broken URL, weight 4).
 */
final class SandboxFixture implements AutoCloseable {
  static final String TARGET = "shop.example";
  static final String SCENARIO = resource("shop-deploy.json");
  static final String EXPIRED_KEY = "expired-key";

  final Sandbox sandbox;
  final DeployedSite site = DeployedSite.builder().fromScenario(SCENARIO).build().start();
  final OkHttpClient http = new OkHttpClient();
  final Clock clock;

  /** The scenario on the sandbox's default day. */
  SandboxFixture() {
    this(Sandbox.DEFAULT_TODAY);
  }

  /** The scenario moved to {@code today}: every date shifts by the same number of days. */
  SandboxFixture(LocalDate today) {
    long shift = ChronoUnit.DAYS.between(Sandbox.DEFAULT_TODAY, today);
    Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(SCENARIO);
    String scenario = dates.replaceAll(m -> LocalDate.parse(m.group()).plusDays(shift).toString());
    sandbox = Sandbox.builder().scenario(scenario).today(today).build().start();
    clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
  }

  /**
   * Settings for the staged deploy against this sandbox, with the given thresholds. The first build
   * is enforced, because most tests judge one build; the first-build tests turn that off.
   */
  GateSettings settings(ThresholdSetting... thresholds) {
    GateSettings s = new GateSettings(TARGET);
    s.setDeployedBaseUrl(site.baseUrl());
    s.setEndpoint(sandbox.endpoint());
    s.setEnforceFirstBuild(true);
    s.setThresholds(java.util.List.of(thresholds));
    return s;
  }

  GateExecution execution() {
    return new GateExecution(http, clock);
  }

  @Override
  public void close() {
    site.close();
    sandbox.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  static String resource(String name) {
    try (InputStream in = SandboxFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
