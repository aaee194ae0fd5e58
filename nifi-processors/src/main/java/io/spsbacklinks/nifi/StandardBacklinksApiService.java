package io.spsbacklinks.nifi;

import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RetryPolicy;
import io.spsbacklinks.core.model.SubscriptionInfo;
import io.spsbacklinks.core.model.SubscriptionStatus;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.apache.nifi.controller.AbstractControllerService;
import org.apache.nifi.controller.ConfigurationContext;
import org.apache.nifi.controller.VerifiableControllerService;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.logging.ComponentLog;
import org.apache.nifi.processor.util.StandardValidators;
import org.apache.nifi.proxy.ProxyConfiguration;
import org.apache.nifi.proxy.ProxySpec;
import org.apache.nifi.ssl.SSLContextProvider;

/**
 * The standard {@link BacklinksApiService}: one core {@link BacklinksClient} built from the API
 * key, endpoint, timeouts, retries and the optional SSL context and proxy services.
 */
@Tags({"seo", "backlinks", "seopowersuite", "api", "client"})
@CapabilityDescription("Connects to the SEO PowerSuite Backlinks API v1.0 with an API key. Requests"
    + " that fail with 429, 500, 502, 503, 504 or an I/O error are retried within the request, up"
    + " to Max Attempts, waiting at most Max Retry Wait between attempts (Retry-After is honoured"
    + " up to that bound); what still fails is handed to the processor, which routes it to retry."
    + " Verification calls get-subscription-info (free of units) and reports the subscription"
    + " status and the units left.")
@SeeAlso({GetMetrics.class, PageRawBacklinks.class, DownloadAllBacklinks.class})
public class StandardBacklinksApiService extends AbstractControllerService
    implements BacklinksApiService, VerifiableControllerService {

  static final PropertyDescriptor API_KEY = new PropertyDescriptor.Builder()
      .name("API Key")
      .description("The API key issued by SEO PowerSuite. Sent as the apikey query parameter and"
          + " never written to logs, attributes or provenance.")
      .required(true)
      .sensitive(true)
      .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
      .addValidator(StandardValidators.NON_BLANK_VALIDATOR)
      .build();

  static final PropertyDescriptor ENDPOINT = new PropertyDescriptor.Builder()
      .name("Endpoint URL")
      .description("Base URL of the API; commands are appended as path segments.")
      .required(true)
      .defaultValue(BacklinksClient.DEFAULT_ENDPOINT)
      .expressionLanguageSupported(ExpressionLanguageScope.ENVIRONMENT)
      .addValidator(StandardValidators.URL_VALIDATOR)
      .build();

  static final PropertyDescriptor CONNECT_TIMEOUT = new PropertyDescriptor.Builder()
      .name("Connect Timeout")
      .description("How long to wait for a connection to the API.")
      .required(true)
      .defaultValue("10 secs")
      .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
      .build();

  static final PropertyDescriptor READ_TIMEOUT = new PropertyDescriptor.Builder()
      .name("Read Timeout")
      .description("How long to wait for the next bytes of a response. There is no bound on a"
          + " whole response, as a large page or export streams for as long as it takes.")
      .required(true)
      .defaultValue("60 secs")
      .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
      .build();

  static final PropertyDescriptor MAX_ATTEMPTS = new PropertyDescriptor.Builder()
      .name("Max Attempts")
      .description("Attempts per request, including the first, for 429, 500, 502, 503, 504 and"
          + " I/O failures. 1 disables retries within a request.")
      .required(true)
      .defaultValue("3")
      .addValidator(StandardValidators.createLongValidator(1, 10, true))
      .build();

  static final PropertyDescriptor MAX_RETRY_WAIT = new PropertyDescriptor.Builder()
      .name("Max Retry Wait")
      .description("The longest wait between two attempts of a request, also the bound of a"
          + " Retry-After. Waiting holds a NiFi thread; keep it short and let the retry"
          + " relationship handle longer outages.")
      .required(true)
      .defaultValue("10 secs")
      .addValidator(StandardValidators.TIME_PERIOD_VALIDATOR)
      .build();

  static final PropertyDescriptor SSL_CONTEXT_PROVIDER = new PropertyDescriptor.Builder()
      .name("SSL Context Service")
      .description("Optional TLS settings (trust store, client certificate) for HTTPS; the JVM's"
          + " defaults apply when unset.")
      .required(false)
      .identifiesControllerService(SSLContextProvider.class)
      .build();

  private static final ProxySpec[] PROXY_SPECS = {ProxySpec.HTTP_AUTH, ProxySpec.SOCKS};

  static final PropertyDescriptor PROXY_CONFIGURATION_SERVICE =
      ProxyConfiguration.createProxyConfigPropertyDescriptor(PROXY_SPECS);

  private static final List<PropertyDescriptor> PROPERTIES = List.of(API_KEY, ENDPOINT,
      CONNECT_TIMEOUT, READ_TIMEOUT, MAX_ATTEMPTS, MAX_RETRY_WAIT, SSL_CONTEXT_PROVIDER,
      PROXY_CONFIGURATION_SERVICE);

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
  public List<ConfigVerificationResult> verify(ConfigurationContext context,
      ComponentLog verificationLogger, Map<String, String> variables) {
    String step = "Call get-subscription-info";
    OkHttpClient http = httpClient(context);
    try {
      SubscriptionInfo info = buildClient(context, http).getSubscriptionInfo();
      boolean active = SubscriptionStatus.ACTIVE.equals(info.status());
      String explanation = "Subscription " + info.status() + ", " + info.unitsLeft()
          + " of " + info.unitsLimit() + " units left, expires " + info.expirationDate();
      return List.of(new ConfigVerificationResult.Builder()
          .verificationStepName(step)
          .outcome(active ? Outcome.SUCCESSFUL : Outcome.FAILED)
          .explanation(active ? explanation : explanation + ": requests will be refused")
          .build());
    } catch (RuntimeException e) {
      String message = Redaction.redact(e.getMessage());
      verificationLogger.error("Backlinks API verification failed: {}", message);
      return List.of(new ConfigVerificationResult.Builder()
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
    RetryPolicy retryPolicy = RetryPolicy.builder()
        .maxAttempts(context.getProperty(MAX_ATTEMPTS).asInteger())
        .maxBackoff(maxWait)
        .maxRetryAfter(maxWait)
        .build();
    return BacklinksClient.builder()
        .apiKey(context.getProperty(API_KEY).evaluateAttributeExpressions().getValue())
        .endpoint(context.getProperty(ENDPOINT).evaluateAttributeExpressions().getValue())
        .okHttpClient(http)
        .connectTimeout(duration(context, CONNECT_TIMEOUT))
        .readTimeout(duration(context, READ_TIMEOUT))
        .retryPolicy(retryPolicy)
        .build();
  }

  private static OkHttpClient httpClient(ConfigurationContext context) {
    // Timeouts are applied by the core client's builder.
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    SSLContextProvider ssl = context.getProperty(SSL_CONTEXT_PROVIDER)
        .asControllerService(SSLContextProvider.class);
    if (ssl != null) {
      SSLContext sslContext = ssl.createContext();
      X509TrustManager trustManager = ssl.createTrustManager();
      builder.sslSocketFactory(sslContext.getSocketFactory(), trustManager);
    }
    ProxyConfiguration proxy = ProxyConfiguration.getConfiguration(context);
    if (proxy.getProxyType() != Proxy.Type.DIRECT) {
      builder.proxy(proxy.createProxy());
      if (proxy.hasCredential()) {
        String credential = Credentials.basic(proxy.getProxyUserName(),
            proxy.getProxyUserPassword());
        // Answer the proxy's challenge once; a second challenge means the credentials are wrong.
        builder.proxyAuthenticator((route, response) ->
            response.request().header("Proxy-Authorization") != null ? null
                : response.request().newBuilder().header("Proxy-Authorization", credential)
                    .build());
      }
    }
    return builder.build();
  }

  private static Duration duration(ConfigurationContext context, PropertyDescriptor property) {
    return Duration.ofMillis(context.getProperty(property).asTimePeriod(TimeUnit.MILLISECONDS));
  }
}
