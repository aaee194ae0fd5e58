package io.spsbacklinks.nifi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.WritesAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.controller.ControllerService;
import org.apache.nifi.processor.Processor;
import org.junit.jupiter.api.Test;

/** Every component is registered for NiFi's service loader and documented. */
class ComponentDocumentationTest {
  private static final List<String> PROCESSORS =
      List.of(
          "GetMetrics",
          "GetInlinkRank",
          "GetBacklinks",
          "GetRefdomains",
          "GetNewLostBacklinks",
          "GetNewLostRefdomains",
          "PageRawBacklinks",
          "FetchRawBacklinks",
          "DownloadAllBacklinks");

  private static String additionalDetails(Class<?> type) throws IOException {
    try (InputStream in =
        type.getClassLoader()
            .getResourceAsStream("docs/" + type.getName() + "/additionalDetails.md")) {
      assertThat(in).as("additionalDetails.md of " + type.getSimpleName()).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The components of ours that the service loader finds (the test classpath has NiFi's too). */
  private static <T> List<Class<? extends T>> ours(Class<T> service) {
    return ServiceLoader.load(service).stream()
        .<Class<? extends T>>map(ServiceLoader.Provider::type)
        .filter(type -> type.getPackageName().startsWith("io.spsbacklinks"))
        .toList();
  }

  @Test
  void processorsAreRegisteredAnnotatedAndDocumented() throws IOException {
    List<Class<? extends Processor>> ours = ours(Processor.class);
    assertThat(ours)
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrderElementsOf(PROCESSORS);

    for (Class<? extends Processor> type : ours) {
      assertThat(type.getAnnotation(CapabilityDescription.class)).as(type.getName()).isNotNull();
      assertThat(type.getAnnotation(Tags.class)).as(type.getName()).isNotNull();
      assertThat(type.getAnnotation(InputRequirement.class)).as(type.getName()).isNotNull();
      assertThat(type.getAnnotation(WritesAttributes.class)).as(type.getName()).isNotNull();
      assertThat(type.getAnnotation(SeeAlso.class)).as(type.getName()).isNotNull();
      assertThat(additionalDetails(type)).contains("## Sample flow").contains("## Records");
    }
  }

  @Test
  void controllerServiceIsRegisteredAndDocumented() throws IOException {
    assertThat(ours(ControllerService.class)).containsExactly(StandardBacklinksApiService.class);
    assertThat(additionalDetails(StandardBacklinksApiService.class)).contains("API Key");
  }
}
