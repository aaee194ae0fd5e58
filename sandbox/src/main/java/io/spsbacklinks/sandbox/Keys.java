package io.spsbacklinks.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The sandbox's API keys with their {@link KeyState} and unit balance. Units are charged as the
 * project assumes (see the README): get-metrics and get-inlink-rank 30 per target, list commands
 * and exports 1 per row, download-all-backlinks-status and get-subscription-info free. A call whose
 * cost exceeds the balance is answered 402 and charges nothing.
 */
public final class Keys {
  private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();
  private final SandboxClock clock;

  Keys(SandboxClock clock) {
    this.clock = clock;
  }

  /**
   * Adds a key, or replaces one with the same value, holding {@code units} units (also its
   * units_limit).
   *
   * @return this, for chaining
   */
  public Keys add(String key, KeyState state, long units) {
    Objects.requireNonNull(state, "state");
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    if (units < 0) {
      throw new IllegalArgumentException("units must be >= 0, was " + units);
    }
    accounts.put(key, new Account(state, units, clock.today()));
    return this;
  }

  /** Units left on {@code key}. */
  public long unitsLeft(String key) {
    return account(key).unitsLeft();
  }

  /** The state of {@code key}. */
  public KeyState state(String key) {
    return account(key).state;
  }

  /** Changes the state of an existing key, keeping its balance. */
  public void setState(String key, KeyState state) {
    Objects.requireNonNull(state, "state");
    account(key).state = state;
  }

  private Account account(String key) {
    Account account = key == null ? null : accounts.get(key);
    if (account == null) {
      // Never echo the key itself: it is a secret even in the sandbox.
      throw new IllegalArgumentException("unknown API key");
    }
    return account;
  }

  /** The account of {@code key}, or null when the key is unknown. */
  Account find(String key) {
    return accounts.get(key);
  }

  /** One key's state and balance; charging is atomic per account. */
  static final class Account {
    volatile KeyState state;
    final long unitsLimit;
    private long unitsLeft;
    final LocalDate created;

    Account(KeyState state, long units, LocalDate created) {
      this.state = state;
      this.unitsLimit = units;
      this.unitsLeft = units;
      this.created = created;
    }

    synchronized long unitsLeft() {
      return unitsLeft;
    }

    /** Takes {@code cost} units if the balance covers them. */
    synchronized boolean charge(long cost) {
      if (cost > unitsLeft) {
        return false;
      }
      unitsLeft -= cost;
      return true;
    }

    /** Subscription start: 30 days before the key was added, so it looks like a running plan. */
    LocalDateTime startDate() {
      return created.minusDays(30).atTime(LocalTime.of(1, 2, 3));
    }

    /** A year after the start, or already past for EXPIRED keys. */
    LocalDateTime expirationDate() {
      LocalDate end =
          state == KeyState.EXPIRED ? created.minusDays(1) : created.minusDays(31).plusYears(1);
      return end.atTime(LocalTime.of(23, 22, 21));
    }
  }
}
