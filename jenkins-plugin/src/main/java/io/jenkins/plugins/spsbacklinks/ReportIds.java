package io.jenkins.plugins.spsbacklinks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Names one gate invocation's files and URL inside a build: stable across builds for the same
 * target and mode, so baselines and trends find their predecessors.
 */
public final class ReportIds {
  private static final int MAX_SLUG = 60;

  private ReportIds() {}

  /** E.g. {@code example.com-host}; only {@code [a-z0-9.-]}, at most 69 characters. */
  public static String of(String target, String mode) {
    String raw = (target + "-" + mode).toLowerCase(Locale.ROOT);
    String slug = raw.replaceAll("[^a-z0-9.]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
    if (slug.length() <= MAX_SLUG) {
      return slug;
    }
    // Long URL targets: keep a readable prefix and tell them apart by a checksum of the whole.
    CRC32 crc = new CRC32();
    crc.update(raw.getBytes(StandardCharsets.UTF_8));
    return slug.substring(0, MAX_SLUG) + "-" + Long.toHexString(crc.getValue());
  }

  /** The report page's URL name inside the build, e.g. {@code backlinks-example.com-host}. */
  public static String urlName(String reportId) {
    return "backlinks-" + reportId;
  }
}
