package io.spsbacklinks.gate;

import io.spsbacklinks.core.model.Mode;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * One gate run's input.
 *
 * @param target the API target (root domain, host or URL) whose backlinks are guarded
 * @param mode the API mode; null means {@link Mode#HOST}, the API's default
 * @param deployedBaseUrl the deployed site's http(s) base URL (e.g. a staging host), or null to
 *     probe the backlinked URLs where they point. When given, a backlinked URL on the target's host
 *     (www ignored) is probed on this scheme, host and port, with this base path prepended to its
 *     own path and query.
 * @param baseline the previous accepted run's baseline, or null on a first run
 * @param policy the policy
 */
public record GateRequest(
    String target, Mode mode, String deployedBaseUrl, Baseline baseline, GatePolicy policy) {
  /** Checks the components; a bad value throws the client's {@code InvalidParameterException}. */
  public GateRequest {
    if (target == null || target.isBlank() || Hosts.hostOf(target) == null) {
      throw PolicyErrors.invalid("target", target, "a root domain, host or URL, e.g. example.com");
    }
    target = target.trim();
    mode = mode == null ? Mode.HOST : mode;
    if (deployedBaseUrl != null) {
      HttpUrl base = HttpUrl.parse(deployedBaseUrl.trim());
      if (base == null) {
        throw PolicyErrors.invalid(
            "deployedBaseUrl", deployedBaseUrl, "an http:// or https:// URL, or null");
      }
      deployedBaseUrl = deployedBaseUrl.trim();
    }
    Objects.requireNonNull(policy, "policy");
  }

  /** The target's host, lower case. */
  String targetHost() {
    return Hosts.hostOf(target).toLowerCase(Locale.ROOT);
  }
}
