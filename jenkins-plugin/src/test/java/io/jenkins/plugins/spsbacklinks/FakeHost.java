package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A build for {@link GateExecution} without Jenkins: a directory, a log and recorded calls. */
final class FakeHost implements GateHost {
  final Path buildDir;
  final String buildUrl;
  final List<PastRun> previous = new ArrayList<>();
  final List<String> results = new ArrayList<>();
  final List<GateRunSummary> attached = new ArrayList<>();
  final List<String> links = new ArrayList<>();
  BuildOutcome current;
  String rootUrl;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

  FakeHost(Path buildDir, String buildUrl) {
    this.buildDir = buildDir;
    this.buildUrl = buildUrl;
  }

  String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Override
  public PrintStream logger() {
    return out;
  }

  @Override
  public void hyperlink(String url, String text) {
    links.add(url);
    out.print(text);
  }

  @Override
  public Path reportDirectory(String reportId) throws java.io.IOException {
    return Files.createDirectories(buildDir.resolve(reportId));
  }

  @Override
  public Iterable<PastRun> previousRuns() {
    return previous;
  }

  @Override
  public BuildOutcome currentResult() {
    return current;
  }

  @Override
  public void setResult(BuildOutcome outcome, String message) {
    results.add(outcome + ": " + message);
    current = outcome;
  }

  @Override
  public String attachReport(GateRunSummary summary) {
    attached.add(summary);
    return buildUrl + ReportIds.urlName(summary.getReportId()) + "/";
  }

  @Override
  public Optional<String> rootUrl() {
    return Optional.ofNullable(rootUrl);
  }

  /** This build as an earlier build of the next one. */
  PastRun asPastRun(String label) {
    Map<String, Verdict> verdicts = new java.util.HashMap<>();
    attached.forEach(s -> verdicts.put(s.getReportId(), s.getVerdict()));
    return new FakePastRun(label, buildDir, verdicts);
  }

  /** An earlier build whose reports live under {@code buildDir}. */
  record FakePastRun(String label, Path buildDir, Map<String, Verdict> verdicts) implements PastRun {
    @Override
    public Optional<Path> baselineFile(String reportId) {
      Path file = buildDir.resolve(reportId).resolve(GateExecution.BASELINE_FILE);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Optional<Verdict> verdict(String reportId) {
      return Optional.ofNullable(verdicts.get(reportId));
    }
  }
}
