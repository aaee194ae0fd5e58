package io.spsbacklinks.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 400: a parameter is missing or invalid ("Parameter YYY is missing." / "... is invalid."). */
public class BadRequestException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;
  private static final Pattern PARAMETER =
      Pattern.compile("Parameter\\s+['\"]?([^\\s'\"]+?)['\"]?\\s+is\\s+(?:missing|invalid)",
          Pattern.CASE_INSENSITIVE);

  private final String parameter;

  /** Creates the exception; the parameter name is parsed from {@code apiMessage}. */
  public BadRequestException(String command, String target, String apiMessage) {
    super(400, command, target, apiMessage);
    this.parameter = parameterOf(apiMessage);
  }

  static String parameterOf(String apiMessage) {
    if (apiMessage == null) {
      return null;
    }
    Matcher matcher = PARAMETER.matcher(apiMessage);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The parameter named by the API's message, or null when the message names none. */
  public String parameter() {
    return parameter;
  }
}
