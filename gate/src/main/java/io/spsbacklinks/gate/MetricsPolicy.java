package io.spsbacklinks.gate;

/**
 * Settings of the metrics check: get-metrics now against the baseline's metrics. The thresholds of
 * the {@code metrics-*-drop} rules ({@link GatePolicy#thresholds()}) apply to the percentage drop
 * {@code (before - after) * 100 / before}; growth never trips. With no baseline the rules pass with
 * a note.
 *
 * @param enabled whether the check runs (default true)
 */
public record MetricsPolicy(boolean enabled) {

  private static final MetricsPolicy DEFAULTS = new MetricsPolicy(true);

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
    return new Builder().enabled(enabled);
  }

  /** Builds a {@link MetricsPolicy}; starts from the defaults. */
  public static final class Builder {
    private boolean enabled = true;

    private Builder() {}

    /** Sets {@link MetricsPolicy#enabled()}. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Builds the {@link MetricsPolicy}. */
    public MetricsPolicy build() {
      return new MetricsPolicy(enabled);
    }
  }
}
