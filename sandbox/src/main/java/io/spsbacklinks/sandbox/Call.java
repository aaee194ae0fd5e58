package io.spsbacklinks.sandbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One authenticated API call: its parameters, its key's account and the sandbox time it runs at.
 */
final class Call {
  final Params params;
  final String apiKey;
  final Keys.Account account;
  final Instant now;
  final LocalDate today;

  Call(Params params, String apiKey, Keys.Account account, Instant now, LocalDate today) {
    this.params = params;
    this.apiKey = apiKey;
    this.account = account;
    this.now = now;
    this.today = today;
  }

  /**
   * Takes {@code units} from the key before anything is answered or changed; 402 when the balance
   * is short.
   */
  void charge(long units) {
    if (units > 0 && !account.charge(units)) {
      throw ApiError.insufficientFunds();
    }
  }
}
