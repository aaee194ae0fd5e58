// Signature stub of io.jenkins.plugins.casc.misc.ConfiguredWithCode, read from
// jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/ConfiguredWithCode.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.misc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

// The real one also has Class<? extends Throwable> expected() default org.junit.Test.None.class
// (JUnit 4,
// not on this classpath); the tests do not use it.
@Target({METHOD, FIELD})
@Retention(RUNTIME)
public @interface ConfiguredWithCode {
  String[] value();

  String message() default "";
}
