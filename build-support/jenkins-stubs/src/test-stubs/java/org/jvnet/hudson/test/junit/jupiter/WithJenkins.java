// Signature stub of org.jvnet.hudson.test.junit.jupiter.WithJenkins, read from
// jenkinsci/jenkins-test-harness@2578.v44660312fd37
// src/main/java/org/jvnet/hudson/test/junit/jupiter/WithJenkins.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// The real one is meta-annotated @ExtendWith(JenkinsExtension.class), which starts Jenkins: left
// out,
// so that a stray run of a compile-checked JenkinsTest fails at once instead of half-starting.
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithJenkins {}
