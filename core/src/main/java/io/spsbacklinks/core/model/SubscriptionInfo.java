package io.spsbacklinks.core.model;

import java.time.LocalDateTime;

/**
 * The API subscription and its balance (get-subscription-info). Date-times are as sent by the API
 * ({@code YYYY-MM-DD HH:MM:SS}, no zone).
 *
 * @param status subscription status ({@code status})
 * @param startDate subscription start ({@code start_date}), null if absent
 * @param expirationDate subscription end ({@code expiration_date}), null if absent
 * @param unitsLimit total API units of the subscription ({@code units_limit})
 * @param unitsLeft API units left ({@code units_left})
 */
public record SubscriptionInfo(
    SubscriptionStatus status,
    LocalDateTime startDate,
    LocalDateTime expirationDate,
    long unitsLimit,
    long unitsLeft) {}
