package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;
import java.math.BigDecimal;

/**
 * One place that builds the error for a bad policy, request or baseline value. It is the client's
 * {@link InvalidParameterException}, so front ends treat bad gate input like bad API input (the
 * CLI's exit code 2): the message names the field, the value and what is allowed.
 */
final class PolicyErrors {
  private PolicyErrors() {}

  static InvalidParameterException invalid(String parameter, Object value, String allowed) {
    return new InvalidParameterException(parameter, value == null ? null : echo(value), allowed);
  }

  /**
   * A value as the user wrote it: policy levels are read as doubles, and {@code failAt: 1} must not
   * come back as {@code 1.0}.
   */
  static String echo(Object value) {
    if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
