package io.spsbacklinks.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a backlink was lost; {@link #NONE} (empty string) for new links. Response field {@code
 * reason_lost}.
 *
 * <p>Tolerant: a value this client does not know is kept as is, so a new API value never fails a
 * response; check {@link #isKnown()}.
 *
 * @param value the raw value as sent by the API
 */
public record ReasonLost(String value) {
  /** {@code ""}. */
  public static final ReasonLost NONE = new ReasonLost("");

  /** {@code page_not_found}. */
  public static final ReasonLost PAGE_NOT_FOUND = new ReasonLost("page_not_found");

  /** {@code crawl_error}. */
  public static final ReasonLost CRAWL_ERROR = new ReasonLost("crawl_error");

  /** {@code page_dropped}. */
  public static final ReasonLost PAGE_DROPPED = new ReasonLost("page_dropped");

  /** {@code redirect}. */
  public static final ReasonLost REDIRECT = new ReasonLost("redirect");

  /** {@code not_canonical}. */
  public static final ReasonLost NOT_CANONICAL = new ReasonLost("not_canonical");

  /** {@code noindex}. */
  public static final ReasonLost NOINDEX = new ReasonLost("noindex");

  /** {@code link_removed}. */
  public static final ReasonLost LINK_REMOVED = new ReasonLost("link_removed");

  /** {@code broken_redirect}. */
  public static final ReasonLost BROKEN_REDIRECT = new ReasonLost("broken_redirect");

  /** {@code other}. */
  public static final ReasonLost OTHER = new ReasonLost("other");

  private static final List<ReasonLost> KNOWN =
      List.of(
          NONE,
          PAGE_NOT_FOUND,
          CRAWL_ERROR,
          PAGE_DROPPED,
          REDIRECT,
          NOT_CANONICAL,
          NOINDEX,
          LINK_REMOVED,
          BROKEN_REDIRECT,
          OTHER);

  /** The value must not be null. */
  public ReasonLost {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The constant for {@code value} when known, otherwise a new instance carrying it; null maps to
   * {@link #NONE}.
   */
  public static ReasonLost of(String value) {
    if (value == null) {
      return NONE;
    }
    for (ReasonLost known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new ReasonLost(value);
  }

  /** Whether this is one of the values documented by the API v1.0. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Whether no reason is given (new links carry an empty {@code reason_lost}). */
  public boolean isNone() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return value;
  }
}
