package io.spsbacklinks.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Whether a new/lost row is a new or a lost link or referring domain. Response field {@code
 * new_lost_type}.
 *
 * <p>Tolerant: a value this client does not know is kept as is, so a new API value never fails a
 * response; check {@link #isKnown()}.
 *
 * @param value the raw value as sent by the API
 */
public record NewLostKind(String value) {
  /** {@code new}. */
  public static final NewLostKind NEW = new NewLostKind("new");

  /** {@code lost}. */
  public static final NewLostKind LOST = new NewLostKind("lost");

  private static final List<NewLostKind> KNOWN = List.of(NEW, LOST);

  /** The value must not be null. */
  public NewLostKind {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for {@code value} when known, otherwise a new instance carrying it. */
  public static NewLostKind of(String value) {
    for (NewLostKind known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new NewLostKind(value);
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
