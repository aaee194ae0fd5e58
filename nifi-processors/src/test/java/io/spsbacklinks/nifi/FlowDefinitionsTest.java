package io.spsbacklinks.nifi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.nifi.components.ConfigurableComponent;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flow.VersionedConfigurableExtension;
import org.apache.nifi.flow.VersionedConnection;
import org.apache.nifi.flow.VersionedParameter;
import org.apache.nifi.flow.VersionedProcessGroup;
import org.apache.nifi.flow.VersionedProcessor;
import org.apache.nifi.processor.Processor;
import org.apache.nifi.registry.flow.RegisteredFlowSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped flow definitions (nifi-nar/flows) are what NiFi's "upload flow definition" reads (a
 * RegisteredFlowSnapshot, nifi-web-api .../api/ProcessGroupResource.java uploadProcessGroup), and
 * every property, relationship and parameter they name exists in our components.
 */
class FlowDefinitionsTest {
  private static final Path FLOWS = Path.of("../nifi-nar/flows");

  static Stream<Path> flows() throws IOException {
    List<Path> flows;
    try (Stream<Path> files = Files.list(FLOWS)) {
      flows = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(flows)
        .extracting(file -> file.getFileName().toString())
        .containsExactly("backlinks-new-lost-daily.json", "backlinks-snapshot-to-files.json");
    return flows.stream();
  }

  @ParameterizedTest
  @MethodSource("flows")
  void flowNamesOnlyWhatOurComponentsSupport(Path file) throws Exception {
    RegisteredFlowSnapshot flow =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(file.toFile(), RegisteredFlowSnapshot.class);
    VersionedProcessGroup group = flow.getFlowContents();
    assertThat(flow.getParameterContexts()).containsOnlyKeys(group.getParameterContextName());
    Set<String> parameters = new HashSet<>();
    for (VersionedParameter parameter :
        flow.getParameterContexts().get(group.getParameterContextName()).getParameters()) {
      parameters.add(parameter.getName());
    }
    assertThat(parameters).contains("api.key", "target", "output.dir");

    for (VersionedProcessor processor : group.getProcessors()) {
      if (isOurs(processor)) {
        Processor component = (Processor) assertOurProperties(processor, parameters);
        Set<String> relationships = new HashSet<>();
        component
            .getRelationships()
            .forEach(relationship -> relationships.add(relationship.getName()));
        Set<String> routed = new HashSet<>(processor.getAutoTerminatedRelationships());
        for (VersionedConnection connection : group.getConnections()) {
          if (connection.getSource().getId().equals(processor.getIdentifier())) {
            routed.addAll(connection.getSelectedRelationships());
          }
        }
        // NiFi refuses to run a processor with a relationship neither connected nor terminated.
        assertThat(routed).as(processor.getName()).isEqualTo(relationships);
        assertThat(processor.getExecutionNode()).as(processor.getName()).isEqualTo("PRIMARY");
        // "Processors with incoming connections cannot be scheduled for Primary Node Only", a loop
        // included (nifi-framework-components .../controller/StandardProcessorNode.java).
        assertThat(group.getConnections())
            .as(processor.getName() + " incoming connections")
            .noneMatch(
                connection ->
                    connection.getDestination().getId().equals(processor.getIdentifier()));
      }
    }
    group.getControllerServices().stream()
        .filter(FlowDefinitionsTest::isOurs)
        .forEach(service -> assertOurProperties(service, parameters));
  }

  private static boolean isOurs(VersionedConfigurableExtension component) {
    return component.getType().startsWith("io.spsbacklinks.");
  }

  private static ConfigurableComponent assertOurProperties(
      VersionedConfigurableExtension component, Set<String> parameters) {
    ConfigurableComponent instance;
    try {
      instance =
          (ConfigurableComponent)
              Class.forName(component.getType()).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no component " + component.getType(), e);
    }
    Set<String> supported = new HashSet<>();
    for (PropertyDescriptor descriptor : instance.getPropertyDescriptors()) {
      supported.add(descriptor.getName());
    }
    assertThat(supported).as(component.getName()).containsAll(component.getProperties().keySet());
    component.getProperties().values().stream()
        .filter(value -> value != null && value.startsWith("#{"))
        .forEach(
            value ->
                assertThat(parameters)
                    .as(component.getName())
                    .contains(value.substring(2, value.indexOf('}'))));
    return instance;
  }
}
