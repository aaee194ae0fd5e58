package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input exits 2 with a message naming the parameter and its allowed values, and sends nothing.
 */
class BadInputTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(
            List.of("metrics", "-t", "example.com", "--mode", "subdomain"),
            "--mode",
            "domain, host, url"),
        Arguments.of(List.of("metrics"), "--target", "at least one target"),
        Arguments.of(List.of("metrics", "-t", " "), "--target", "root domain, host or URL"),
        Arguments.of(
            List.of("backlinks", "-t", "example.com", "--limit", "0"), "--limit", "1..10000"),
        Arguments.of(
            List.of("backlinks", "-t", "example.com", "--limit", "10001"), "--limit", "1..10000"),
        Arguments.of(
            List.of("backlinks", "-t", "example.com", "--limit", "ten"), "--limit", "'ten'"),
        Arguments.of(
            List.of("backlinks", "-t", "example.com", "--per-domain", "101"),
            "--per-domain",
            "1..100"),
        Arguments.of(
            List.of("backlinks", "-t", "example.com", "--order-by", "new_lost_date"),
            "--order-by",
            "date_found, domain_inlink_rank, inlink_rank"),
        Arguments.of(List.of("backlinks"), "--target", "Missing required option"),
        Arguments.of(
            List.of("refdomains", "-t", "example.com", "--order-by", "x"),
            "--order-by",
            "date_found"),
        Arguments.of(
            List.of("raw-backlinks", "-t", "example.com", "--limit", "100001"),
            "--limit",
            "1..100000"),
        Arguments.of(
            List.of("raw-backlinks", "-t", "example.com", "--max-pages", "0"),
            "--max-pages",
            "1 or more"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--date-from", "2026-02-30"),
            "--date-from",
            "YYYY-MM-DD"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--new-lost-type", "gone"),
            "--new-lost-type",
            "new, lost"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--link-type", "canonical"),
            "--link-type",
            "href, redirect"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--anchor-type", "video"),
            "--anchor-type",
            "text, image, undefined"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--dofollow", "yes"),
            "--dofollow",
            "dofollow, nofollow, undefined"),
        Arguments.of(
            List.of("new-lost-backlinks", "-t", "example.com", "--order-by", "date_found"),
            "--order-by",
            "new_lost_date, domain_inlink_rank, inlink_rank"),
        Arguments.of(
            List.of("new-lost-refdomains", "-t", "example.com", "--order-by", "inlink_rank"),
            "--order-by",
            "new_lost_date, domain_inlink_rank"),
        Arguments.of(
            List.of(
                "new-lost-refdomains",
                "-t",
                "example.com",
                "--date-from",
                "2026-11-20",
                "--date-to",
                "2026-11-01"),
            "date",
            ""),
        Arguments.of(List.of("download-all"), "--target", "--task-id"),
        Arguments.of(
            List.of("download-all", "-t", "example.com", "--task-id", "X"),
            "--target",
            "--task-id"),
        Arguments.of(
            List.of("download-all", "-t", "example.com", "--poll-timeout", "soon"),
            "--poll-timeout",
            "30s"),
        Arguments.of(
            List.of("metrics", "-t", "example.com", "--format", "xml"),
            "--format",
            "table, json, jsonl, csv"),
        Arguments.of(
            List.of("--output", "yaml", "metrics", "-t", "example.com"), "--output", "json, xml"),
        Arguments.of(
            List.of("metrics", "-t", "example.com", "--bogus"), "--bogus", "Unknown option"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--broken-urls", "5:1"),
            "--broken-urls",
            "warn level"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--broken-urls", "many"),
            "--broken-urls",
            "WARN:FAIL"),
        Arguments.of(List.of("gate", "-t", "example.com", "--top-n", "0"), "--top-n", "1..10000"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--lookback-days", "400"),
            "--lookback-days",
            "1..365"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--ignore-reason", "bored"),
            "--ignore-reason",
            "page_not_found"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--source", "all"),
            "--source",
            "top-backlinks, all-raw"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--deployed-url", "not a url"),
            "--deployed-url",
            "http"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--warn-exit-code", "300"),
            "--warn-exit-code",
            "0..255"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--policy", "/no/such/policy.yaml"),
            "--policy",
            "no such file"),
        Arguments.of(
            List.of("--max-attempts", "0", "metrics", "-t", "example.com"),
            "--max-attempts",
            "1..10"),
        Arguments.of(
            List.of("metrics", "-t", "example.com", "--max-attempts", "11"),
            "--max-attempts",
            "1..10"),
        Arguments.of(
            List.of("gate", "-t", "example.com", "--max-attempts", "many"),
            "--max-attempts",
            "'many'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void exitsTwoNamingTheParameterWithoutARequest(
      List<String> args, String parameter, String allowed) {
    long before = SANDBOX.sandbox().requestCount();

    Cli.Result result =
        Cli.against(SANDBOX.sandbox()).api(SANDBOX.sandbox(), args.toArray(String[]::new));

    assertThat(result.exit()).as(result.toString()).isEqualTo(2);
    assertThat(result.err()).contains(parameter).contains(allowed);
    assertThat(result.out()).isEmpty();
    assertThat(SANDBOX.sandbox().requestCount()).isEqualTo(before);
  }

  @Test
  void aMissingKeyIsAUsageErrorThatSaysWhereTheKeyComesFrom() {
    Cli.Result result = Cli.plain().run("--endpoint", SANDBOX.endpoint(), "subscription");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("SPS_API_KEY").contains("--api-key");
  }

  @Test
  void noCommandPrintsUsageAndExitsTwo() {
    Cli.Result result = Cli.plain().run();
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("Usage: backlinks").contains("Exit codes:");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(Cli.plain().run("--help").out()).contains("raw-backlinks").contains("Exit codes:");
    Cli.Result version = Cli.plain().run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("backlinks ");
    List<String> subcommands =
        new ArrayList<>(
            List.of(
                "metrics",
                "inlink-rank",
                "backlinks",
                "refdomains",
                "raw-backlinks",
                "download-all",
                "new-lost-backlinks",
                "new-lost-refdomains",
                "subscription",
                "gate",
                "demo",
                "sandbox"));
    for (String command : subcommands) {
      Cli.Result help = Cli.plain().run(command, "--help");
      assertThat(help.exit()).as(command).isZero();
      assertThat(help.out()).contains("Usage: backlinks " + command);
    }
  }
}
