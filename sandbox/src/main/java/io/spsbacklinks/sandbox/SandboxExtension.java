package io.spsbacklinks.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link Sandbox} on a free loopback port:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SandboxExtension sandbox = SandboxExtension.create();
 *
 * @Test
 * void metrics() {
 *     var client = ...endpoint(sandbox.endpoint()).apiKey(sandbox.apiKey())...;
 * }
 * }</pre>
 *
 * Registered on a static field it starts one sandbox per test class; on an instance field, one per
 * test. Test methods may also declare a {@link Sandbox} parameter.
 */
public final class SandboxExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final Sandbox.Builder builder;
  private Sandbox sandbox;
  private boolean perClass;

  /** Nested test classes call beforeAll again; only the outermost starts and stops the sandbox. */
  private int classDepth;

  private SandboxExtension(Sandbox.Builder builder) {
    this.builder = builder;
  }

  /** A sandbox with the defaults: free port, today 2026-11-28, no faults, no rate limit. */
  public static SandboxExtension create() {
    return new SandboxExtension(Sandbox.builder());
  }

  /** Starts configuring the sandbox; finish with {@link Builder#build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The running sandbox. */
  public Sandbox sandbox() {
    if (sandbox == null) {
      throw new IllegalStateException("the sandbox runs only while tests run");
    }
    return sandbox;
  }

  /** {@code http://127.0.0.1:<port>/backlinks/v1.0/}. */
  public String endpoint() {
    return sandbox().endpoint();
  }

  /** {@link Sandbox#DEMO_API_KEY}. */
  public String apiKey() {
    return Sandbox.DEMO_API_KEY;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    if (classDepth++ == 0) {
      sandbox = builder.build().start();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      stop();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      sandbox = builder.build().start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private void stop() {
    if (sandbox != null) {
      sandbox.close();
      sandbox = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandbox();
  }

  /**
   * Configures the sandbox of a {@link SandboxExtension}; see {@link Sandbox.Builder} for each
   * setting.
   */
  public static final class Builder {
    private final Sandbox.Builder sandbox = Sandbox.builder();

    private Builder() {}

    public Builder today(LocalDate today) {
      sandbox.today(today);
      return this;
    }

    public Builder clock(Clock clock) {
      sandbox.clock(clock);
      return this;
    }

    public Builder scenario(Path file) {
      sandbox.scenario(file);
      return this;
    }

    public Builder scenario(String json) {
      sandbox.scenario(json);
      return this;
    }

    public Builder exportDelay(Duration delay) {
      sandbox.exportDelay(delay);
      return this;
    }

    public Builder rateLimitPerSecond(int callsPerSecond) {
      sandbox.rateLimitPerSecond(callsPerSecond);
      return this;
    }

    public Builder faults(Faults faults) {
      sandbox.faults(Objects.requireNonNull(faults, "faults"));
      return this;
    }

    public SandboxExtension build() {
      return new SandboxExtension(sandbox);
    }
  }
}
