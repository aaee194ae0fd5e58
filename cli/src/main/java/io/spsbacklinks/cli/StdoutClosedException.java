package io.spsbacklinks.cli;

import java.io.IOException;

/** The reader of stdout went away (e.g. {@code | head}); the command stops quietly. */
final class StdoutClosedException extends IOException {
  private static final long serialVersionUID = 1L;

  StdoutClosedException() {
    super("stdout was closed");
  }
}
