package io.spsbacklinks.gate;

import io.spsbacklinks.core.InvalidParameterException;

/**
 * One place that builds the error for a bad policy, request or baseline value. It is the client's
 * {@link InvalidParameterException}, so front ends treat bad gate input like bad API input (the
 * CLI's exit code 2): the message names the field, the value and what is allowed.
 */
final class PolicyErrors {
  private PolicyErrors() {}

  static InvalidParameterException invalid(String parameter, Object value, String allowed) {
    return new InvalidParameterException(parameter, value == null ? null : String.valueOf(value), allowed);
  }
}
