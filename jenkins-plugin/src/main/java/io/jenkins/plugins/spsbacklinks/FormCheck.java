package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.gate.BrokenTargetsPolicy;
import io.spsbacklinks.gate.GatePolicy;
import io.spsbacklinks.gate.GateRequest;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.LostPolicy;
import io.spsbacklinks.gate.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one form field, Jenkins-free (the descriptors turn it into a {@code
 * FormValidation}). The checks reuse the core's validation so the form and the run agree.
 *
 * @param kind OK, WARNING or ERROR
 * @param message the text shown under the field; empty for a plain OK
 */
public record FormCheck(Kind kind, String message) {
  /** How serious a check's message is. */
  public enum Kind {
    OK,
    WARNING,
    ERROR
  }

  public FormCheck {
    Objects.requireNonNull(kind, "kind");
    message = message == null ? "" : message;
  }

  public static FormCheck ok() {
    return new FormCheck(Kind.OK, "");
  }

  public static FormCheck ok(String message) {
    return new FormCheck(Kind.OK, message);
  }

  public static FormCheck warning(String message) {
    return new FormCheck(Kind.WARNING, message);
  }

  public static FormCheck error(String message) {
    return new FormCheck(Kind.ERROR, message);
  }

  /** A target is required and must be a root domain, host or URL. */
  public static FormCheck target(String value) {
    if (value == null || value.isBlank()) {
      return error(Messages.FormCheck_targetRequired());
    }
    return attempt(() -> new GateRequest(value, null, null, null, GatePolicy.defaults()));
  }

  /** Blank, or an http(s) URL. */
  public static FormCheck deployedBaseUrl(String value) {
    if (value == null || value.isBlank()) {
      return ok();
    }
    return attempt(() -> new GateRequest("example.com", null, value, null, GatePolicy.defaults()));
  }

  /** Blank, or an http(s) endpoint URL. */
  public static FormCheck endpoint(String value) {
    if (value == null || value.isBlank()) {
      return ok();
    }
    return attempt(() -> BacklinksClient.builder().endpoint(value));
  }

  /** Known {@code reason_lost} values only. */
  public static FormCheck ignoredReasons(String value) {
    return attempt(() -> LostPolicy.builder().ignoredReasons(GatePolicyMapping.entries(value)).build());
  }

  /** Host names the broken-target probes may request besides the target's site. */
  public static FormCheck allowedHosts(String value) {
    return attempt(() -> BrokenTargetsPolicy.builder().allowedHosts(GatePolicyMapping.entries(value)).build());
  }

  /** Referring domains or page URLs. */
  public static FormCheck watchlist(String value) {
    return attempt(() -> GatePolicy.builder().watchlist(GatePolicyMapping.entries(value)).build());
  }

  /** Blank (no minimum) or 0..100. */
  public static FormCheck minDomainInlinkRank(String value) {
    if (value == null || value.isBlank()) {
      return ok();
    }
    return attempt(() -> LostPolicy.builder().minDomainInlinkRank(Integer.valueOf(value.trim())).build());
  }

  /** Blank (the default) or 1..64 requests at once. */
  public static FormCheck probeConcurrency(String value) {
    if (value == null || value.isBlank()) {
      return ok();
    }
    return attempt(() -> BrokenTargetsPolicy.builder().concurrency(Integer.parseInt(value.trim())).build());
  }

  /** A whole number of units >= 1. */
  public static FormCheck unitBudget(String value) {
    if (value == null || value.isBlank()) {
      return error(Messages.FormCheck_unitBudgetRequired());
    }
    return attempt(() -> GatePolicy.builder().unitBudget(Long.parseLong(value.trim())).build());
  }

  /** A thresholded rule id; an unknown one is refused with the list of ids. */
  public static FormCheck rule(String value) {
    if (value == null || value.isBlank()) {
      return error(Messages.FormCheck_thresholdWithoutRule());
    }
    return attempt(() -> GateRule.thresholdedById("rule", value));
  }

  /** A rule's label in the form, led by its id, e.g. "lost-backlinks: Lost backlinks (backlinks)". */
  public static String ruleLabel(GateRule rule) {
    return rule.id() + ": " + rule.title() + " (" + rule.unit() + ")";
  }

  /** Both levels blank or finite numbers >= 0, failure >= unstable. */
  public static FormCheck threshold(String unstable, String failure) {
    return attempt(() -> Threshold.of(level(unstable), level(failure)));
  }

  /** Shortest timeout the form and the server accept, in seconds. */
  public static final int MIN_TIMEOUT_SECONDS = 1;
  /** Longest timeout the form and the server accept, in seconds. */
  public static final int MAX_TIMEOUT_SECONDS = 600;

  /** A timeout of {@value #MIN_TIMEOUT_SECONDS}..{@value #MAX_TIMEOUT_SECONDS} seconds. */
  public static FormCheck timeoutSeconds(String value) {
    try {
      int seconds = value == null ? 0 : Integer.parseInt(value.trim());
      return isTimeoutSeconds(seconds) ? ok() : error(timeoutRange());
    } catch (NumberFormatException e) {
      return error(timeoutRange());
    }
  }

  /** True if {@code seconds} is an accepted timeout. */
  public static boolean isTimeoutSeconds(int seconds) {
    return seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS;
  }

  /** The message for a timeout out of range. */
  public static String timeoutRange() {
    return Messages.FormCheck_timeoutRange(MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS);
  }

  /**
   * The settings of {@code thresholds}, each checked by {@link #checked(ThresholdSetting)}: what the
   * data-bound setters store, so JCasC, Job DSL and Pipeline arguments are refused as the form refuses them.
   */
  public static List<ThresholdSetting> checkedThresholds(List<GateThreshold> thresholds) {
    for (GateThreshold t : thresholds == null ? List.<GateThreshold>of() : thresholds) {
      if (t == null) {
        throw new IllegalArgumentException(Messages.FormCheck_thresholdWithoutRule());
      }
    }
    // A mutable list: XStream stores it in the job's or Jenkins' XML.
    List<ThresholdSetting> settings = new ArrayList<>(GateThreshold.toSettings(thresholds));
    settings.forEach(FormCheck::checked);
    return settings;
  }

  /**
   * {@code setting}, once it has a known rule (stored XML may lack one or name an unknown one) and
   * the core accepts its levels.
   *
   * @throws IllegalArgumentException without a rule
   * @throws InvalidParameterException naming an unknown rule or the level the core refuses
   *     (negative, not finite, failure below unstable)
   */
  public static ThresholdSetting checked(ThresholdSetting setting) {
    if (setting.rule() == null) {
      throw new IllegalArgumentException(Messages.FormCheck_thresholdWithoutRule());
    }
    setting.gateRule();
    setting.toThreshold();
    return setting;
  }

  private static Double level(String value) {
    return value == null || value.isBlank() ? null : Double.valueOf(value.trim());
  }

  private static FormCheck attempt(Runnable validation) {
    try {
      validation.run();
      return ok();
    } catch (NumberFormatException e) {
      return error(Messages.FormCheck_notANumber(e.getMessage()));
    } catch (InvalidParameterException e) {
      // The core names the parameter, the value and what is allowed.
      return error(e.getMessage());
    }
  }
}
