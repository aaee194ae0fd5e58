package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.SubscriptionStatus;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.lifecycle.OnDisabled;
import org.apache.nifi.annotation.lifecycle.OnEnabled;
import org.apache.nifi.components.ConfigVerificationResult;
import org.apache.nifi.components.ConfigVerificationResult.Outcome;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.components.ValidationContext;
import org.apache.nifi.components.ValidationResult;
import org.apache.nifi.components.Validator;
import org.apache.nifi.controller.AbstractControllerService;
import org.apache.nifi.controller.ConfigurationContext;
import org.apache.nifi.controller.VerifiableControllerService;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.logging.ComponentLog;
import org.apache.nifi.migration.PropertyConfiguration;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.proxy.ProxyConfiguration;
import org.apache.nifi.proxy.ProxySpec;
import org.apache.nifi.ssl.SSLContextProvider;

/**
 * The standard {@link BacklinksApiService}: one core {@link BacklinksClient} built from the API
 * key, endpoint, timeouts, retries and the optional SSL context and proxy services.
 */
@Tags({"seo", "backlinks", "seopowersuite", "api", "client"})
@CapabilityDescription(
    "Connects to the SEO PowerSuite Backlinks API v1.0 with an API key. Requests"
        + " that fail with 429, 500, 502, 503, 504 or an I/O error are retried within the request, up"
        + " to Max Attempts, waiting at most Max Retry Wait between attempts (Retry-After is honoured"
        + " up to that bound); what still fails is handed to the processor, which routes it to retry."
        + " Verification calls get-subscription-info (free of units) and reports the subscription"
        + " status and the units left.")
@SeeAlso({GetMetrics.class, PageRawBacklinks.class, DownloadAllBacklinks.class})
public class StandardBacklinksApiService extends AbstractControllerService
    implements BacklinksApiService, VerifiableControllerService {

  static final PropertyDescriptor API_KEY =
      new PropertyDescriptor.Builder()
          .name("API Key")
          .description(
              "The API key issued by SEO PowerSuite. Sent as the apikey query parameter and"
                  + " never written to logs, attributes or provenance.")
          .required(true)
          .sensitive(true)
          .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
          .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
          .build();

  static final PropertyDescriptor ENDPOINT =
      new PropertyDescriptor.Builder()
          .name("Endpoint URL")
          .description("Base URL of the API; commands are appended as path segments.")
          .required(true)
          .defaultValue(BacklinksClient.DEFAULT_ENDPOINT)
          .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
          .addValidator(StandardValidators.URL_VALIDATOR)
          .build();

  static final PropertyDescriptor CONNECT_TIMEOUT =
      new PropertyDescriptor.Builder()
          .name("Connect Timeout")
          .description("How long to wait for a connection to the API.")
          .required(true)
          .defaultValue("10 secs")
          .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
          .build();

  static final PropertyDescriptor READ_TIMEOUT =
      new PropertyDescriptor.Builder()
          .name("Read Timeout")
          .description(
              "How long to wait for the next bytes of a response. There is no bound on a"
                  + " whole response, as a large page or export streams for as long as it takes.")
          .required(true)
          .defaultValue("60 secs")
          .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
          .build();

  static final PropertyDescriptor MAX_ATTEMPTS =
      new PropertyDescriptor.Builder()
          .name("Max Attempts")
          .description(
              "Attempts per request, including the first, for 429, 500, 502, 503, 504 and"
                  + " I/O failures. 1 disables retries within a request.")
          .required(true)
          .defaultValue("3")
          .addValidator(StandardValidators.createLongValidator(1, 10, true))
          .build();

  static final PropertyDescriptor MAX_RETRY_WAIT =
      new PropertyDescriptor.Builder()
          .name("Max Retry Wait")
          .description(
              "The longest wait between two attempts of a request, also the bound of a"
                  + " Retry-After. Waiting holds a NiFi thread; keep it short and let the retry"
                  + " relationship handle longer outages.")
          .required(true)
          .defaultValue("10 secs")
          .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
          .build();

  static final PropertyDescriptor SSL_CONTEXT_PROVIDER =
      new PropertyDescriptor.Builder()
          .name("SSL Context Service")
          .description(
              "Optional TLS settings (trust store, client certificate) for HTTPS; the JVM's"
                  + " defaults apply when unset.")
          .required(false)
          .identifiesControllerService(SSLContextProvider.class)
          .build();

  static final PropertyDescriptor ALLOWED_DOWNLOAD_HOSTS =
      new PropertyDescriptor.Builder()
          .name("Allowed Download Hosts")
          .description(
              "Comma-separated host names, besides the Endpoint URL's own, that export"
                  + " files (download_file of download-all-backlinks) may be downloaded from, e.g. a CDN:"
                  + " cdn.example.com, exports.example.net. Plain host names only: no scheme, port, path"
                  + " or wildcard. Downloads from these hosts use https (or the Endpoint URL's scheme) on"
                  + " any port and never carry the API key. When unset, exports are only downloaded from"
                  + " the Endpoint URL's scheme, host and port, and a download_file elsewhere fails.")
          .required(false)
          .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
          .addValidator(new DownloadHostsValidator())
          .build();

  private static final ProxySpec[] PROXY_SPECS = {ProxySpec.HTTP_AUTH, ProxySpec.SOCKS};

  /**
   * Named after the proxy API of the NiFi that runs the service: "proxy-configuration-service" up
   * to 2.6, "Proxy Configuration Service" from 2.7 on
   * (nifi-extension-bundles/nifi-standard-services/
   * nifi-proxy-configuration-api/.../proxy/ProxyConfigurationService.java).
   */
  static final PropertyDescriptor PROXY_CONFIGURATION_SERVICE =
      ProxyConfiguration.createProxyConfigPropertyDescriptor(PROXY_SPECS);

  /** The proxy property's name up to NiFi 2.6, as flows saved by those versions hold it. */
  static final String PROXY_PROPERTY_BEFORE_2_7 = "proxy-configuration-service";

  private static final List<PropertyDescriptor> PROPERTIES =
      List.of(
          API_KEY,
          ENDPOINT,
          CONNECT_TIMEOUT,
          READ_TIMEOUT,
          MAX_ATTEMPTS,
          MAX_RETRY_WAIT,
          ALLOWED_DOWNLOAD_HOSTS,
          SSL_CONTEXT_PROVIDER,
          PROXY_CONFIGURATION_SERVICE);

  /** RFC 1123 labels (letters, digits, inner hyphens), dot-separated; IPv4 addresses fit too. */
  private static final Pattern HOST_NAME =
      Pattern.compile(
          "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

  private volatile BacklinksClient client;
  private volatile OkHttpClient httpClient;

  @Override
  protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
    return PROPERTIES;
  }

  @Override
  protected List<ValidationResult> customValidate(ValidationContext context) {
    List<ValidationResult> results = new ArrayList<>();
    ProxyConfiguration.validateProxySpec(context, results, PROXY_SPECS);
    return results;
  }

  /**
   * Keeps the proxy of a flow saved by NiFi 2.1 to 2.6 when it runs on 2.7 or later, where the
   * property has its new name (NiFi would otherwise drop the old one as unknown, silently).
   */
  @Override
  public void migrateProperties(PropertyConfiguration config) {
    String current = PROXY_CONFIGURATION_SERVICE.getName();
    if (!PROXY_PROPERTY_BEFORE_2_7.equals(current)
        && config.hasProperty(PROXY_PROPERTY_BEFORE_2_7)) {
      config.renameProperty(PROXY_PROPERTY_BEFORE_2_7, current);
    }
  }

  /** Builds the client. */
  @OnEnabled
  public void onEnabled(ConfigurationContext context) {
    OkHttpClient http = httpClient(context);
    httpClient = http;
    client = buildClient(context, http);
  }

  /** Releases the connections. */
  @OnDisabled
  public void onDisabled() {
    client = null;
    OkHttpClient http = httpClient;
    httpClient = null;
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public BacklinksClient client() {
    BacklinksClient current = client;
    if (current == null) {
      throw new IllegalStateException("The Backlinks API service is not enabled");
    }
    return current;
  }

  @Override
  public List<ConfigVerificationResult> verify(
      ConfigurationContext context,
      ComponentLog verificationLogger,
      Map<String, String> variables) {
    String step = "Call get-subscription-info";
    OkHttpClient http = httpClient(context);
    try {
      SubscriptionInfo info = buildClient(context, http).getSubscriptionInfo();
      boolean active = SubscriptionStatus.ACTIVE.equals(info.status());
      String explanation =
          "Subscription "
              + info.status()
              + ", "
              + info.unitsLeft()
              + " of "
              + info.unitsLimit()
              + " units left, expires "
              + info.expirationDate();
      return List.of(
          new ConfigVerificationResult.Builder()
              .verificationStepName(step)
              .outcome(active ? Outcome.SUCCESSFUL : Outcome.FAILED)
              .explanation(active ? explanation : explanation + ": requests will be refused")
              .build());
    } catch (RuntimeException e) {
      String message = Redaction.redact(e.getMessage());
      verificationLogger.error("Backlinks API verification failed: {}", message);
      return List.of(
          new ConfigVerificationResult.Builder()
              .verificationStepName(step)
              .outcome(Outcome.FAILED)
              .explanation(message)
              .build());
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static BacklinksClient buildClient(ConfigurationContext context, OkHttpClient http) {
    Duration maxWait = duration(context, MAX_RETRY_WAIT);
    RetryPolicy retryPolicy =
        RetryPolicy.builder()
            .maxAttempts(context.getProperty(MAX_ATTEMPTS).asInteger())
            .maxBackoff(maxWait)
            .maxRetryAfter(maxWait)
            .build();
    BacklinksClient.Builder builder =
        BacklinksClient.builder()
            .apiKey(context.getProperty(API_KEY).evaluateAttributeExpressions().getValue())
            .endpoint(context.getProperty(ENDPOINT).evaluateAttributeExpressions().getValue())
            .okHttpClient(http)
            .connectTimeout(duration(context, CONNECT_TIMEOUT))
            .readTimeout(duration(context, READ_TIMEOUT))
            .retryPolicy(retryPolicy);
    downloadHosts(
            context.getProperty(ALLOWED_DOWNLOAD_HOSTS).evaluateAttributeExpressions().getValue())
        .forEach(builder::allowDownloadHost);
    return builder.build();
  }

  /**
   * The host names of an Allowed Download Hosts value, none when it is unset or blank.
   *
   * @throws IllegalArgumentException naming the first entry that is not a plain host name (the
   *     value of an environment variable is only known once evaluated, after validation)
   */
  private static List<String> downloadHosts(String value) {
    String problem = downloadHostsProblem(value);
    if (problem != null) {
      throw new IllegalArgumentException(
          ALLOWED_DOWNLOAD_HOSTS.getDisplayName() + " is invalid: " + problem);
    }
    return value == null || value.isBlank() ? List.of() : entries(value);
  }

  /** What is wrong with the first entry of an Allowed Download Hosts value, null when none. */
  private static String downloadHostsProblem(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return entries(value).stream()
        .map(StandardBacklinksApiService::hostProblem)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private static List<String> entries(String value) {
    return Arrays.stream(value.split(",", -1)).map(String::trim).toList();
  }

  /** Why {@code host} is not a plain host name, or null when it is one. */
  private static String hostProblem(String host) {
    if (host.isEmpty()) {
      return "an entry is empty; separate host names with single commas";
    }
    String wrong = "'" + host + "' is not a plain host name: ";
    if (host.contains("://")) {
      return wrong + "remove the scheme, e.g. cdn.example.com rather than https://cdn.example.com";
    }
    if (host.contains("/")) {
      return wrong + "remove the path";
    }
    if (host.contains("*")) {
      return wrong + "wildcards are not supported; list each host";
    }
    if (host.contains(":")) {
      return wrong
          + "remove the port (an allowed host is allowed on any port);"
          + " IPv6 addresses are not supported";
    }
    if (host.length() > 253 || !HOST_NAME.matcher(host).matches()) {
      return wrong + "use letters, digits, hyphens and dots, e.g. cdn.example.com";
    }
    return null;
  }

  /**
   * Checks each entry of Allowed Download Hosts. A value with expression language is checked when
   * the service is enabled, once the environment variable is evaluated.
   */
  private static final class DownloadHostsValidator implements Validator {
    @Override
    public ValidationResult validate(String subject, String input, ValidationContext context) {
      ValidationResult.Builder result =
          new ValidationResult.Builder().subject(subject).input(input);
      if (context.isExpressionLanguageSupported(subject)
          && context.isExpressionLanguagePresent(input)) {
        return result.valid(true).explanation("Expression Language Present").build();
      }
      String problem = downloadHostsProblem(input);
      return result.valid(problem == null).explanation(problem).build();
    }
  }

  private static OkHttpClient httpClient(ConfigurationContext context) {
    // Timeouts are applied by the core client's builder.
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    SSLContextProvider ssl =
        context.getProperty(SSL_CONTEXT_PROVIDER).asControllerService(SSLContextProvider.class);
    if (ssl != null) {
      SSLContext sslContext = ssl.createContext();
      X509TrustManager trustManager = ssl.createTrustManager();
      builder.sslSocketFactory(sslContext.getSocketFactory(), trustManager);
    }
    ProxyConfiguration proxy = ProxyConfiguration.getConfiguration(context);
    if (proxy.getProxyType() != Proxy.Type.DIRECT) {
      builder.proxy(proxy.createProxy());
      if (proxy.hasCredential()) {
        String credential =
            Credentials.basic(proxy.getProxyUserName(), proxy.getProxyUserPassword());
        // Answer the proxy's challenge once; a second challenge means the credentials are wrong.
        builder.proxyAuthenticator(
            (route, response) ->
                response.request().header("Proxy-Authorization") != null
                    ? null
                    : response
                        .request()
                        .newBuilder()
                        .header("Proxy-Authorization", credential)
                        .build());
      }
    }
    return builder.build();
  }

  private static Duration duration(ConfigurationContext context, PropertyDescriptor property) {
    return Duration.ofMillis(context.getProperty(property).asTimePeriod(TimeUnit.MILLISECONDS));
  }
}
