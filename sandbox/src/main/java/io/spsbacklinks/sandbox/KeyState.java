package io.spsbacklinks.sandbox;

/**
 * State of a sandbox API key, deciding how every charged command answers.
 *
 * <ul>
 *   <li>{@link #ACTIVE}: commands work while units last; a call costing more than the balance gets
 *       402.
 *   <li>{@link #INACTIVE}, {@link #EXPIRED}: 401 "Authentication failed. Please make sure your API
 *       key is valid and active. ..."
 *   <li>{@link #DISABLED}: 403 "Authentication failed. Please ensure you have a valid, enabled API
 *       key. ..."
 *   <li>{@link #INSUFFICIENT_FUNDS}: 402 "Insufficient funds, API key is temporarily disabled. ..."
 * </ul>
 *
 * get-subscription-info answers for every known key whatever its state, reporting it in {@code
 * status} (INSUFFICIENT_FUNDS reports {@code disabled}, as the 402 message says the key is
 * "temporarily disabled").
 */
public enum KeyState {
  ACTIVE("active"),
  INACTIVE("inactive"),
  EXPIRED("expired"),
  DISABLED("disabled"),
  INSUFFICIENT_FUNDS("disabled");

  private final String subscriptionStatus;

  KeyState(String subscriptionStatus) {
    this.subscriptionStatus = subscriptionStatus;
  }

  /** The {@code status} value get-subscription-info reports for a key in this state. */
  public String subscriptionStatus() {
    return subscriptionStatus;
  }
}
