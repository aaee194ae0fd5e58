package io.spsbacklinks.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 400: a parameter is missing or invalid ("Parameter YYY is missing." / "... is invalid."). For
 * get-raw-backlinks, an invalid {@code next} is a cursor that expired (the API keeps them about 24
 * hours) or was never issued: see {@link #isExpiredCursor()}.
 */
public class BadRequestException extends BacklinksApiException {
  private static final long serialVersionUID = 1L;
  private static final Pattern PARAMETER =
      Pattern.compile(
          "Parameter\\s+['\"]?([^\\s'\"]+?)['\"]?\\s+is\\s+(?:missing|invalid)",
          Pattern.CASE_INSENSITIVE);

  private final String parameter;

  /** Creates the exception; the parameter name is parsed from {@code apiMessage}. */
  public BadRequestException(String command, String target, String apiMessage) {
    super(400, command, target, apiMessage, hint(command, parameterOf(apiMessage)));
    this.parameter = parameterOf(apiMessage);
  }

  private static String hint(String command, String parameter) {
    return expiredCursor(command, parameter)
        ? "the cursor has expired (the API keeps cursors about 24 hours) or was never issued: "
            + "start the walk again from the first page"
        : null;
  }

  private static boolean expiredCursor(String command, String parameter) {
    return "get-raw-backlinks".equals(command) && "next".equalsIgnoreCase(parameter);
  }

  /**
   * Whether this is get-raw-backlinks refusing its {@code next} cursor: it expired or was never
   * issued, and the walk can only start again from the first page.
   */
  public boolean isExpiredCursor() {
    return expiredCursor(command(), parameter);
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
