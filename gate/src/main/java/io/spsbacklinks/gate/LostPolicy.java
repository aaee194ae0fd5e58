package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.ReasonLost;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Settings of the lost-in-the-index check: get-new-lost-backlinks and get-new-lost-refdomains with
 * {@code new_lost_type=lost} over {@code [baseline date .. today]} (or {@code [today - lookbackDays
 * .. today]} without a baseline), both ordered by Domain InLink Rank so a truncated answer keeps
 * the strongest links.
 *
 * <p>A lost backlink counts unless its {@code reason_lost} is in {@link #ignoredReasons()}; a lost
 * {@code broken_redirect} whose {@code url_from} is on the site's own host is deploy-caused and
 * always counts. A lost referring domain is ignored when every lost backlink seen from it was
 * ignored. An unknown rank (-1) passes {@link #minDomainInlinkRank()}: a loss is never hidden on a
 * guess.
 *
 * @param enabled whether the check runs (default true)
 * @param lookbackDays the window in days when there is no baseline (1..365, default 7)
 * @param dofollowOnly only dofollow backlinks ({@code dofollow=dofollow}) and referring domains
 *     with dofollow backlinks count (default false)
 * @param minDomainInlinkRank lost links from domains ranked below this are left out (0..100, or
 *     null for no minimum; default null)
 * @param linkType only this {@code link_type}, or null for both (default null)
 * @param ignoredReasons {@code reason_lost} values that are noise for a deploy (default {@code
 *     crawl_error}, {@code page_dropped})
 * @param maxRows the {@code limit} of each of the two list requests (1..10,000, default 1,000; one
 *     unit per row)
 */
public record LostPolicy(
    boolean enabled,
    int lookbackDays,
    boolean dofollowOnly,
    Integer minDomainInlinkRank,
    LinkType linkType,
    Set<String> ignoredReasons,
    int maxRows) {

  /** Every {@code reason_lost} value the API document lists. */
  public static final List<String> KNOWN_REASONS =
      Stream.of(
              ReasonLost.PAGE_NOT_FOUND,
              ReasonLost.CRAWL_ERROR,
              ReasonLost.PAGE_DROPPED,
              ReasonLost.REDIRECT,
              ReasonLost.NOT_CANONICAL,
              ReasonLost.NOINDEX,
              ReasonLost.LINK_REMOVED,
              ReasonLost.BROKEN_REDIRECT,
              ReasonLost.OTHER)
          .map(ReasonLost::value)
          .collect(Collectors.toUnmodifiableList());

  private static final LostPolicy DEFAULTS = builder().build();

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public LostPolicy {
    BrokenTargetsPolicy.range("lost.lookbackDays", lookbackDays, 1, 365);
    BrokenTargetsPolicy.range("lost.maxRows", maxRows, 1, 10_000);
    if (minDomainInlinkRank != null) {
      BrokenTargetsPolicy.range("lost.minDomainInlinkRank", minDomainInlinkRank, 0, 100);
    }
    for (String reason : Objects.requireNonNull(ignoredReasons, "ignoredReasons")) {
      if (!KNOWN_REASONS.contains(reason)) {
        throw PolicyErrors.invalid("lost.ignoredReasons", reason, String.join(", ", KNOWN_REASONS));
      }
    }
    // The document's order, so reports and written policies never depend on set iteration order.
    Set<String> reasons = new LinkedHashSet<>();
    for (String known : KNOWN_REASONS) {
      if (ignoredReasons.contains(known)) {
        reasons.add(known);
      }
    }
    ignoredReasons = Collections.unmodifiableSet(reasons);
  }

  /** The defaults listed on the record components. */
  public static LostPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's values. */
  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .lookbackDays(lookbackDays)
        .dofollowOnly(dofollowOnly)
        .minDomainInlinkRank(minDomainInlinkRank)
        .linkType(linkType)
        .ignoredReasons(ignoredReasons)
        .maxRows(maxRows);
  }

  /** Builds a {@link LostPolicy}; starts from the defaults. */
  public static final class Builder {
    private boolean enabled = true;
    private int lookbackDays = 7;
    private boolean dofollowOnly;
    private Integer minDomainInlinkRank;
    private LinkType linkType;
    private Set<String> ignoredReasons =
        Set.of(ReasonLost.CRAWL_ERROR.value(), ReasonLost.PAGE_DROPPED.value());
    private int maxRows = 1_000;

    private Builder() {}

    /** Sets {@link LostPolicy#enabled()}. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@link LostPolicy#lookbackDays()}. */
    public Builder lookbackDays(int lookbackDays) {
      this.lookbackDays = lookbackDays;
      return this;
    }

    /** Sets {@link LostPolicy#dofollowOnly()}. */
    public Builder dofollowOnly(boolean dofollowOnly) {
      this.dofollowOnly = dofollowOnly;
      return this;
    }

    /** Null for no minimum. */
    public Builder minDomainInlinkRank(Integer minDomainInlinkRank) {
      this.minDomainInlinkRank = minDomainInlinkRank;
      return this;
    }

    /** Null for every link type. */
    public Builder linkType(LinkType linkType) {
      this.linkType = linkType;
      return this;
    }

    /** Replaces the ignored {@code reason_lost} values; an empty collection ignores nothing. */
    public Builder ignoredReasons(Collection<String> ignoredReasons) {
      this.ignoredReasons = new LinkedHashSet<>(ignoredReasons);
      return this;
    }

    /** Sets {@link LostPolicy#maxRows()}. */
    public Builder maxRows(int maxRows) {
      this.maxRows = maxRows;
      return this;
    }

    /** Validates and builds; a bad value throws the client's {@code InvalidParameterException}. */
    public LostPolicy build() {
      return new LostPolicy(
          enabled,
          lookbackDays,
          dofollowOnly,
          minDomainInlinkRank,
          linkType,
          ignoredReasons,
          maxRows);
    }
  }
}
