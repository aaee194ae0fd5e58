// Signature stub of org.jvnet.hudson.annotation_indexer.Indexed, read from
// jenkinsci/lib-annotation-indexer@27d144c49c5d
// src/main/java/org/jvnet/hudson/annotation_indexer/Indexed.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package org.jvnet.hudson.annotation_indexer;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

@Documented
@Retention(RUNTIME)
@Target(ANNOTATION_TYPE)
public @interface Indexed {
  Class<? extends Validator>[] validators() default {};
}
