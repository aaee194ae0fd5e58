package io.spsbacklinks.nifi;

import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.nifi.components.AllowableValue;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.PropertyValue;
import org.apache.nifi.components.ValidationContext;
import org.apache.nifi.components.ValidationResult;
import org.apache.nifi.components.Validator;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.serialization.RecordSetWriterFactory;

/**
 * Property descriptors shared by the processors and the helpers that turn their (expression
 * language) values into request parameters. Values that are only known after evaluation are checked
 * by the core client, which names the parameter and the allowed values.
 */
final class BacklinksProperties {
  static final PropertyDescriptor API_SERVICE =
      new PropertyDescriptor.Builder()
          .name("Backlinks API Service")
          .description(
              "The controller service holding the API key and connection settings of the"
                  + " SEO PowerSuite Backlinks API.")
          .required(true)
          .identifiesControllerService(BacklinksApiService.class)
          .build();

  static final PropertyDescriptor RECORD_WRITER =
      new PropertyDescriptor.Builder()
          .name("Record Writer")
          .description(
              "Writes the records. Set the writer's Date Format (e.g. yyyy-MM-dd) to write"
                  + " DATE fields as text rather than epoch milliseconds.")
          .required(true)
          .identifiesControllerService(RecordSetWriterFactory.class)
          .build();

  static final PropertyDescriptor TARGET =
      new PropertyDescriptor.Builder()
          .name("Target")
          .description(
              "The root domain, host or URL to analyse, e.g. example.com or"
                  + " https://www.example.com/page. With an incoming FlowFile, expressions see its"
                  + " attributes.")
          .required(true)
          .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
          .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
          .build();

  static final PropertyDescriptor MODE =
      new PropertyDescriptor.Builder()
          .name("Mode")
          .description("Which URLs of the target are analysed (API parameter mode).")
          .required(true)
          .allowableValues(
              new AllowableValue(
                  Mode.DOMAIN.wireValue(),
                  Mode.DOMAIN.wireValue(),
                  "The domain and all its subdomains, e.g. example.com and blog.example.com."),
              new AllowableValue(
                  Mode.HOST.wireValue(),
                  Mode.HOST.wireValue(),
                  "This host only (the API's default), e.g. www.example.com."),
              new AllowableValue(
                  Mode.URL.wireValue(),
                  Mode.URL.wireValue(),
                  "This exact URL, e.g. https://www.example.com/page."))
          .defaultValue(Mode.HOST.wireValue())
          .build();

  static final PropertyDescriptor NEW_LOST_TYPE =
      choice(
          "New Or Lost",
          "new_lost_type",
          NewLostType.allowedValues(),
          "Only new or only lost rows; both when empty");

  static final PropertyDescriptor DATE_FROM =
      date(
          "Date From",
          "date_from",
          "First day of the range, inclusive; the API's default is yesterday. Expression language"
              + " helps, e.g. ${now():minus(604800000):format('yyyy-MM-dd')} for a week ago.");

  static final PropertyDescriptor DATE_TO =
      date("Date To", "date_to", "Last day of the range, inclusive; the API's default is today.");

  private BacklinksProperties() {}

  /** A "Limit" property (API parameter {@code limit}) within [1; max]. */
  static PropertyDescriptor limit(String displayName, int max, String apiDefault) {
    return new PropertyDescriptor.Builder()
        .name(displayName)
        .description(
            "Maximum number of rows to return, 1 to "
                + max
                + " (API parameter limit). When empty, the API's default applies: "
                + apiDefault
                + ".")
        .required(false)
        .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
        .addValidator(StandardValidators.createLongValidator(1, max, true))
        .build();
  }

  /**
   * An optional property choosing one value of a request enum, e.g. {@code order_by}; empty means
   * the API's default.
   *
   * @param allowedValues the enum's {@code allowedValues()}
   */
  static PropertyDescriptor choice(
      String displayName, String parameter, String allowedValues, String description) {
    return new PropertyDescriptor.Builder()
        .name(displayName)
        .description(description + " (API parameter " + parameter + ").")
        .required(false)
        .allowableValues(
            Arrays.stream(allowedValues.split(",")).map(String::trim).toArray(String[]::new))
        .build();
  }

  /** An optional date property (format YYYY-MM-DD) for the API parameter {@code parameter}. */
  static PropertyDescriptor date(String displayName, String parameter, String description) {
    return new PropertyDescriptor.Builder()
        .name(displayName)
        .description(description + " Format YYYY-MM-DD (API parameter " + parameter + ").")
        .required(false)
        .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
        .addValidator(new DateValidator(parameter))
        .build();
  }

  /** The evaluated target. */
  static String target(ProcessContext context, FlowFile flowFile) {
    return evaluate(context, TARGET, flowFile);
  }

  /** The evaluated mode. @throws InvalidParameterException when it is not a mode */
  static Mode mode(ProcessContext context, FlowFile flowFile) {
    return Mode.parse(evaluate(context, MODE, flowFile));
  }

  /** The evaluated integer, null when unset. @throws InvalidParameterException when not a number */
  static Integer integer(
      ProcessContext context, PropertyDescriptor property, String parameter, FlowFile flowFile) {
    String value = evaluate(context, property, flowFile);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(parameter, value, "an integer");
    }
  }

  /**
   * The value of an optional property naming a request enum value, null when unset.
   *
   * @param parser the enum's {@code parse}, which throws {@link InvalidParameterException}
   */
  static <E> E chosen(
      ProcessContext context,
      PropertyDescriptor property,
      FlowFile flowFile,
      Function<String, E> parser) {
    String value = evaluate(context, property, flowFile);
    return value == null || value.isBlank() ? null : parser.apply(value);
  }

  /**
   * The trimmed value of a property, with expression language (when the property supports it)
   * evaluated against the FlowFile's attributes if there is a FlowFile.
   */
  static String evaluate(ProcessContext context, PropertyDescriptor property, FlowFile flowFile) {
    PropertyValue value = context.getProperty(property);
    if (property.isExpressionLanguageSupported()) {
      value =
          flowFile == null
              ? value.evaluateAttributeExpressions()
              : value.evaluateAttributeExpressions(flowFile);
    }
    String result = value.getValue();
    return result == null ? null : result.trim();
  }

  private static LocalDate parseDate(String parameter, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException(parameter, value, "a date in YYYY-MM-DD format");
    }
  }

  private static boolean isExpression(String subject, String input, ValidationContext context) {
    return context.isExpressionLanguageSupported(subject)
        && context.isExpressionLanguagePresent(input);
  }

  private static ValidationResult valid(String subject, String input) {
    return new ValidationResult.Builder().subject(subject).input(input).valid(true).build();
  }

  private record DateValidator(String parameter) implements Validator {
    @Override
    public ValidationResult validate(String subject, String input, ValidationContext context) {
      if (isExpression(subject, input, context)) {
        return valid(subject, input);
      }
      try {
        parseDate(parameter, input);
        return valid(subject, input);
      } catch (InvalidParameterException e) {
        return new ValidationResult.Builder()
            .subject(subject)
            .input(input)
            .valid(false)
            .explanation(e.getMessage())
            .build();
      }
    }
  }
}
