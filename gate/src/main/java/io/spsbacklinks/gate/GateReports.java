package io.spsbacklinks.gate;

import io.spsbacklinks.gate.redirects.RedirectPlan;
import io.spsbacklinks.gate.redirects.RuleFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link GateResult} as reports. None holds the API key: the result never has it. A run
 * that was not {@linkplain GateResult#enforced() enforced} (a first run under {@link
 * FirstRunAction#RECORD}) says so under its PASS verdict, and its tripped rules show their verdict
 * "(not enforced)".
 *
 * <ul>
 *   <li>JSON ({@code gate-report.json}): the whole result, schema {@code
 *       "sps-backlinks/gate-report@1"}; field names use the API's vocabulary in snake case; fields
 *       are only ever added within a schema version. An unknown rank (-1) is null. {@code
 *       first_run}, {@code enforced} and {@code rules_verdict} (the worst rule verdict, enforced or
 *       not) sit next to {@code verdict}; each rule has {@code enforced} too, and {@code status}
 *       (e.g. {@code NOT MEASURED (FAIL)}; {@code evaluated} is false for a rule not measured).
 *       Built from typed records serialized by Jackson.
 *   <li>Markdown ({@code gate-report.md}): a PR comment; tables list at most 50 rows each.
 *   <li>HTML ({@code gate-report.html}): a standalone XHTML page with tables and inline SVG charts
 *       of the metrics history; no script, no external asset.
 *   <li>JUnit XML ({@code gate-junit.xml}): one testcase per rule; FAIL = {@code <failure>} with
 *       the evidence, WARN = passing testcase with a {@code WARN:} system-out, not measured =
 *       {@code <failure type="NOT_MEASURED">} when that fails the gate, else {@code <skipped>}; on
 *       a run that was not enforced, FAIL and WARN are passing testcases whose system-out starts
 *       with {@code FAIL (not enforced):} or {@code WARN (not enforced):}.
 * </ul>
 */
public final class GateReports {
  /** The JSON report's {@code schema} value. */
  public static final String JSON_SCHEMA = JsonReport.SCHEMA;

  /** The JSON report's file name in {@link #writeAll}. */
  public static final String JSON_FILE = "gate-report.json";

  /** The Markdown report's file name in {@link #writeAll}. */
  public static final String MARKDOWN_FILE = "gate-report.md";

  /** The HTML report's file name in {@link #writeAll}. */
  public static final String HTML_FILE = "gate-report.html";

  /** The JUnit XML report's file name in {@link #writeAll}. */
  public static final String JUNIT_FILE = "gate-junit.xml";

  private GateReports() {}

  private interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private static void writeFile(Path file, Body body) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Fails now if reports cannot be written into {@code dir} (created if missing), so a front end
   * can refuse a run before it spends API units on a result it could not report.
   */
  public static void checkWritable(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.delete(Files.createTempFile(dir, ".gate-report", ".tmp"));
  }

  /** Writes the JSON report; does not close the writer. */
  public static void writeJson(GateResult result, Writer out) throws IOException {
    JsonReport.write(result, out);
  }

  /** Writes the JSON report as a UTF-8 file, atomically (see {@link #writeAll}). */
  public static void writeJson(GateResult result, Path file) throws IOException {
    writeFile(file, out -> JsonReport.write(result, out));
  }

  /** Writes the Markdown report; does not close the writer. */
  public static void writeMarkdown(GateResult result, Writer out) throws IOException {
    MarkdownReport.write(result, out);
  }

  /** Writes the Markdown report as a UTF-8 file, atomically (see {@link #writeAll}). */
  public static void writeMarkdown(GateResult result, Path file) throws IOException {
    writeFile(file, out -> MarkdownReport.write(result, out));
  }

  /** Writes the HTML report; does not close the writer. */
  public static void writeHtml(GateResult result, Writer out) throws IOException {
    HtmlReport.write(result, out);
  }

  /** Writes the HTML report as a UTF-8 file, atomically (see {@link #writeAll}). */
  public static void writeHtml(GateResult result, Path file) throws IOException {
    writeFile(file, out -> HtmlReport.write(result, out));
  }

  /** Writes the JUnit XML report; does not close the writer. */
  public static void writeJunitXml(GateResult result, Writer out) throws IOException {
    JunitReport.write(result, out);
  }

  /** Writes the JUnit XML report as a UTF-8 file, atomically (see {@link #writeAll}). */
  public static void writeJunitXml(GateResult result, Path file) throws IOException {
    writeFile(file, out -> JunitReport.write(result, out));
  }

  /**
   * Writes the redirect rules of {@code plan} in every {@link RuleFormat} into {@code dir}, each
   * under its {@link RuleFormat#fileName()}, atomically (see {@link #writeAll}), and returns their
   * paths in {@link RuleFormat} order.
   */
  public static List<Path> writeRedirectRules(RedirectPlan plan, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (RuleFormat format : RuleFormat.values()) {
      Path file = dir.resolve(format.fileName());
      writeFile(file, out -> format.write(plan.suggestions(), out));
      files.add(file);
    }
    return files;
  }

  /**
   * Writes the four reports into {@code dir} (created if missing) and returns their paths: JSON,
   * Markdown, HTML, JUnit XML, then, if the run {@linkplain GateResult#redirects() suggested
   * redirects}, the rule files of {@link #writeRedirectRules}. Each is written to a new temporary
   * file in {@code dir} and moved into place, so a symbolic link planted at a report's name is
   * replaced, never followed, and a reader never sees half a report.
   */
  public static List<Path> writeAll(GateResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path json = dir.resolve(JSON_FILE);
    Path markdown = dir.resolve(MARKDOWN_FILE);
    Path html = dir.resolve(HTML_FILE);
    Path junit = dir.resolve(JUNIT_FILE);
    writeJson(result, json);
    writeMarkdown(result, markdown);
    writeHtml(result, html);
    writeJunitXml(result, junit);
    List<Path> written = new ArrayList<>(List.of(json, markdown, html, junit));
    if (result.redirects() != null) {
      written.addAll(writeRedirectRules(result.redirects(), dir));
    }
    return List.copyOf(written);
  }
}
