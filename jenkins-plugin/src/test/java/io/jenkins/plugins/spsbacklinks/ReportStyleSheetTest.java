package io.jenkins.plugins.spsbacklinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStyleSheetTest {
  @Test
  void movesTheEscapedInlineStyleIntoAFileAndAllowsOnlyIt(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("gate-report.html");
    Files.writeString(html, "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'\"/><style>a&gt;b{color:red}\ntd{font-family:&quot;x&quot;}</style></head>"
        + "<body><p>R&amp;D</p></body></html>");

    assertThat(ReportStyleSheet.extract(html)).isTrue();

    assertThat(Files.readString(dir.resolve(ReportStyleSheet.CSS_FILE))).isEqualTo("a>b{color:red}\ntd{font-family:\"x\"}");
    assertThat(Files.readString(html)).isEqualTo("<html><head><meta http-equiv=\"Content-Security-Policy\""
        + " content=\"default-src 'none'; style-src 'self'\"/><link rel=\"stylesheet\" href=\"gate-report.css\"/>"
        + "</head><body><p>R&amp;D</p></body></html>");
  }

  @Test
  void leavesAReportWithoutInlineStyleAlone(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("gate-report.html");
    Files.writeString(html, "<html><head></head><body/></html>");

    assertThat(ReportStyleSheet.extract(html)).isFalse();
    assertThat(dir.resolve(ReportStyleSheet.CSS_FILE)).doesNotExist();
  }
}
