package io.spsbacklinks.gate;

import java.util.Objects;

/**
 * Settings of the metrics check: get-metrics now against the baseline's metrics. Each threshold
 * applies to the percentage drop {@code (before - after) * 100 / before}; growth never trips. With
 * no baseline the rules pass with a note.
 *
 * @param enabled whether the check runs (default true)
 * @param backlinksDrop threshold on the drop of {@code backlinks} (default warn >= 10, fail >= 25)
 * @param refdomainsDrop threshold on the drop of {@code refdomains} (default warn >= 5, fail >= 15)
 * @param dofollowBacklinksDrop threshold on the drop of {@code dofollow_backlinks} (default warn
 *     >= 10, fail >= 25)
 */
public record MetricsPolicy(
    boolean enabled, Threshold backlinksDrop, Threshold refdomainsDrop, Threshold dofollowBacklinksDrop) {

  private static final MetricsPolicy DEFAULTS = builder().build();

  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public MetricsPolicy {
    Objects.requireNonNull(backlinksDrop, "backlinksDrop");
    Objects.requireNonNull(refdomainsDrop, "refdomainsDrop");
    Objects.requireNonNull(dofollowBacklinksDrop, "dofollowBacklinksDrop");
  }

  /** The defaults listed on the record components. */
  public static MetricsPolicy defaults() {
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
        .backlinksDrop(backlinksDrop)
        .refdomainsDrop(refdomainsDrop)
        .dofollowBacklinksDrop(dofollowBacklinksDrop);
  }

  /** Builds a {@link MetricsPolicy}; starts from the defaults. */
  public static final class Builder {
    private boolean enabled = true;
    private Threshold backlinksDrop = Threshold.of(10.0, 25.0);
    private Threshold refdomainsDrop = Threshold.of(5.0, 15.0);
    private Threshold dofollowBacklinksDrop = Threshold.of(10.0, 25.0);

    private Builder() {}

    /** Sets {@link MetricsPolicy#enabled()}. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Sets {@link MetricsPolicy#backlinksDrop()}. */
    public Builder backlinksDrop(Threshold backlinksDrop) {
      this.backlinksDrop = backlinksDrop;
      return this;
    }

    /** Sets {@link MetricsPolicy#refdomainsDrop()}. */
    public Builder refdomainsDrop(Threshold refdomainsDrop) {
      this.refdomainsDrop = refdomainsDrop;
      return this;
    }

    /** Sets {@link MetricsPolicy#dofollowBacklinksDrop()}. */
    public Builder dofollowBacklinksDrop(Threshold dofollowBacklinksDrop) {
      this.dofollowBacklinksDrop = dofollowBacklinksDrop;
      return this;
    }

    /** Validates and builds; a bad value throws the client's {@code InvalidParameterException}. */
    public MetricsPolicy build() {
      return new MetricsPolicy(enabled, backlinksDrop, refdomainsDrop, dofollowBacklinksDrop);
    }
  }
}
