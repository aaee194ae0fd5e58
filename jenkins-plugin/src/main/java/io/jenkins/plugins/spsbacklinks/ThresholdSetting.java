package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Threshold;
import java.io.Serializable;
import java.util.Objects;

/**
 * One configured threshold: the value at which {@code rule} makes the build UNSTABLE and the value
 * at which it makes it FAILURE; a null level is disabled, both null turn the rule off. The Jenkins
 * form and Pipeline argument is {@link GateThreshold}; this is its Jenkins-free value.
 *
 * <p>A plain class, not a record, because it is stored in job and global XML by XStream, which
 * cannot restore records.
 */
public final class ThresholdSetting implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ThresholdRule rule;
  private final Double unstable;
  private final Double failure;

  public ThresholdSetting(ThresholdRule rule, Double unstable, Double failure) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.unstable = unstable;
    this.failure = failure;
  }

  public ThresholdRule rule() {
    return rule;
  }

  /** The smallest value that makes the build UNSTABLE, or null. */
  public Double unstable() {
    return unstable;
  }

  /** The smallest value that makes the build FAILURE, or null. */
  public Double failure() {
    return failure;
  }

  /**
   * The core threshold; validated there (finite, {@code >= 0}, failure {@code >=} unstable).
   *
   * @throws io.spsbacklinks.core.InvalidParameterException naming the bad level
   */
  public Threshold toThreshold() {
    return Threshold.of(unstable, failure);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThresholdSetting t
        && rule == t.rule && Objects.equals(unstable, t.unstable) && Objects.equals(failure, t.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, unstable, failure);
  }

  @Override
  public String toString() {
    return rule + "(unstable=" + unstable + ", failure=" + failure + ")";
  }
}
