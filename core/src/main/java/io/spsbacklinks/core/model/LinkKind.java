package io.spsbacklinks.core.model;

import java.util.List;
import java.util.Objects;

/**
 * How a new/lost backlink was found: an href attribute or a redirect. Response field {@code
 * link_type}.
 *
 * <p>Tolerant: a value this client does not know is kept as is, so a new API value never fails a
 * response; check {@link #isKnown()}.
 *
 * @param value the raw value as sent by the API
 */
public record LinkKind(String value) {
  /** {@code href}. */
  public static final LinkKind HREF = new LinkKind("href");

  /** {@code redirect}. */
  public static final LinkKind REDIRECT = new LinkKind("redirect");

  private static final List<LinkKind> KNOWN = List.of(HREF, REDIRECT);

  /** The value must not be null. */
  public LinkKind {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for {@code value} when known, otherwise a new instance carrying it. */
  public static LinkKind of(String value) {
    for (LinkKind known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new LinkKind(value);
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
