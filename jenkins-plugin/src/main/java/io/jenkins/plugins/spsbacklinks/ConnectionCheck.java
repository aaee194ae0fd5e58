package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.SubscriptionStatus;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** The configuration pages' "Test connection" button: one free get-subscription-info call. */
public final class ConnectionCheck {
  private ConnectionCheck() {}

  /**
   * Calls get-subscription-info and reports the subscription's status and units left. Never shows
   * the key: the core's messages are redacted. No retries: someone is waiting for the answer.
   */
  public static FormCheck test(String apiKey, String endpoint, OkHttpClient http, Duration connectTimeout,
      Duration readTimeout) {
    SubscriptionInfo info;
    try {
      info = BacklinksClient.builder()
          .apiKey(apiKey)
          .endpoint(endpoint)
          .okHttpClient(http)
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .retryPolicy(RetryPolicy.none())
          .build()
          .getSubscriptionInfo();
    } catch (BacklinksException e) {
      return FormCheck.error("Connection to " + Redaction.redact(endpoint) + " failed: " + e.getMessage());
    }
    String text = "Subscription " + info.status().value() + ": "
        + GateRunSummary.Numbers.format(info.unitsLeft()) + " of " + GateRunSummary.Numbers.format(info.unitsLimit())
        + " units left" + (info.expirationDate() == null ? "" : ", expires " + info.expirationDate().toLocalDate())
        + ".";
    return SubscriptionStatus.ACTIVE.equals(info.status()) ? FormCheck.ok(text) : FormCheck.warning(text);
  }
}
