package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.sandbox.SandboxExtension;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The progress line is drawn on stderr only when stderr is a terminal. */
class ProgressOnTerminalTest {
  @RegisterExtension static final SandboxExtension SANDBOX = SandboxExtension.create();

  @Test
  void drawnWhenStderrIsATerminalAndNeverOtherwise() {
    // Every reading of this clock is a second later, so each row redraws.
    AtomicLong ticks = new AtomicLong();
    Cli terminal =
        Cli.against(SANDBOX.sandbox())
            .platform(
                new Platform(
                    new Terminal(false, true),
                    d -> {},
                    Clock.systemUTC(),
                    () -> ticks.addAndGet(1_000_000_000L)));
    Cli.Result drawn =
        terminal.api(SANDBOX.sandbox(), "raw-backlinks", "-t", "example.com", "--limit", "100");
    assertThat(drawn.exit()).isZero();
    assertThat(drawn.err())
        .contains("raw-backlinks")
        .contains("rows of")
        .contains("rows/s")
        .contains("\r");
    assertThat(drawn.out()).doesNotContain("rows/s");

    Cli.Result off =
        terminal.api(
            SANDBOX.sandbox(),
            "--no-progress",
            "raw-backlinks",
            "-t",
            "example.com",
            "--limit",
            "100");
    assertThat(off.err()).isEmpty();

    Cli.Result piped =
        Cli.against(SANDBOX.sandbox())
            .api(SANDBOX.sandbox(), "raw-backlinks", "-t", "example.com", "--limit", "100");
    assertThat(piped.err()).isEmpty();
  }
}
