package io.spsbacklinks.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Status of the API subscription plan. Response field {@code status}.
 *
 * <p>Tolerant: a value this client does not know is kept as is, so a new API value never fails a
 * response; check {@link #isKnown()}.
 *
 * @param value the raw value as sent by the API
 */
public record SubscriptionStatus(String value) {
  /** {@code active}. */
  public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");

  /** {@code inactive}. */
  public static final SubscriptionStatus INACTIVE = new SubscriptionStatus("inactive");

  /** {@code expired}. */
  public static final SubscriptionStatus EXPIRED = new SubscriptionStatus("expired");

  /** {@code disabled}. */
  public static final SubscriptionStatus DISABLED = new SubscriptionStatus("disabled");

  private static final List<SubscriptionStatus> KNOWN =
      List.of(ACTIVE, INACTIVE, EXPIRED, DISABLED);

  /** The value must not be null. */
  public SubscriptionStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for {@code value} when known, otherwise a new instance carrying it. */
  public static SubscriptionStatus of(String value) {
    for (SubscriptionStatus known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new SubscriptionStatus(value);
  }

  /** Whether this is one of the values documented by the API v1.0. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
