package io.spsbacklinks.nifi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The few calls of NiFi's REST API the end-to-end test needs, over {@code java.net.http} and
 * Jackson. Unsecured NiFi: no token, every call is anonymous with full access. Every wait is
 * bounded.
 */
final class NiFiApi {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  NiFiApi(URI base) {
    this.base = base;
  }

  ObjectMapper json() {
    return json;
  }

  JsonNode get(String path) {
    return json(send(request(path).GET(), path));
  }

  byte[] getBytes(String path) {
    return send(request(path).GET(), path);
  }

  JsonNode post(String path, JsonNode body) {
    return json(
        send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)), path));
  }

  JsonNode put(String path, JsonNode body) {
    return json(
        send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)), path));
  }

  JsonNode delete(String path) {
    return json(send(request(path).DELETE(), path));
  }

  // ---- flow building ----

  String rootGroupId() {
    return get("flow/process-groups/root").path("processGroupFlow").path("id").asText();
  }

  /**
   * Creates a controller service in the group; {@code properties} use the services' property names.
   */
  String createControllerService(
      String groupId, String type, String name, Map<String, String> properties) {
    ObjectNode entity = newEntity();
    ObjectNode component = entity.putObject("component");
    component.put("type", type);
    component.put("name", name);
    component.set("properties", json.valueToTree(properties));
    return post("process-groups/" + groupId + "/controller-services", entity).path("id").asText();
  }

  /**
   * Enables the service and waits until NiFi reports it ENABLED; fails with its validation errors
   * otherwise.
   */
  void enableControllerService(String serviceId, Duration timeout) {
    JsonNode service =
        await(
            "controller service " + serviceId + " validated",
            timeout,
            () -> {
              JsonNode current = get("controller-services/" + serviceId);
              return "VALIDATING"
                      .equals(current.path("component").path("validationStatus").asText())
                  ? Optional.empty()
                  : Optional.of(current);
            });
    if (!"VALID".equals(service.path("component").path("validationStatus").asText())) {
      throw new AssertionError(
          "Controller service "
              + service.path("component").path("name").asText()
              + " is not valid: "
              + service.path("component").path("validationErrors"));
    }
    ObjectNode runStatus = json.createObjectNode();
    runStatus.set("revision", service.path("revision"));
    runStatus.put("state", "ENABLED");
    put("controller-services/" + serviceId + "/run-status", runStatus);
    await(
        "controller service " + serviceId + " ENABLED",
        timeout,
        () -> {
          JsonNode current = get("controller-services/" + serviceId).path("component");
          return "ENABLED".equals(current.path("state").asText())
              ? Optional.of(current)
              : Optional.empty();
        });
  }

  /**
   * Enables the service unless NiFi reports it ENABLED already (e.g. after a restart that resumed
   * it).
   */
  void enableControllerServiceIfDisabled(String serviceId, Duration timeout) {
    if (!"ENABLED"
        .equals(get("controller-services/" + serviceId).path("component").path("state").asText())) {
      enableControllerService(serviceId, timeout);
    }
  }

  /**
   * Runs the verification of a disabled controller service with {@code properties} (as the UI's
   * "Verify Properties" does) and returns its steps' results: verificationStepName, outcome,
   * explanation.
   */
  List<JsonNode> verifyControllerService(
      String serviceId, Map<String, String> properties, Duration timeout) {
    String requests = "controller-services/" + serviceId + "/config/verification-requests";
    ObjectNode body = json.createObjectNode();
    ObjectNode request = body.putObject("request");
    request.put("componentId", serviceId);
    request.set("properties", json.valueToTree(properties));
    request.putObject("attributes");
    String requestId = post(requests, body).path("request").path("requestId").asText();
    try {
      JsonNode done =
          await(
              "verification of controller service " + serviceId,
              timeout,
              () -> {
                JsonNode current = get(requests + "/" + requestId).path("request");
                return current.path("complete").asBoolean()
                    ? Optional.of(current)
                    : Optional.empty();
              });
      List<JsonNode> results = new ArrayList<>();
      done.path("results").forEach(results::add);
      return results;
    } finally {
      delete(requests + "/" + requestId);
    }
  }

  /**
   * Creates a processor in the group.
   *
   * @param config the processor's {@code config} object: properties, schedulingPeriod,
   *     autoTerminatedRelationships
   */
  String createProcessor(String groupId, String type, String name, ObjectNode config) {
    ObjectNode entity = newEntity();
    ObjectNode component = entity.putObject("component");
    component.put("type", type);
    component.put("name", name);
    component.set("config", config);
    return post("process-groups/" + groupId + "/processors", entity).path("id").asText();
  }

  /**
   * Waits until the processor has been validated and fails with its validation errors unless it is
   * VALID.
   */
  void assertProcessorValid(String processorId, Duration timeout) {
    JsonNode processor =
        await(
            "processor " + processorId + " validated",
            timeout,
            () -> {
              JsonNode current = get("processors/" + processorId).path("component");
              return "VALIDATING".equals(current.path("validationStatus").asText())
                  ? Optional.empty()
                  : Optional.of(current);
            });
    if (!"VALID".equals(processor.path("validationStatus").asText())) {
      throw new AssertionError(
          "Processor "
              + processor.path("name").asText()
              + " is not valid: "
              + processor.path("validationErrors"));
    }
  }

  /**
   * Uploads a flow definition (the UI's "Upload flow definition") as a new process group of {@code
   * parentGroupId}.
   *
   * @return the new group's id
   */
  String uploadFlowDefinition(String parentGroupId, String groupName, Path definition) {
    String boundary = "----sps-backlinks-" + System.nanoTime();
    StringBuilder fields = new StringBuilder();
    for (Map.Entry<String, String> field :
        Map.of(
                "groupName",
                groupName,
                "positionX",
                "0.0",
                "positionY",
                "0.0",
                "clientId",
                "sps-backlinks-e2e")
            .entrySet()) {
      fields
          .append("--")
          .append(boundary)
          .append("\r\n")
          .append("Content-Disposition: form-data; name=\"")
          .append(field.getKey())
          .append("\"\r\n\r\n")
          .append(field.getValue())
          .append("\r\n");
    }
    fields
        .append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
        .append(definition.getFileName())
        .append("\"\r\n")
        .append("Content-Type: application/json\r\n\r\n");
    byte[] content;
    try {
      content = Files.readAllBytes(definition);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.concat(
            HttpRequest.BodyPublishers.ofString(fields.toString()),
            HttpRequest.BodyPublishers.ofByteArray(content),
            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
    String path = "process-groups/" + parentGroupId + "/process-groups/upload";
    return json(send(
            request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body),
            path))
        .path("id")
        .asText();
  }

  /**
   * The components of a group: {@code processors}, {@code connections}, ... of the {@code
   * flow/process-groups} answer.
   */
  JsonNode groupFlow(String groupId) {
    return get("flow/process-groups/" + groupId).path("processGroupFlow").path("flow");
  }

  /** The ids of the controller services defined in the group. */
  List<String> controllerServiceIds(String groupId) {
    List<String> ids = new ArrayList<>();
    get("flow/process-groups/" + groupId + "/controller-services?includeAncestorGroups=false")
        .path("controllerServices")
        .forEach(service -> ids.add(service.path("id").asText()));
    return ids;
  }

  /**
   * Sets parameters of the group's parameter context through an update request, as the UI does, and
   * waits until NiFi has applied them.
   *
   * @param sensitive the names of the sensitive parameters among {@code values}
   */
  void setParameters(
      String groupId, Map<String, String> values, List<String> sensitive, Duration timeout) {
    String contextId =
        get("process-groups/" + groupId)
            .path("component")
            .path("parameterContext")
            .path("id")
            .asText();
    JsonNode context = get("parameter-contexts/" + contextId);
    ObjectNode update = json.createObjectNode();
    update.set("revision", context.path("revision"));
    update.put("id", contextId);
    ObjectNode component = update.putObject("component");
    component.put("id", contextId);
    var parameters = component.putArray("parameters");
    values.forEach(
        (name, value) ->
            parameters
                .addObject()
                .putObject("parameter")
                .put("name", name)
                .put("sensitive", sensitive.contains(name))
                .put("value", value));
    String requests = "parameter-contexts/" + contextId + "/update-requests";
    String requestId = post(requests, update).path("request").path("requestId").asText();
    try {
      JsonNode done =
          await(
              "parameter context update " + requestId,
              timeout,
              () -> {
                JsonNode request = get(requests + "/" + requestId).path("request");
                return request.path("complete").asBoolean()
                    ? Optional.of(request)
                    : Optional.empty();
              });
      if (done.hasNonNull("failureReason")) {
        throw new AssertionError("Parameter update failed: " + done.path("failureReason").asText());
      }
    } finally {
      delete(requests + "/" + requestId);
    }
  }

  String createFunnel(String groupId) {
    ObjectNode entity = newEntity();
    entity.putObject("component").putObject("position").put("x", 400.0).put("y", 0.0);
    return post("process-groups/" + groupId + "/funnels", entity).path("id").asText();
  }

  /**
   * Connects the processor's relationships to a funnel; with nothing downstream of the funnel,
   * FlowFiles stay queued.
   */
  String connectToFunnel(
      String groupId, String processorId, String funnelId, List<String> relationships) {
    return connect(groupId, processorId, funnelId, "FUNNEL", relationships);
  }

  String connectProcessors(
      String groupId, String sourceId, String destinationId, List<String> relationships) {
    return connect(groupId, sourceId, destinationId, "PROCESSOR", relationships);
  }

  private String connect(
      String groupId,
      String processorId,
      String destinationId,
      String destinationType,
      List<String> relationships) {
    ObjectNode entity = newEntity();
    ObjectNode component = entity.putObject("component");
    component
        .putObject("source")
        .put("id", processorId)
        .put("groupId", groupId)
        .put("type", "PROCESSOR");
    component
        .putObject("destination")
        .put("id", destinationId)
        .put("groupId", groupId)
        .put("type", destinationType);
    component.set("selectedRelationships", json.valueToTree(relationships));
    return post("process-groups/" + groupId + "/connections", entity).path("id").asText();
  }

  void setProcessorState(String processorId, String state) {
    JsonNode processor = get("processors/" + processorId);
    ObjectNode runStatus = json.createObjectNode();
    runStatus.set("revision", processor.path("revision"));
    runStatus.put("state", state);
    put("processors/" + processorId + "/run-status", runStatus);
  }

  /** The messages of the bulletins (warnings and errors a component reported) of the component. */
  List<String> bulletins(String componentId) {
    List<String> messages = new ArrayList<>();
    get("flow/bulletin-board?sourceId=" + componentId)
        .path("bulletinBoard")
        .path("bulletins")
        .forEach(
            entity ->
                messages.add(
                    entity.path("bulletin").path("level").asText()
                        + " "
                        + entity.path("bulletin").path("message").asText()));
    return messages;
  }

  int queuedCount(String connectionId) {
    return get("flow/connections/" + connectionId + "/status")
        .path("connectionStatus")
        .path("aggregateSnapshot")
        .path("flowFilesQueued")
        .asInt();
  }

  /**
   * Summaries (uuid, filename, position, size, ...) of the FlowFiles queued in the connection, in
   * queue order.
   */
  List<JsonNode> listQueue(String connectionId, Duration timeout) {
    String requests = "flowfile-queues/" + connectionId + "/listing-requests";
    String requestId =
        post(requests, json.createObjectNode()).path("listingRequest").path("id").asText();
    try {
      JsonNode listing =
          await(
              "queue listing of " + connectionId,
              timeout,
              () -> {
                JsonNode current = get(requests + "/" + requestId).path("listingRequest");
                return current.path("finished").asBoolean()
                    ? Optional.of(current)
                    : Optional.empty();
              });
      if (listing.hasNonNull("failureReason")) {
        throw new AssertionError("Queue listing failed: " + listing.path("failureReason").asText());
      }
      List<JsonNode> summaries = new ArrayList<>();
      listing.path("flowFileSummaries").forEach(summaries::add);
      return summaries;
    } finally {
      delete(requests + "/" + requestId);
    }
  }

  /** The FlowFile's attributes as NiFi reports them for a queued FlowFile. */
  Map<String, String> flowFileAttributes(String connectionId, String flowFileUuid) {
    JsonNode attributes =
        get("flowfile-queues/" + connectionId + "/flowfiles/" + flowFileUuid)
            .path("flowFile")
            .path("attributes");
    return json.convertValue(
        attributes, json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  byte[] flowFileContent(String connectionId, String flowFileUuid) {
    return getBytes("flowfile-queues/" + connectionId + "/flowfiles/" + flowFileUuid + "/content");
  }

  /** Polls {@code probe} until it yields a value; the failure names what was awaited. */
  static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted waiting for " + what, e);
      }
    }
  }

  private ObjectNode newEntity() {
    ObjectNode entity = json.createObjectNode();
    entity.putObject("revision").put("version", 0);
    return entity;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
  }

  private HttpRequest.BodyPublisher bodyOf(JsonNode body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] send(HttpRequest.Builder request, String path) {
    HttpRequest built = request.build();
    try {
      HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        throw new AssertionError(
            built.method()
                + " "
                + path
                + " answered HTTP "
                + response.statusCode()
                + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(built.method() + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted during " + built.method() + " " + path, e);
    }
  }

  private JsonNode json(byte[] body) {
    try {
      return body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
