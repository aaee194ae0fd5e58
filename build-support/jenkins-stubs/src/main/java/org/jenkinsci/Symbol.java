// Signature stub of org.jenkinsci.Symbol, read from jenkinsci/lib-symbol-annotation@8a5658c51991
// src/main/java/org/jenkinsci/Symbol.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jvnet.hudson.annotation_indexer.Indexed;

@Indexed
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
  String[] value();
}
