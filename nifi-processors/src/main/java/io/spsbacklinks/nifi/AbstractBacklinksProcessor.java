package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.model.Mode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.apache.nifi.annotation.configuration.DefaultSettings;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;

/**
 * What every Backlinks processor shares: the relationships, the routing of failures with {@code
 * backlinks.error.*} attributes, yielding while the API refuses the key or asks us to slow down,
 * and key-free provenance transit URIs.
 *
 * <p>The default yield (1 min) is how long a processor stays away after 401/402/403 or a 429
 * without Retry-After, so a refused key makes one bulletin a minute, not one a second. The
 * annotation is {@code @Inherited}, and NiFi reads it with {@code Class.getAnnotation}
 * (nifi-framework-core .../controller/ExtensionBuilder.java), so it applies to every subclass.
 */
@DefaultSettings(yieldDuration = "1 min", penaltyDuration = "1 min")
public abstract class AbstractBacklinksProcessor extends AbstractProcessor {
  /** Records returned by the API. */
  public static final Relationship REL_SUCCESS =
      new Relationship.Builder()
          .name("success")
          .description("FlowFiles of records returned by the API.")
          .build();

  /** Requests that cannot succeed as they are. */
  public static final Relationship REL_FAILURE =
      new Relationship.Builder()
          .name("failure")
          .description(
              "The incoming FlowFile when its request cannot succeed as it is: 400, 404,"
                  + " 244 (target too large), an invalid parameter, unreadable records. Carries"
                  + " backlinks.error.code and backlinks.error.message.")
          .build();

  /** Requests that may succeed later. */
  public static final Relationship REL_RETRY =
      new Relationship.Builder()
          .name("retry")
          .description(
              "The incoming FlowFile, penalized, when its request may succeed later: 429,"
                  + " 5xx, timeouts and other I/O errors, and 401/402/403 (the key cannot be used until"
                  + " an operator acts; the processor also yields). Carries backlinks.error.code and"
                  + " backlinks.error.message.")
          .build();

  /** The incoming FlowFile after success. */
  public static final Relationship REL_ORIGINAL =
      new Relationship.Builder()
          .name("original")
          .description("The incoming FlowFile once all its records were written.")
          .build();

  static final String ERROR_CODE = "backlinks.error.code";
  static final String ERROR_MESSAGE = "backlinks.error.message";
  static final String TARGET_ATTRIBUTE = "backlinks.target";
  static final String MODE_ATTRIBUTE = "backlinks.mode";

  private static final Set<Relationship> RELATIONSHIPS =
      Set.of(REL_SUCCESS, REL_FAILURE, REL_RETRY, REL_ORIGINAL);

  /** The time source of Retry-After pauses and export timeouts; tests replace it. */
  volatile Clock clock = Clock.systemUTC();

  private volatile Instant pausedUntil = Instant.MIN;

  @Override
  public Set<Relationship> getRelationships() {
    return RELATIONSHIPS;
  }

  @Override
  public final void onTrigger(ProcessContext context, ProcessSession session) {
    if (clock.instant().isBefore(pausedUntil)) {
      // The API asked for a pause (Retry-After): stay away until it is over.
      context.yield();
      return;
    }
    trigger(context, session);
  }

  /** The work of one trigger, once no Retry-After pause is pending. */
  protected abstract void trigger(ProcessContext context, ProcessSession session);

  /** The configured API service. */
  static BacklinksApiService service(ProcessContext context) {
    return context
        .getProperty(BacklinksProperties.API_SERVICE)
        .asControllerService(BacklinksApiService.class);
  }

  /** The configured client. */
  static BacklinksClient client(ProcessContext context) {
    return service(context).client();
  }

  /**
   * Reports a failure. With an incoming FlowFile, routes it to failure or retry (penalized) with
   * {@code backlinks.error.code} and {@code backlinks.error.message}; without one there is nothing
   * to route, and the processor yields so that a source does not hammer a failing API. Also yields
   * on 401/402/403 and 429, and pauses for a Retry-After.
   *
   * @return the classification, for callers that keep more state
   */
  FailureRoute fail(
      ProcessContext context, ProcessSession session, FlowFile input, Throwable error) {
    FailureRoute failure = FailureRoute.classify(error);
    if (failure.retryAfter() != null) {
      pausedUntil = clock.instant().plus(failure.retryAfter());
    }
    if (failure.shouldYield() || input == null) {
      context.yield();
    }
    switch (failure.outcome()) {
      case FAILURE ->
          getLogger().error("Backlinks request failed [{}]: {}", failure.code(), failure.message());
      case UNAVAILABLE ->
          getLogger()
              .error(
                  "The Backlinks API refuses the API key [{}], yielding: {}",
                  failure.code(),
                  failure.message());
      case RETRY ->
          getLogger()
              .warn(
                  "Backlinks request failed, may succeed later [{}]: {}",
                  failure.code(),
                  failure.message());
    }
    if (input != null) {
      FlowFile flowFile =
          session.putAllAttributes(
              input, Map.of(ERROR_CODE, failure.code(), ERROR_MESSAGE, failure.message()));
      if (failure.outcome() == FailureRoute.Outcome.FAILURE) {
        session.transfer(flowFile, REL_FAILURE);
      } else {
        session.transfer(session.penalize(flowFile), REL_RETRY);
      }
    }
    return failure;
  }

  /** Routes the incoming FlowFile (if any) to original, without error attributes of a retry. */
  static void transferOriginal(ProcessSession session, FlowFile input) {
    if (input != null) {
      session.transfer(
          session.removeAllAttributes(input, Set.of(ERROR_CODE, ERROR_MESSAGE)), REL_ORIGINAL);
    }
  }

  /**
   * The provenance transit URI of a command: the endpoint, the command and its target and mode,
   * never the API key.
   */
  static String transitUri(BacklinksClient client, String command, String target, Mode mode) {
    HttpUrl.Builder url = client.endpoint().newBuilder().addPathSegment(command);
    if (target != null) {
      url.addQueryParameter("target", target);
    }
    if (mode != null) {
      url.addQueryParameter("mode", mode.wireValue());
    }
    return Redaction.redact(url.build().toString());
  }
}
