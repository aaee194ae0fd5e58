package io.jenkins.plugins.spsbacklinks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.spsbacklinks.gate.GateRule;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One threshold row of the job or global configuration, and the Pipeline argument
 * {@code backlinksThreshold(rule: 'lost-backlinks', unstable: 25, failure: 100)}. The rule is the
 * gate's rule id, as in policy files, the CLI and the JSON report; the constant names of earlier
 * releases (e.g. {@code LOST_BACKLINKS}) are still accepted, deprecated. A blank level is disabled;
 * both blank turn the rule off.
 */
public final class GateThreshold implements Describable<GateThreshold> {
  private final String rule;
  private Double unstable;
  private Double failure;

  /**
   * @param rule a thresholded rule id
   * @throws IllegalArgumentException without a rule
   * @throws io.spsbacklinks.core.InvalidParameterException for an unknown rule, listing the ids
   */
  @DataBoundConstructor
  public GateThreshold(String rule) {
    this.rule = ThresholdSetting.ruleId(rule);
  }

  /** The rule id, e.g. {@code lost-backlinks}. */
  public String getRule() {
    return rule;
  }

  /** The smallest measured value that makes the build UNSTABLE; null disables the level. */
  public Double getUnstable() {
    return unstable;
  }

  @DataBoundSetter
  public void setUnstable(Double unstable) {
    this.unstable = unstable;
  }

  /** The smallest measured value that makes the build FAILURE; null disables the level. */
  public Double getFailure() {
    return failure;
  }

  @DataBoundSetter
  public void setFailure(Double failure) {
    this.failure = failure;
  }

  ThresholdSetting toSetting() {
    return new ThresholdSetting(rule, unstable, failure);
  }

  static GateThreshold of(ThresholdSetting setting) {
    GateThreshold t = new GateThreshold(setting.rule());
    t.setUnstable(setting.unstable());
    t.setFailure(setting.failure());
    return t;
  }

  static List<ThresholdSetting> toSettings(List<GateThreshold> thresholds) {
    return thresholds == null ? List.of() : thresholds.stream().map(GateThreshold::toSetting).toList();
  }

  static List<GateThreshold> of(List<ThresholdSetting> settings) {
    return settings.stream().map(GateThreshold::of).toList();
  }

  /** The threshold row's descriptor. */
  @Extension
  @Symbol("backlinksThreshold")
  public static final class DescriptorImpl extends Descriptor<GateThreshold> {
    @NonNull
    @Override
    public String getDisplayName() {
      return Messages.GateThreshold_DisplayName();
    }

    /** The thresholded rules, by id, labelled "id: title (unit)". */
    @POST
    public ListBoxModel doFillRuleItems(@AncestorInPath Item item) {
      ListBoxModel items = new ListBoxModel();
      if (Forms.canConfigure(item)) {
        for (GateRule r : GateRule.thresholded()) {
          items.add(FormCheck.ruleLabel(r), r.id());
        }
      }
      return items;
    }

    @POST
    public FormValidation doCheckRule(@AncestorInPath Item item, @QueryParameter String value) {
      return Forms.check(item, FormCheck.rule(value));
    }

    @POST
    public FormValidation doCheckFailure(@AncestorInPath Item item, @QueryParameter String unstable,
        @QueryParameter String value) {
      return Forms.check(item, FormCheck.threshold(unstable, value));
    }

    @POST
    public FormValidation doCheckUnstable(@AncestorInPath Item item, @QueryParameter String value,
        @QueryParameter String failure) {
      return Forms.check(item, FormCheck.threshold(value, failure));
    }
  }
}
