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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The few calls of NiFi's REST API the end-to-end test needs, over {@code java.net.http} and Jackson.
 * Unsecured NiFi: no token, every call is anonymous with full access. Every wait is bounded.
 */
final class NiFiApi {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
        return json(send(request(path).header("Content-Type", "application/json").POST(bodyOf(body)), path));
    }

    JsonNode put(String path, JsonNode body) {
        return json(send(request(path).header("Content-Type", "application/json").PUT(bodyOf(body)), path));
    }

    JsonNode delete(String path) {
        return json(send(request(path).DELETE(), path));
    }

    // ---- flow building ----

    String rootGroupId() {
        return get("flow/process-groups/root").path("processGroupFlow").path("id").asText();
    }

    /** Creates a controller service in the group; {@code properties} use the services' property names. */
    String createControllerService(String groupId, String type, String name, Map<String, String> properties) {
        ObjectNode entity = newEntity();
        ObjectNode component = entity.putObject("component");
        component.put("type", type);
        component.put("name", name);
        component.set("properties", json.valueToTree(properties));
        return post("process-groups/" + groupId + "/controller-services", entity).path("id").asText();
    }

    /** Enables the service and waits until NiFi reports it ENABLED; fails with its validation errors otherwise. */
    void enableControllerService(String serviceId, Duration timeout) {
        JsonNode service = await("controller service " + serviceId + " validated", timeout, () -> {
            JsonNode current = get("controller-services/" + serviceId);
            return "VALIDATING".equals(current.path("component").path("validationStatus").asText())
                    ? Optional.empty() : Optional.of(current);
        });
        if (!"VALID".equals(service.path("component").path("validationStatus").asText())) {
            throw new AssertionError("Controller service " + service.path("component").path("name").asText()
                    + " is not valid: " + service.path("component").path("validationErrors"));
        }
        ObjectNode runStatus = json.createObjectNode();
        runStatus.set("revision", service.path("revision"));
        runStatus.put("state", "ENABLED");
        put("controller-services/" + serviceId + "/run-status", runStatus);
        await("controller service " + serviceId + " ENABLED", timeout, () -> {
            JsonNode current = get("controller-services/" + serviceId).path("component");
            return "ENABLED".equals(current.path("state").asText()) ? Optional.of(current) : Optional.empty();
        });
    }

    /**
     * Runs the verification of a disabled controller service with {@code properties} (as the UI's "Verify
     * Properties" does) and returns its steps' results: verificationStepName, outcome, explanation.
     */
    List<JsonNode> verifyControllerService(String serviceId, Map<String, String> properties, Duration timeout) {
        String requests = "controller-services/" + serviceId + "/config/verification-requests";
        ObjectNode body = json.createObjectNode();
        ObjectNode request = body.putObject("request");
        request.put("componentId", serviceId);
        request.set("properties", json.valueToTree(properties));
        request.putObject("attributes");
        String requestId = post(requests, body).path("request").path("requestId").asText();
        try {
            JsonNode done = await("verification of controller service " + serviceId, timeout, () -> {
                JsonNode current = get(requests + "/" + requestId).path("request");
                return current.path("complete").asBoolean() ? Optional.of(current) : Optional.empty();
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
     * @param config the processor's {@code config} object: properties, schedulingPeriod, autoTerminatedRelationships
     */
    String createProcessor(String groupId, String type, String name, ObjectNode config) {
        ObjectNode entity = newEntity();
        ObjectNode component = entity.putObject("component");
        component.put("type", type);
        component.put("name", name);
        component.set("config", config);
        return post("process-groups/" + groupId + "/processors", entity).path("id").asText();
    }

    /** Waits until the processor has been validated and fails with its validation errors unless it is VALID. */
    void assertProcessorValid(String processorId, Duration timeout) {
        JsonNode processor = await("processor " + processorId + " validated", timeout, () -> {
            JsonNode current = get("processors/" + processorId).path("component");
            return "VALIDATING".equals(current.path("validationStatus").asText()) ? Optional.empty() : Optional.of(current);
        });
        if (!"VALID".equals(processor.path("validationStatus").asText())) {
            throw new AssertionError("Processor " + processor.path("name").asText() + " is not valid: "
                    + processor.path("validationErrors"));
        }
    }

    String createFunnel(String groupId) {
        ObjectNode entity = newEntity();
        entity.putObject("component").putObject("position").put("x", 400.0).put("y", 0.0);
        return post("process-groups/" + groupId + "/funnels", entity).path("id").asText();
    }

    /** Connects the processor's relationships to a funnel; with nothing downstream of the funnel, FlowFiles stay queued. */
    String connectToFunnel(String groupId, String processorId, String funnelId, List<String> relationships) {
        return connect(groupId, processorId, funnelId, "FUNNEL", relationships);
    }

    String connectProcessors(String groupId, String sourceId, String destinationId, List<String> relationships) {
        return connect(groupId, sourceId, destinationId, "PROCESSOR", relationships);
    }

    private String connect(String groupId, String processorId, String destinationId, String destinationType, List<String> relationships) {
        ObjectNode entity = newEntity();
        ObjectNode component = entity.putObject("component");
        component.putObject("source").put("id", processorId).put("groupId", groupId).put("type", "PROCESSOR");
        component.putObject("destination").put("id", destinationId).put("groupId", groupId).put("type", destinationType);
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
        get("flow/bulletin-board?sourceId=" + componentId).path("bulletinBoard").path("bulletins")
                .forEach(entity -> messages.add(entity.path("bulletin").path("level").asText() + " "
                        + entity.path("bulletin").path("message").asText()));
        return messages;
    }

    int queuedCount(String connectionId) {
        return get("flow/connections/" + connectionId + "/status")
                .path("connectionStatus").path("aggregateSnapshot").path("flowFilesQueued").asInt();
    }

    /** Summaries (uuid, filename, position, size, ...) of the FlowFiles queued in the connection, in queue order. */
    List<JsonNode> listQueue(String connectionId, Duration timeout) {
        String requests = "flowfile-queues/" + connectionId + "/listing-requests";
        String requestId = post(requests, json.createObjectNode()).path("listingRequest").path("id").asText();
        try {
            JsonNode listing = await("queue listing of " + connectionId, timeout, () -> {
                JsonNode current = get(requests + "/" + requestId).path("listingRequest");
                return current.path("finished").asBoolean() ? Optional.of(current) : Optional.empty();
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
        JsonNode attributes = get("flowfile-queues/" + connectionId + "/flowfiles/" + flowFileUuid).path("flowFile").path("attributes");
        return json.convertValue(attributes, json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
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
                throw new AssertionError(built.method() + " " + path + " answered HTTP " + response.statusCode()
                        + ": " + new String(response.body(), StandardCharsets.UTF_8));
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
