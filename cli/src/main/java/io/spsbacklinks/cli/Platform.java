package io.spsbacklinks.cli;

import io.spsbacklinks.core.Sleeper;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * What the CLI takes from the machine besides its arguments and streams, so tests can run the real
 * entry point without a terminal, without real waiting and at a fixed date.
 *
 * @param terminal which streams are terminals
 * @param sleeper how the client waits between retries and export polls
 * @param clock the gate's "now" against the real API (a sandbox brings its own date)
 * @param nanoTime the monotonic clock of the progress line
 */
public record Platform(Terminal terminal, Sleeper sleeper, Clock clock, LongSupplier nanoTime) {

  /** The real machine. */
  public static Platform system() {
    return new Platform(
        Terminal.detect(), Sleeper.SYSTEM, Clock.systemDefaultZone(), System::nanoTime);
  }

  /**
   * The real machine with the streams' terminal status given, e.g. for {@link BacklinksCli#run}.
   */
  public static Platform of(Terminal terminal) {
    return new Platform(terminal, Sleeper.SYSTEM, Clock.systemDefaultZone(), System::nanoTime);
  }
}
