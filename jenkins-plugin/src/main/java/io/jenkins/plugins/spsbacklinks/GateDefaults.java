package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.BacklinksClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The global configuration's values as one Jenkins-free snapshot.
 *
 * @param credentialsId the default API key credential ID, blank for none
 * @param endpoint the default endpoint, blank for {@link BacklinksClient#DEFAULT_ENDPOINT}
 * @param connectTimeout the API connect timeout
 * @param readTimeout the API read timeout
 * @param thresholds default thresholds; jobs override them rule by rule
 */
public record GateDefaults(
    String credentialsId, String endpoint, Duration connectTimeout, Duration readTimeout,
    List<ThresholdSetting> thresholds) {

  /** Connect timeout when none is configured. */
  public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
  /** Read timeout when none is configured. */
  public static final int DEFAULT_READ_TIMEOUT_SECONDS = 60;

  public GateDefaults {
    credentialsId = credentialsId == null ? "" : credentialsId.trim();
    endpoint = endpoint == null ? "" : endpoint.trim();
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    thresholds = List.copyOf(thresholds);
  }

  /** No global configuration: the core's defaults. */
  public static GateDefaults none() {
    return new GateDefaults("", "", Duration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS),
        Duration.ofSeconds(DEFAULT_READ_TIMEOUT_SECONDS), List.of());
  }

  /** A form's seconds field as a duration; {@code fallback} seconds if it is not a positive number. */
  public static Duration seconds(String value, int fallback) {
    try {
      int seconds = value == null ? 0 : Integer.parseInt(value.trim());
      return Duration.ofSeconds(seconds > 0 ? seconds : fallback);
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(fallback);
    }
  }

  /** The credential ID a job with {@code jobCredentialsId} uses; blank if neither is set. */
  public String credentialsIdFor(String jobCredentialsId) {
    return jobCredentialsId == null || jobCredentialsId.isBlank() ? credentialsId : jobCredentialsId.trim();
  }

  /** The endpoint a job with {@code jobEndpoint} uses. */
  public String endpointFor(String jobEndpoint) {
    if (jobEndpoint != null && !jobEndpoint.isBlank()) {
      return jobEndpoint.trim();
    }
    return endpoint.isEmpty() ? BacklinksClient.DEFAULT_ENDPOINT : endpoint;
  }
}
