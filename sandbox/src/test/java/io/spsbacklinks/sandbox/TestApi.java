package io.spsbacklinks.sandbox;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** A plain java.net.http client for the sandbox, as any API user would write it. */
final class TestApi {
  /** Tolerates the document's trailing comma in download-all-backlinks; strict otherwise. */
  static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

  static final ObjectMapper STRICT_JSON = new ObjectMapper();

  final HttpClient http = HttpClient.newHttpClient();
  final String endpoint;
  final String apiKey;

  TestApi(Sandbox sandbox) {
    this(sandbox.endpoint(), Sandbox.DEMO_API_KEY);
  }

  TestApi(String endpoint, String apiKey) {
    this.endpoint = endpoint;
    this.apiKey = apiKey;
  }

  TestApi withKey(String key) {
    return new TestApi(endpoint, key);
  }

  /** GET {@code command} with the key and name/value pairs, each URL-encoded. */
  Response get(String command, String... nameValues) {
    return send(HttpRequest.newBuilder(uri(command, true, nameValues)).GET().build());
  }

  /**
   * POST {@code json} to {@code command} with the key (and extra query pairs) in the query string.
   */
  Response post(String command, String json, String... nameValues) {
    return send(
        HttpRequest.newBuilder(uri(command, true, nameValues))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  URI uri(String command, boolean withKey, String... nameValues) {
    StringJoiner query = new StringJoiner("&");
    if (withKey) {
      query.add("apikey=" + encode(apiKey));
    }
    for (int i = 0; i < nameValues.length; i += 2) {
      query.add(encode(nameValues[i]) + "=" + encode(nameValues[i + 1]));
    }
    return URI.create(endpoint + command + (query.length() == 0 ? "" : "?" + query));
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** An HTTP response with helpers to read its body. */
  record Response(int status, HttpHeaders headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body(), e);
      }
    }

    Document xml() {
      try {
        return DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(bytes));
      } catch (Exception e) {
        throw new IllegalStateException("not XML: " + body(), e);
      }
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }
  }
}
