package io.spsbacklinks.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Progress progress =
      Progress.on(
          new PrintStream(bytes, true, StandardCharsets.UTF_8),
          "raw-backlinks",
          () -> 3 * 1024 * 1024,
          now::get);

  @Test
  void showsPagesRowsBytesRateAndEta() {
    progress.expect(OptionalLong.of(3000));
    progress.page();
    for (int i = 0; i < 1000; i++) {
      progress.row();
    }
    now.addAndGet(TimeUnit.SECONDS.toNanos(2));

    assertThat(progress.line(TimeUnit.SECONDS.toNanos(2)))
        .isEqualTo(
            "raw-backlinks · page 1 · 1,000 rows of 3,000 · 3.0 MiB · 500 rows/s · ETA 0:04");
  }

  @Test
  void redrawsAtMostEveryFifthOfASecondAndEndsTheLine() {
    progress.row();
    progress.row();
    assertThat(output()).isEmpty();
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(250));
    progress.row();
    assertThat(output()).startsWith("\rraw-backlinks · 3 rows");
    progress.finish();
    assertThat(output()).endsWith(System.lineSeparator());
  }

  @Test
  void unitsAndDurationsReadWell() {
    assertThat(Progress.bytesText(999)).isEqualTo("999 B");
    assertThat(Progress.bytesText(1536)).isEqualTo("1.5 KiB");
    assertThat(Progress.duration(3725)).isEqualTo("1:02:05");
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
