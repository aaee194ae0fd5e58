package io.spsbacklinks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** I/O errors name the file and the reason, also when the exception carries no message. */
class ErrorsTest {
  @Test
  void fileSystemExceptionsWithoutAReasonAreNamedByTheirType() {
    assertThat(Errors.ioMessage(new NoSuchFileException("/proc/nope")))
        .isEqualTo("/proc/nope: no such file or directory");
    assertThat(Errors.ioMessage(new AccessDeniedException("/root/secret")))
        .isEqualTo("/root/secret: access denied");
    assertThat(Errors.ioMessage(new NotDirectoryException("/etc/hosts/x")))
        .isEqualTo("/etc/hosts/x: not a directory");
    assertThat(Errors.ioMessage(new FileAlreadyExistsException("/a", "/b", null)))
        .isEqualTo("/a -> /b: already exists");
    assertThat(Errors.ioMessage(new FileSystemException("/tmp", null, "Is a directory")))
        .isEqualTo("/tmp: Is a directory");
    assertThat(Errors.ioMessage(new IOException("Broken pipe"))).isEqualTo("Broken pipe");
    assertThat(Errors.reason(new NoSuchFileException("/x"))).isEqualTo("no such file or directory");
  }

  @Test
  void anUncheckedIoExceptionOfAMessagelessCauseIsReportedByTheCause() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Session session =
        new Session(
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            Platform.of(Terminal.NONE))) {
      int exit =
          Errors.report(new UncheckedIOException(new NoSuchFileException("/proc/nope")), session);

      assertThat(exit).isEqualTo(BacklinksCli.EXIT_API_ERROR);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("backlinks: I/O error: /proc/nope: no such file or directory\n");
    }
  }
}
