package io.spsbacklinks.cli;

import io.spsbacklinks.core.model.Mode;
import picocli.CommandLine.Option;

/** {@code --target} and {@code --mode} of the single-target commands. */
final class TargetOptions {
  @Option(
      names = {"-t", "--target"},
      required = true,
      paramLabel = "TARGET",
      order = 1,
      description = "Root domain, host or URL the request is about.")
  String target;

  @Option(
      names = {"-m", "--mode"},
      paramLabel = "domain|host|url",
      order = 2,
      description = "domain (with subdomains), host or url (default: the API's, host).")
  Mode mode;
}
