// Signature stub of io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode, read
// from jenkinsci/configuration-as-code-plugin@2117.vc05a_0b_e6b_f4e
// test-harness/src/main/java/io/jenkins/plugins/casc/misc/junit/jupiter/WithJenkinsConfiguredWithCode.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package io.jenkins.plugins.casc.misc.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real one is meta-annotated @ExtendWith(JenkinsConfiguredWithCodeExtension.class): left out,
// as for
// @WithJenkins.
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkinsConfiguredWithCode {}
