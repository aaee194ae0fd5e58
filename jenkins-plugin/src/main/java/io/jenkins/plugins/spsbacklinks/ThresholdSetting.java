package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.Threshold;
import java.io.Serializable;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One configured threshold: the value at which {@code rule} makes the build UNSTABLE and the value
 * at which it makes it FAILURE; a null level is disabled, both null turn the rule off. The Jenkins
 * form and Pipeline argument is {@link GateThreshold}; this is its Jenkins-free value.
 *
 * <p>The rule is stored as its {@link GateRule#id()} (e.g. {@code lost-backlinks}), the name the
 * CLI, policy files and the JSON report use.
 *
 * <p>A plain class, not a record, because it is stored in job and global XML by XStream, which
 * cannot restore records.
 */
public final class ThresholdSetting implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOGGER = Logger.getLogger(ThresholdSetting.class.getName());

  private final String rule;
  private final Double unstable;
  private final Double failure;

  /**
   * @param rule a thresholded rule id; a deprecated enum constant name such as {@code LOST_BACKLINKS}
   *     is accepted and stored as its id
   * @throws IllegalArgumentException without a rule
   * @throws io.spsbacklinks.core.InvalidParameterException for an unknown rule, listing the ids
   */
  public ThresholdSetting(String rule, Double unstable, Double failure) {
    this.rule = ruleId(rule);
    this.unstable = unstable;
    this.failure = failure;
  }

  /** The rule id, e.g. {@code lost-backlinks}. */
  public String rule() {
    return rule;
  }

  /** The gate rule this threshold drives. */
  public GateRule gateRule() {
    return GateRule.thresholdedById("rule", rule);
  }

  /** {@code policy} with this rule's threshold replaced. */
  public GatePolicy applyTo(GatePolicy policy) {
    return policy.toBuilder().threshold(gateRule(), toThreshold()).build();
  }

  /**
   * The id of the thresholded rule named by {@code rule}. Configurations written before rule ids
   * stored the constant name (e.g. {@code LOST_BACKLINKS}); it is mapped for one release, logged.
   *
   * @throws IllegalArgumentException for a blank rule
   * @throws io.spsbacklinks.core.InvalidParameterException for an unknown rule, listing the ids
   */
  public static String ruleId(String rule) {
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException(Messages.FormCheck_thresholdWithoutRule());
    }
    String id = GateRule.thresholdedById("rule", rule).id();
    if (!id.equals(rule)) {
      LOGGER.log(Level.WARNING, "Threshold rule {0} is deprecated, use the rule id {1}", new Object[] {rule, id});
    }
    return id;
  }

  /** Stored XML of older releases holds the constant name: mapped to the id, or refused. */
  private Object readResolve() {
    return new ThresholdSetting(rule, unstable, failure);
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
        && rule.equals(t.rule) && Objects.equals(unstable, t.unstable) && Objects.equals(failure, t.failure);
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
