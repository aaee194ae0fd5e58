package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Format;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.OutputFormat;
import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.LinkType;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import io.spsbacklinks.gate.ApiErrorAction;
import io.spsbacklinks.gate.BacklinkSource;
import io.spsbacklinks.gate.Criticality;
import io.spsbacklinks.gate.FirstRunAction;
import io.spsbacklinks.gate.GateRule;
import io.spsbacklinks.gate.Threshold;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option value converters. API enums go through the client's own parsers, so the CLI accepts
 * exactly the API's values; picocli prefixes each message with the option's name.
 */
final class Converters {
  private Converters() {}

  static void register(CommandLine commandLine) {
    commandLine
        .registerConverter(Mode.class, wire(Mode::parse))
        .registerConverter(BacklinksOrder.class, wire(BacklinksOrder::parse))
        .registerConverter(NewLostOrder.class, wire(NewLostOrder::parse))
        .registerConverter(NewLostRefdomainsOrder.class, wire(NewLostRefdomainsOrder::parse))
        .registerConverter(NewLostType.class, wire(NewLostType::parse))
        .registerConverter(LinkType.class, wire(LinkType::parse))
        .registerConverter(AnchorType.class, wire(AnchorType::parse))
        .registerConverter(DofollowFilter.class, wire(DofollowFilter::parse))
        .registerConverter(OutputFormat.class, Converters::outputFormat)
        .registerConverter(Format.class, Converters::format)
        .registerConverter(LocalDate.class, Converters::date)
        .registerConverter(Duration.class, Converters::duration)
        .registerConverter(Threshold.class, Converters::threshold)
        .registerConverter(GateCommand.RuleThreshold.class, Converters::ruleThreshold)
        .registerConverter(BacklinkSource.class, words(BacklinkSource.class))
        .registerConverter(Criticality.class, words(Criticality.class))
        .registerConverter(ApiErrorAction.class, words(ApiErrorAction.class))
        .registerConverter(FirstRunAction.class, words(FirstRunAction.class))
        .registerConverter(GateCommand.SummaryFormat.class, words(GateCommand.SummaryFormat.class))
        .registerConverter(
            GateCommand.BaselineUpdate.class, words(GateCommand.BaselineUpdate.class));
  }

  /** How an enum constant is typed: {@code UNLESS_FAIL} is {@code unless-fail}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Enums of the CLI and the gate, typed in lower case with '-' (or '_') between words. */
  private static <E extends Enum<E>> ITypeConverter<E> words(Class<E> type) {
    return value -> {
      String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
      for (E constant : type.getEnumConstants()) {
        if (word(constant).equals(wanted)) {
          return constant;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not one of: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Converters::word)
                  .collect(Collectors.joining(", ")));
    };
  }

  /**
   * A threshold as {@code WARN:FAIL}: {@code 1:5}, {@code :5} (fail only), {@code 10:} (warn only),
   * {@code off}.
   */
  static Threshold threshold(String value) {
    String text = value.trim();
    if (text.equalsIgnoreCase("off")) {
      return Threshold.off();
    }
    int colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) < 0) {
      try {
        return Threshold.of(level(text.substring(0, colon)), level(text.substring(colon + 1)));
      } catch (NumberFormatException e) {
        // falls through to the message below
      } catch (InvalidParameterException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "': the warn level must not exceed the "
                + "fail level, and both must be numbers >= 0");
      }
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is not a threshold WARN:FAIL such as 1:5, "
            + ":5 (fail only), 10: (warn only) or off");
  }

  /** {@code RULE=WARN:FAIL}, RULE a thresholded rule id, e.g. {@code broken-targets-weight=1:5}. */
  static GateCommand.RuleThreshold ruleThreshold(String value) {
    int eq = value.indexOf('=');
    String ids = String.join(", ", GateRule.thresholded().stream().map(GateRule::id).toList());
    if (eq < 0) {
      throw new TypeConversionException(
          "'" + value + "' is not RULE=WARN:FAIL, RULE one of " + ids);
    }
    GateRule rule;
    try {
      rule = GateRule.thresholdedById("rule", value.substring(0, eq).trim());
    } catch (InvalidParameterException e) {
      throw new TypeConversionException(
          "unknown rule '" + value.substring(0, eq).trim() + "'; rules: " + ids);
    }
    return new GateCommand.RuleThreshold(rule, threshold(value.substring(eq + 1)));
  }

  /**
   * A threshold in the {@code WARN:FAIL} form {@link #threshold} reads, e.g. {@code 1:5}, {@code
   * :5}, {@code off}.
   */
  static String describe(Threshold t) {
    if (t.isOff()) {
      return "off";
    }
    return (t.warnAt() == null ? "" : Threshold.format(t.warnAt()))
        + ":"
        + (t.failAt() == null ? "" : Threshold.format(t.failAt()));
  }

  private static Double level(String text) {
    return text.isBlank() ? null : Double.valueOf(text.trim());
  }

  private static <E> ITypeConverter<E> wire(Function<String, E> parse) {
    return value -> {
      try {
        return parse.apply(value);
      } catch (InvalidParameterException e) {
        throw new TypeConversionException("'" + value + "' is not one of: " + e.allowed());
      }
    };
  }

  private static OutputFormat outputFormat(String value) {
    for (OutputFormat format : OutputFormat.values()) {
      if (format.name().equalsIgnoreCase(value.trim())) {
        return format;
      }
    }
    throw new TypeConversionException("'" + value + "' is not one of: json, xml");
  }

  private static Format format(String value) {
    for (Format format : Format.values()) {
      if (format.value().equalsIgnoreCase(value.trim())) {
        return format;
      }
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is not one of: "
            + Arrays.stream(Format.values()).map(Format::value).collect(Collectors.joining(", ")));
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date in YYYY-MM-DD format");
    }
  }

  /** Durations as people write them: 500ms, 30s, 5m, 1h, or ISO-8601 (PT30S). */
  static Duration duration(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("pt") || text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      switch (text.charAt(text.length() - 1)) {
        case 's':
          return Duration.ofSeconds(amount);
        case 'm':
          return Duration.ofMinutes(amount);
        case 'h':
          return Duration.ofHours(amount);
        default:
          break;
      }
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      // falls through to the message below
    }
    throw new TypeConversionException(
        "'" + value + "' is not a duration such as 500ms, 30s, 5m or 1h");
  }
}
