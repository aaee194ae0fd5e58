package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} sample of the library guide and the README compiles against the current
 * API, so the docs cannot drift from the code. Each sample becomes the body of one method.
 */
class DocSamplesTest {

  private static final List<Path> DOCS =
      List.of(Path.of("..", "docs", "library.md"), Path.of("..", "README.md"));

  private static final String IMPORTS =
      "import io.spsbacklinks.core.*;\n"
          + "import io.spsbacklinks.core.model.*;\n"
          + "import java.time.*;\n"
          + "import java.util.*;\n"
          + "import java.util.stream.*;\n"
          + "import okhttp3.*;\n";

  /** One sample; its class name says where it is, e.g. {@code library_md_line_123}. */
  record Sample(Path doc, int line, String code) {
    String name() {
      return doc.getFileName().toString().replaceAll("\\W", "_") + "_line_" + line;
    }
  }

  @Test
  void everyJavaSampleOfTheDocsCompiles(@TempDir Path classes) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (Path doc : DOCS) {
      List<Sample> found = samples(doc, Files.readAllLines(doc));
      assertThat(found).as("java samples in %s", doc).isNotEmpty();
      samples.addAll(found);
    }

    List<JavaFileObject> sources = new ArrayList<>();
    for (Sample sample : samples) {
      // A sample that builds its own client gets none; the others are handed one.
      String parameter =
          sample.code().contains("BacklinksClient client =") ? "" : "BacklinksClient client";
      String name = sample.name();
      String source =
          IMPORTS
              + "class "
              + name
              + " {\n  void run("
              + parameter
              + ") throws Exception {\n"
              + sample.code()
              + "\n  }\n}\n";
      sources.add(new Source(name, source));
    }

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none");
      javac.getTask(null, files, diagnostics, options, null, sources).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getSource().getName() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertThat(errors).as("compile errors in the library guide's samples").isEmpty();
  }

  /** The {@code ```java} blocks of a Markdown file, each with the line its code starts on. */
  static List<Sample> samples(Path doc, List<String> lines) {
    List<Sample> samples = new ArrayList<>();
    StringBuilder code = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (code == null && line.strip().equals("```java")) {
        code = new StringBuilder();
        start = i + 2;
      } else if (code != null && line.strip().equals("```")) {
        samples.add(new Sample(doc, start, code.toString()));
        code = null;
      } else if (code != null) {
        code.append(line).append('\n');
      }
    }
    return samples;
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
